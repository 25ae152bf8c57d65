package dev.crosscheck.model;

import dev.crosscheck.internal.Checks;

/**
 * One number an article states, normalized, with where it stands and what it is about. Immutable.
 *
 * <p>{@code surface} is the original text of {@code span}, which points into {@link
 * Article#text()}; {@code sentence} is the original text of the enclosing sentence, whose index in
 * the article is {@code sentenceIndex}. {@code role} is {@link TimeRole#NONE} for kinds other than
 * {@link ClaimKind#YEAR} and {@link ClaimKind#DATE}.
 */
public record Claim(
    ArticleId articleId,
    ClaimKind kind,
    Quantity quantity,
    TimeRole role,
    Change change,
    Timeframe timeframe,
    String surface,
    TextSpan span,
    int sentenceIndex,
    String sentence,
    Subject subject) {

  public Claim {
    Checks.notNull(articleId, "articleId");
    Checks.notNull(kind, "kind");
    Checks.notNull(quantity, "quantity");
    Checks.notNull(role, "role");
    Checks.notNull(change, "change");
    Checks.notNull(timeframe, "timeframe");
    Checks.notNull(surface, "surface");
    Checks.notNull(span, "span");
    Checks.notNull(sentence, "sentence");
    Checks.notNull(subject, "subject");
    Checks.argument(surface.length() == span.length(),
        () -> "surface '" + Checks.snippet(surface) + "' does not fit span " + span);
  }

  /**
   * What another claim must share exactly to be about the same thing: the kind (years and dates
   * are both points in time), the unit's dimension and base, the role and the change. Candidate
   * searches look only within a claim's block.
   */
  public String block() {
    if (kind.isTime()) {
      return "TIME|" + role.name() + "|" + change.name();
    }
    Unit unit = quantity.unit();
    return kind.name() + "|" + unit.dimension().name() + "|" + unit.base() + "|" + role.name()
        + "|" + change.name();
  }

  public Claim withSubject(Subject newSubject) {
    return new Claim(
        articleId, kind, quantity, role, change, timeframe, surface, span, sentenceIndex, sentence,
        newSubject);
  }

  public Claim withRole(TimeRole newRole) {
    return new Claim(
        articleId, kind, quantity, newRole, change, timeframe, surface, span, sentenceIndex,
        sentence, subject);
  }

  public Claim withTimeframe(Timeframe newTimeframe) {
    return new Claim(
        articleId, kind, quantity, role, change, newTimeframe, surface, span, sentenceIndex,
        sentence, subject);
  }
}
