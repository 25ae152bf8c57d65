package dev.crosscheck;

import dev.crosscheck.model.Diagnostic;
import java.util.List;

/**
 * What one indexing run did: articles read, re-analysed because new or changed, left as they were,
 * removed because their files are gone, claims extracted, and the problems met. Immutable.
 */
public record IndexSummary(
    int articles, int analysed, int unchanged, int removed, int claims, List<Diagnostic> diagnostics) {
  public IndexSummary {
    diagnostics = List.copyOf(diagnostics);
  }
}
