package dev.crosscheck;

import dev.crosscheck.model.Diagnostic;
import java.util.List;

/** The articles of one or more files with their claims, and the problems met reading them. Immutable. */
public record Extraction(List<ArticleClaims> articles, List<Diagnostic> diagnostics) {
  public Extraction {
    articles = List.copyOf(articles);
    diagnostics = List.copyOf(diagnostics);
  }
}
