package dev.crosscheck.model;

import dev.crosscheck.internal.Checks;
import java.util.List;

/**
 * A draft checked against the corpus: the draft as read, one assessment per claim in text order,
 * the corpus articles the assessments quote (for their source names and links), and problems met
 * reading the draft. Immutable.
 */
public record DraftCheck(
    Article draft, List<Assessment> assessments, List<Article> sources, List<Diagnostic> diagnostics) {
  public DraftCheck {
    Checks.notNull(draft, "draft");
    assessments = List.copyOf(assessments);
    sources = List.copyOf(sources);
    diagnostics = List.copyOf(diagnostics);
  }

  /** The assessments with the given verdict, in text order. */
  public List<Assessment> withVerdict(Verdict verdict) {
    return assessments.stream().filter(a -> a.verdict() == verdict).toList();
  }
}
