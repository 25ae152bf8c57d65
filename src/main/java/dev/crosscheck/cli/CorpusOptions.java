package dev.crosscheck.cli;

import dev.crosscheck.CrossChecker;
import dev.crosscheck.IndexSummary;
import dev.crosscheck.index.LuceneClaimStore;
import dev.crosscheck.model.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The corpus folders and index options that {@code index} and {@code report} share. */
final class CorpusOptions {
  /** The lock file of a Lucene index (IndexWriter.WRITE_LOCK_NAME, NativeFSLockFactory). */
  private static final String LOCK_FILE = "write.lock";

  /** Names Lucene gives index files: segments_N, pending_segments_N, _N.ext, write.lock. */
  private static final Pattern INDEX_FILE =
      Pattern.compile("segments(_[0-9a-z]+)?|pending_segments_[0-9a-z]+|_[0-9a-z].*|write\\.lock"
          + "|crosscheck-(clusters|files|report)\\.bin(\\.[0-9]+\\.[0-9]+\\.tmp)?");

  @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders or files of articles.")
  List<Path> roots;

  @Option(
      names = "--index",
      paramLabel = "INDEXDIR",
      description = "Index directory (default: .crosscheck/index in the first DIR).")
  Path index;

  @Option(names = "--rebuild", description = "Delete the index and build it anew from the corpus.")
  boolean rebuild;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  /** The index directory: {@code --index}, else beside the first corpus folder. */
  Path indexDirectory() {
    if (index != null) {
      return index;
    }
    Path first = roots.get(0).toAbsolutePath().normalize();
    Path folder = Files.isDirectory(first) ? first : first.getParent();
    return folder.resolve(".crosscheck").resolve("index");
  }

  /**
   * Opens the checker, deleting the index first with {@code --rebuild}, or when another version of
   * crosscheck wrote it in another layout: the corpus is at hand, and the index is only what
   * crosscheck made of it. A note on {@code err} says so.
   */
  CrossChecker open(PrintWriter err) {
    Path dir = indexDirectory();
    if (rebuild) {
      deleteIndex(dir);
    } else {
      deleteOutdatedIndex(dir, err);
    }
    return CrossChecker.open(dir);
  }

  /** Deletes the index in {@code dir} when another layout's; see {@link #open}. */
  static void deleteOutdatedIndex(Path dir, PrintWriter err) {
    LuceneClaimStore.otherSchema(dir).ifPresent(found -> {
      err.printf(java.util.Locale.ROOT, "crosscheck: index %s has schema version %s, this"
          + " crosscheck uses %d: rebuilding it from the corpus%n", dir, found,
          LuceneClaimStore.SCHEMA_VERSION);
      err.flush();
      deleteIndex(dir);
    });
  }

  /** Prints the summary line to {@code out} and each diagnostic to {@code err}. */
  static void print(IndexSummary summary, PrintWriter out, PrintWriter err) {
    for (Diagnostic d : summary.diagnostics()) {
      err.println(d.format());
    }
    out.printf(java.util.Locale.ROOT,
        "Indexed %d articles: %d analysed, %d unchanged, %d removed; %d claims extracted%s.%n",
        summary.articles(), summary.analysed(), summary.unchanged(), summary.removed(),
        summary.claims(),
        summary.diagnostics().isEmpty() ? "" : "; " + summary.diagnostics().size() + " warnings");
  }

  /**
   * Deletes the index in {@code dir} for {@code --rebuild}, holding the index's write lock (the OS
   * lock Lucene takes on {@code write.lock}) while it does, so that an index another process is
   * using is refused, never deleted under it. Only a flat folder of index files is deleted: a
   * mistyped {@code --index} naming a folder of documents is refused.
   */
  private static void deleteIndex(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    List<Path> files = indexFiles(dir);
    Path lockFile = dir.resolve(LOCK_FILE);
    try (FileChannel channel =
        FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      FileLock lock = tryLock(channel);
      if (lock == null) {
        throw new IllegalStateException("index " + dir + " is in use by another crosscheck process");
      }
      try {
        for (Path file : files) {
          Files.deleteIfExists(file);
        }
      } finally {
        lock.release();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete index " + dir + " for --rebuild", e);
    }
  }

  /** The files of the index in {@code dir}, commit points first; refuses anything else. */
  private static List<Path> indexFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("--rebuild: index " + dir + " is not a directory");
    }
    try (Stream<Path> entries = Files.list(dir)) {
      List<Path> files = new ArrayList<>();
      for (Path p : entries.sorted().toList()) {
        String name = p.getFileName().toString();
        if (!INDEX_FILE.matcher(name).matches() || Files.isDirectory(p)) {
          throw new IllegalStateException("--rebuild: " + dir + " does not look like a crosscheck"
              + " index (it holds " + name + "); not deleting it");
        }
        if (!name.equals(LOCK_FILE)) {
          files.add(p);
        }
      }
      files.sort(Comparator.comparing((Path p) -> !p.getFileName().toString().startsWith("segments")));
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list index " + dir + " for --rebuild", e);
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }
}
