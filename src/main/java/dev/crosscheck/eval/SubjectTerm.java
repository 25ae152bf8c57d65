package dev.crosscheck.eval;

import dev.crosscheck.model.Subject;
import java.util.Locale;

/**
 * A term a claim's subject must show: anywhere among holder, attribute, attribute text,
 * counterpart and terms, or in one named field ({@code holder:Microsoft}, {@code scope:Q4}); or,
 * written {@code not:the}, must show nowhere. Compared without case. Immutable.
 */
record SubjectTerm(Field field, String text) {
  /** Where the term must appear. */
  enum Field {
    ANY,
    HOLDER,
    ATTRIBUTE,
    COUNTERPART,
    SCOPE,
    /** Nowhere: a word the subject must not take ("The" opening the sentence). */
    NOT
  }

  static SubjectTerm parse(String written) {
    String w = written.strip();
    int colon = w.indexOf(':');
    if (colon > 0) {
      String field = w.substring(0, colon).toUpperCase(Locale.ROOT);
      for (Field f : Field.values()) {
        if (f.name().equals(field)) {
          return new SubjectTerm(f, w.substring(colon + 1).strip());
        }
      }
    }
    return new SubjectTerm(Field.ANY, w);
  }

  /** True when {@code s} shows the term where it must, or, for {@link Field#NOT}, nowhere. */
  boolean heldBy(Subject s) {
    switch (field) {
      case HOLDER:
        return same(s.holder());
      case ATTRIBUTE:
        return same(s.attribute()) || same(s.attributeText());
      case COUNTERPART:
        return same(s.counterpart());
      case SCOPE:
        return same(s.scope());
      case NOT:
        return !anywhere(s);
      default:
        return anywhere(s);
    }
  }

  private boolean anywhere(Subject s) {
    return same(s.holder()) || same(s.attribute()) || same(s.attributeText())
        || same(s.counterpart()) || s.terms().stream().anyMatch(this::same);
  }

  private boolean same(String candidate) {
    return candidate.equalsIgnoreCase(text);
  }

  @Override
  public String toString() {
    return field == Field.ANY ? text : field.name().toLowerCase(Locale.ROOT) + ":" + text;
  }
}
