package dev.crosscheck.internal;

/**
 * Cheap text tests run before a pattern that cannot match without what they look for, so that most
 * lines and sentences skip most patterns. Stateless.
 */
public final class Texts {
  private Texts() {}

  /** True when {@code text} contains one of the lower-case {@code words} in any case. */
  public static boolean containsAnyIgnoreCase(String text, String... words) {
    for (String w : words) {
      if (containsIgnoreCase(text, w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsIgnoreCase(String text, String lowerWord) {
    char first = lowerWord.charAt(0);
    char firstUpper = Character.toUpperCase(first);
    for (int i = 0, last = text.length() - lowerWord.length(); i <= last; i++) {
      char c = text.charAt(i);
      if ((c == first || c == firstUpper)
          && text.regionMatches(true, i, lowerWord, 0, lowerWord.length())) {
        return true;
      }
    }
    return false;
  }
}
