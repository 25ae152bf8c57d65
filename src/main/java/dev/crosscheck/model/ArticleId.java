package dev.crosscheck.model;

import dev.crosscheck.internal.Checks;

/**
 * Identifies one article in a corpus: the file path relative to its corpus root, with {@code #n}
 * appended for the n-th record of a JSON-lines file. Immutable.
 */
public record ArticleId(String value) implements Comparable<ArticleId> {
  public ArticleId {
    Checks.notNull(value, "value");
    Checks.argument(!value.isBlank(), "article id must not be blank, was '%s'", value);
  }

  public static ArticleId of(String value) {
    return new ArticleId(value);
  }

  @Override
  public int compareTo(ArticleId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
