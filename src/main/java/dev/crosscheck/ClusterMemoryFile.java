package dev.crosscheck;

import dev.crosscheck.reconcile.ClusterMemory;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reconciler's {@link ClusterMemory}, kept in a {@link CacheFile} beside the index. It holds
 * the groupings of one run's stories, made by one build of the code ({@link CodeVersion}); {@link
 * #save} keeps only what the run asked for, so the file never outgrows the corpus. A missing,
 * foreign or damaged file is ignored (the stories are grouped again). Thread-safe.
 */
final class ClusterMemoryFile implements ClusterMemory {
  static final String FILE_NAME = "crosscheck-clusters.bin";
  private static final int MAGIC = 0x43584331; // "CXC1"

  private final Path file;
  private final String codeVersion;
  private final Map<String, List<List<Integer>>> known;
  private final Map<String, List<List<Integer>>> used = new ConcurrentHashMap<>();

  private ClusterMemoryFile(Path file, String codeVersion, Map<String, List<List<Integer>>> known) {
    this.file = file;
    this.codeVersion = codeVersion;
    this.known = known;
  }

  /** The memory kept in {@code indexDirectory}, empty when there is none this code can use. */
  static ClusterMemoryFile in(Path indexDirectory) {
    Path file = indexDirectory.resolve(FILE_NAME);
    String version = CodeVersion.current();
    return new ClusterMemoryFile(file, version,
        CacheFile.read(file, in -> read(in, version)).orElse(Map.of()));
  }

  @Override
  public Optional<List<List<Integer>>> recall(String digest) {
    List<List<Integer>> groups = known.get(digest);
    if (groups != null) {
      used.put(digest, groups);
    }
    return Optional.ofNullable(groups);
  }

  @Override
  public void remember(String digest, List<List<Integer>> groups) {
    used.put(digest, List.copyOf(groups));
  }

  /**
   * Writes what this run recalled and remembered. One that cannot be written (a read-only index)
   * costs only time: the next run groups every story again.
   */
  void save() {
    CacheFile.write(file, out -> {
      out.writeInt(MAGIC);
      out.writeUTF(codeVersion);
      out.writeInt(used.size());
      for (Map.Entry<String, List<List<Integer>>> e : used.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeInt(e.getValue().size());
        for (List<Integer> group : e.getValue()) {
          out.writeInt(group.size());
          for (int at : group) {
            out.writeInt(at);
          }
        }
      }
    });
  }

  private static Map<String, List<List<Integer>>> read(DataInputStream in, String codeVersion)
      throws IOException {
    if (in.readInt() != MAGIC || !in.readUTF().equals(codeVersion)) {
      return null;
    }
    Map<String, List<List<Integer>>> out = new ConcurrentHashMap<>();
    int stories = in.readInt();
    for (int s = 0; s < stories; s++) {
      String digest = in.readUTF();
      int groups = in.readInt();
      List<List<Integer>> grouping = new ArrayList<>(Math.min(groups, 1 << 16));
      for (int g = 0; g < groups; g++) {
        int size = in.readInt();
        List<Integer> group = new ArrayList<>(Math.min(size, 1 << 16));
        for (int i = 0; i < size; i++) {
          group.add(in.readInt());
        }
        grouping.add(List.copyOf(group));
      }
      out.put(digest, List.copyOf(grouping));
    }
    return out;
  }
}
