package dev.crosscheck.reconcile;

import dev.crosscheck.model.Claim;
import java.util.List;

/**
 * Finds the stored claims that may be about the same thing as a probe claim: same kind,
 * comparable unit, same role and change, sharing a subject term. Implementations are thread-safe.
 */
@FunctionalInterface
public interface CandidateSource {
  /** At most {@code max} candidates, best first, never the probe itself. */
  List<Claim> candidates(Claim probe, int max);
}
