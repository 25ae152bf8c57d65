package dev.crosscheck.model;

import dev.crosscheck.internal.Checks;

/**
 * One token of a sentence's normalized text, with its Universal Dependencies part-of-speech tag
 * ({@code PROPN}, {@code NUM}, {@code NOUN}, …) and lemma. Offsets are into {@link
 * Sentence#text()}. Immutable.
 */
public record Token(String text, String tag, String lemma, int start, int end) {
  public Token {
    Checks.notNull(text, "text");
    Checks.notNull(tag, "tag");
    Checks.notNull(lemma, "lemma");
    Checks.argument(0 <= start && start <= end, "bad token offsets [%d, %d)", start, end);
  }

  public boolean isProperNoun() {
    return tag.equals("PROPN");
  }

  public boolean isNoun() {
    return tag.equals("NOUN");
  }

  public boolean isVerb() {
    return tag.equals("VERB");
  }
}
