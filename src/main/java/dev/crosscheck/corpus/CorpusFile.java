package dev.crosscheck.corpus;

import dev.crosscheck.internal.Checks;
import java.nio.file.Path;

/**
 * One input file found under a corpus root. Immutable.
 *
 * <p>{@code relativePath} is the path of {@code file} relative to {@code root} with {@code /}
 * separators on every platform; for a root that is itself a file it is the file name. It becomes
 * the {@link dev.crosscheck.model.ArticleId} of the article read from the file.
 *
 * @param root the corpus root (a directory, or the file itself) as given
 * @param file the file, resolved against {@code root}
 * @param relativePath the path of {@code file} relative to {@code root}, {@code /}-separated
 */
public record CorpusFile(Path root, Path file, String relativePath) {
  /** Checks that no component is null and that {@code relativePath} is not blank. */
  public CorpusFile {
    Checks.notNull(root, "root");
    Checks.notNull(file, "file");
    Checks.notNull(relativePath, "relativePath");
    Checks.argument(!relativePath.isBlank(), "relativePath must not be blank for %s", file);
  }
}
