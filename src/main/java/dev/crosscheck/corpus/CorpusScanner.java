package dev.crosscheck.corpus;

import dev.crosscheck.internal.Checks;
import dev.crosscheck.model.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the files of a corpus. Stateless and thread-safe: one instance may serve any number of
 * threads.
 *
 * <p>Directories are walked recursively (following symbolic links), files given as roots are taken
 * as they are. Hidden directories and files (names starting with {@code .}, such as {@code .git} or
 * {@code .crosscheck}) below a root are skipped. Problems never throw: a missing root, an
 * unreadable directory, a broken link or a symbolic link loop becomes a {@link Diagnostic} naming
 * the path. The same file reached twice is listed once; a second file with an already used relative
 * path (possible with several roots) is skipped with a WARNING, so relative paths are unique and
 * can serve as article ids.
 */
public final class CorpusScanner {
  private static final Comparator<CorpusFile> ORDER =
      Comparator.comparing(CorpusFile::relativePath)
          .thenComparing(f -> f.root().toString())
          .thenComparing(f -> f.file().toString());

  /** Creates a scanner; it holds no state. */
  public CorpusScanner() {}

  /**
   * Lists the files under {@code roots}, sorted by relative path (then root), with the problems met
   * on the way.
   *
   * @throws NullPointerException if {@code roots} or one of its elements is null
   */
  public Scan scan(List<Path> roots) {
    Checks.notNull(roots, "roots");
    List<CorpusFile> found = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (Path root : roots) {
      Checks.notNull(root, "root");
      TreeWalk.collect(root, found, problems);
    }
    found.sort(ORDER);
    return new Scan(unique(found, problems), problems);
  }

  private static List<CorpusFile> unique(List<CorpusFile> sorted, List<Diagnostic> problems) {
    Set<Path> seen = new HashSet<>();
    Map<String, CorpusFile> byId = new HashMap<>();
    List<CorpusFile> kept = new ArrayList<>();
    for (CorpusFile f : sorted) {
      if (!seen.add(f.file().toAbsolutePath().normalize())) {
        continue;
      }
      CorpusFile earlier = byId.putIfAbsent(f.relativePath(), f);
      if (earlier != null) {
        problems.add(
            Diagnostic.warning(
                f.file().toString(),
                0,
                "relative path "
                    + f.relativePath()
                    + " already used by "
                    + earlier.file()
                    + ", skipped"));
      } else {
        kept.add(f);
      }
    }
    return kept;
  }

  /**
   * The files found and the problems met, both in a deterministic order. Immutable.
   *
   * @param files the files, sorted by relative path
   * @param diagnostics the problems, in the order met
   */
  public record Scan(List<CorpusFile> files, List<Diagnostic> diagnostics) {
    /** Copies both lists. */
    public Scan {
      files = List.copyOf(files);
      diagnostics = List.copyOf(diagnostics);
    }
  }
}
