package dev.crosscheck;

import dev.crosscheck.reconcile.ClusterMemory;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The reconciler's {@link ClusterMemory}, kept in a file beside the index. It holds the groupings
 * of one run's stories, made by one build of the code ({@link CodeVersion}); {@link #save} keeps
 * only what the run asked for, so the file never outgrows the corpus. The file is a cache: a
 * missing, foreign or damaged one is ignored (the stories are grouped again), and one that cannot
 * be written costs only the next run's time. A CRC-32 over the contents tells damage from data.
 * Thread-safe.
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
    return new ClusterMemoryFile(file, version, read(file, version));
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

  /** Writes what this run recalled and remembered, replacing the file atomically. */
  void save() {
    Path tmp = file.resolveSibling(FILE_NAME + "." + ProcessHandle.current().pid() + "."
        + Thread.currentThread().getId() + ".tmp");
    try {
      CheckedOutputStream checked = new CheckedOutputStream(
          new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16), new CRC32());
      try (DataOutputStream out = new DataOutputStream(checked)) {
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
        out.flush();
        out.writeLong(checked.getChecksum().getValue());
      }
      move(tmp);
    } catch (IOException e) {
      // A cache that cannot be written (a read-only index) costs only time: the next run groups
      // every story again.
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // nothing more to do
      }
    }
  }

  private void move(Path tmp) throws IOException {
    try {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static Map<String, List<List<Integer>>> read(Path file, String codeVersion) {
    Map<String, List<List<Integer>>> out = new ConcurrentHashMap<>();
    try (CheckedInputStream checked = new CheckedInputStream(
            new BufferedInputStream(Files.newInputStream(file), 1 << 16), new CRC32());
        DataInputStream in = new DataInputStream(checked)) {
      if (in.readInt() != MAGIC || !in.readUTF().equals(codeVersion)) {
        return out;
      }
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
      long actual = checked.getChecksum().getValue();
      return in.readLong() == actual && in.read() == -1 ? out : new ConcurrentHashMap<>();
    } catch (NoSuchFileException e) {
      return out;
    } catch (IOException | RuntimeException e) {
      // damaged or truncated: group every story again
      return new ConcurrentHashMap<>();
    }
  }
}
