package dev.crosscheck.corpus;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.Diagnostic;
import dev.crosscheck.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Size limits on article text, so that one huge or malformed input cannot stall a corpus run: the
 * language models downstream run at tens of kilobytes a second and slow down sharply on very long
 * runs of text without a break. An article over a limit is dropped with an ERROR naming the file,
 * the record and the measure. Stateless.
 *
 * <p>{@link #MAX_LINE_CHARS} comes first: a line that long is a data blob (minified markup, an
 * embedded base64 image, a dump without line breaks), not prose; the longest paragraphs of
 * long-form journalism have a few thousand characters. {@link #MAX_TEXT_CHARS} is about 80,000
 * words, longer than any news article.
 */
final class Limits {
  /** Longest line (characters between line breaks) an article may have. */
  static final int MAX_LINE_CHARS = 100_000;

  /** Longest article text, in characters. */
  static final int MAX_TEXT_CHARS = 500_000;

  private Limits() {}

  /** {@code read} without the articles over a limit, with one ERROR for each one dropped. */
  static FileRead apply(String path, FileRead read) {
    List<Article> kept = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>(read.diagnostics());
    for (Article article : read.articles()) {
      Diagnostic problem = check(path, article);
      if (problem == null) {
        kept.add(article);
      } else {
        problems.add(problem);
      }
    }
    return problems.size() == read.diagnostics().size() ? read : new FileRead(kept, problems);
  }

  /** The problem with {@code article}, or null when it is within the limits. */
  private static Diagnostic check(String path, Article article) {
    String text = article.text();
    String record = record(article.id().value());
    int start = 0;
    int line = article.firstLine();
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      if (end - start > MAX_LINE_CHARS) {
        return error(path, line, record + lineMessage(end - start));
      }
      if (nl < 0) {
        break;
      }
      start = nl + 1;
      line++;
    }
    if (text.length() > MAX_TEXT_CHARS) {
      return error(path, 0, record + textMessage(text.length()));
    }
    return null;
  }

  private static String lineMessage(int chars) {
    return String.format(
        Locale.ROOT,
        "line of %d characters without a line break (limit %d): not article text, skipped",
        chars,
        MAX_LINE_CHARS);
  }

  private static String textMessage(int chars) {
    return String.format(
        Locale.ROOT,
        "article text too long (%d characters, limit %d), skipped",
        chars,
        MAX_TEXT_CHARS);
  }

  /** "record 3: " for the third record of a JSON file, else nothing. */
  private static String record(String id) {
    int hash = id.lastIndexOf('#');
    return hash < 0 ? "" : "record " + id.substring(hash + 1) + ": ";
  }

  private static Diagnostic error(String path, int line, String message) {
    return new Diagnostic(Severity.ERROR, path, line, message);
  }
}
