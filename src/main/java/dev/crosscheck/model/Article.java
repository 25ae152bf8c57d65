package dev.crosscheck.model;

import dev.crosscheck.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One article as read from the corpus: metadata and the original body text. Immutable.
 *
 * <p>{@code text} is the body exactly as written in the file (front matter removed, HTML reduced
 * to its main text); every {@link TextSpan} of a {@link Sentence} or {@link Claim} points into it.
 * {@code firstLine} is the 1-based line of the source file on which {@code text} starts, so that
 * offsets can be turned back into file lines. {@code credit} names the outlet the article says it
 * was originally reported by ("Originally reported by The Next Platform"), empty when it credits
 * none; syndicated copies share their credit's origin. Absent metadata strings are empty, never null; an
 * unknown publication date is null and {@link #publishedOn()} is empty.
 */
public record Article(
    ArticleId id,
    String path,
    String title,
    String source,
    String url,
    String credit,
    LocalDate published,
    String text,
    int firstLine) {

  public Article {
    Checks.notNull(id, "id");
    path = nullToEmpty(path);
    title = nullToEmpty(title);
    source = nullToEmpty(source);
    url = nullToEmpty(url);
    credit = nullToEmpty(credit);
    Checks.notNull(text, "text");
    Checks.argument(firstLine >= 1, "firstLine must be >= 1, was %d for %s", firstLine, id);
  }

  public Optional<LocalDate> publishedOn() {
    return Optional.ofNullable(published);
  }

  /** The 1-based line of the source file on which {@code offset} into {@link #text} falls. */
  public int lineOf(int offset) {
    Checks.argument(
        offset >= 0 && offset <= text.length(), "offset %d outside article %s", offset, id);
    int line = firstLine;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The 1-based column of {@code offset} on its line. */
  public int columnOf(int offset) {
    Checks.argument(
        offset >= 0 && offset <= text.length(), "offset %d outside article %s", offset, id);
    int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return offset - lineStart + 1;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
