package dev.crosscheck.model;

import java.util.List;

/**
 * The outcome of checking drafts in CI: every finding in file and text order, the corpus articles
 * they quote, problems reading the drafts, and whether the build should fail (a finding at the
 * policy's fail level that is not in the baseline). Immutable.
 */
public record CheckReport(
    List<Finding> findings, List<Article> sources, List<Diagnostic> diagnostics, boolean failed) {
  public CheckReport {
    findings = List.copyOf(findings);
    sources = List.copyOf(sources);
    diagnostics = List.copyOf(diagnostics);
  }

  public long count(Verdict verdict) {
    return findings.stream().filter(f -> f.type() == verdict).count();
  }
}
