package dev.crosscheck.model;

import dev.crosscheck.internal.Checks;
import java.util.List;

/**
 * What a claim is about, as far as its sentence shows it. Immutable.
 *
 * <p>{@code holder} is who the number belongs to (Microsoft in "Microsoft's $5 billion investment
 * in Anthropic"), {@code attribute} the canonical name of the measured thing (investment), and
 * {@code counterpart} the other party (Anthropic). Each is empty when the sentence does not say.
 * {@code attributeText} is the attribute as written. {@code terms} are the entities and content
 * lemmas of the claim's clause, most relevant first, for search and display. {@code scope} names
 * the event a number is tied to when the sentence dates it ("2019" in "in 2019, it gave the
 * startup $1 billion"), so that a figure for one event is not compared with a running total.
 */
public record Subject(
    String holder,
    String attribute,
    String attributeText,
    String counterpart,
    String scope,
    List<String> terms) {
  public static final Subject NONE = new Subject("", "", "", "", "", List.of());

  public Subject {
    Checks.notNull(holder, "holder");
    Checks.notNull(attribute, "attribute");
    Checks.notNull(attributeText, "attributeText");
    Checks.notNull(counterpart, "counterpart");
    Checks.notNull(scope, "scope");
    terms = List.copyOf(terms);
  }

  /** Holder and counterpart, those that are known. */
  public List<String> parties() {
    if (holder.isEmpty()) {
      return counterpart.isEmpty() ? List.of() : List.of(counterpart);
    }
    return counterpart.isEmpty() ? List.of(holder) : List.of(holder, counterpart);
  }
}
