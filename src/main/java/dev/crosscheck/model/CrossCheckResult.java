package dev.crosscheck.model;

import java.util.List;

/**
 * Everything a report shows: the articles read, the topics found (conflicts first, then by
 * severity), and the problems met along the way. Immutable.
 */
public record CrossCheckResult(
    List<Article> articles, List<Topic> topics, List<Diagnostic> diagnostics) {
  public CrossCheckResult {
    articles = List.copyOf(articles);
    topics = List.copyOf(topics);
    diagnostics = List.copyOf(diagnostics);
  }
}
