package dev.crosscheck.model;

import dev.crosscheck.internal.Checks;

/** Identifies a topic within one reconciliation result; stable for the same claims. Immutable. */
public record TopicId(String value) {
  public TopicId {
    Checks.notNull(value, "value");
    Checks.argument(!value.isBlank(), "topic id must not be blank");
  }

  @Override
  public String toString() {
    return value;
  }
}
