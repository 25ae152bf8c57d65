package dev.crosscheck.model;

import dev.crosscheck.internal.Checks;
import java.util.List;

/**
 * Claims of different articles about the same thing, with the verdict. Immutable.
 *
 * <p>{@code positions} partitions {@code claims} into sides that can each hold; a {@link
 * TopicStatus#CONFLICT} topic has two or more. {@code explanation} says in one or two sentences
 * what disagrees and by how much; {@code severity} orders conflicts (larger is worse, 0 for
 * topics that are not conflicts).
 */
public record Topic(
    TopicId id,
    String label,
    ClaimKind kind,
    TopicStatus status,
    List<Claim> claims,
    List<Position> positions,
    String explanation,
    double severity) {
  public Topic {
    Checks.notNull(id, "id");
    Checks.notNull(label, "label");
    Checks.notNull(kind, "kind");
    Checks.notNull(status, "status");
    Checks.notNull(explanation, "explanation");
    claims = List.copyOf(claims);
    positions = List.copyOf(positions);
    Checks.argument(!claims.isEmpty(), "topic %s has no claims", id);
  }
}
