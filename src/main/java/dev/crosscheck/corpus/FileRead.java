package dev.crosscheck.corpus;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.Diagnostic;
import java.util.List;

/**
 * What reading one file produced: zero or more articles (more than one for JSON arrays and JSON
 * lines) and the problems met on the way. Immutable.
 *
 * @param articles the articles read, in file order
 * @param diagnostics the problems found, in file order
 */
public record FileRead(List<Article> articles, List<Diagnostic> diagnostics) {
  /** Copies both lists. */
  public FileRead {
    articles = List.copyOf(articles);
    diagnostics = List.copyOf(diagnostics);
  }
}
