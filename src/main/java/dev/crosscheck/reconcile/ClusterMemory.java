package dev.crosscheck.reconcile;

import java.util.List;
import java.util.Optional;

/**
 * Remembers how the claims of each story were grouped, so that a re-run groups again only the
 * stories whose claims changed. A story's grouping depends on its claims alone, so it is keyed by
 * a digest of them; a group is given as positions in the story's list of claims. Implementations
 * are thread-safe: stories are grouped in parallel.
 */
public interface ClusterMemory {
  /** Remembers nothing. */
  ClusterMemory NONE = new ClusterMemory() {
    @Override
    public Optional<List<List<Integer>>> recall(String digest) {
      return Optional.empty();
    }

    @Override
    public void remember(String digest, List<List<Integer>> groups) {}
  };

  /** The groups remembered for the story whose claims have {@code digest}. */
  Optional<List<List<Integer>>> recall(String digest);

  void remember(String digest, List<List<Integer>> groups);
}
