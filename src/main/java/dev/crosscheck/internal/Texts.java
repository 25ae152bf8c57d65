package dev.crosscheck.internal;

/**
 * Cheap text tests run before a pattern that cannot match without what they look for (a year needs
 * a digit, "percent" needs "per"), so that most lines and sentences skip most patterns: trying a
 * dozen patterns at every position was most of the cost of reading and extracting. Stateless.
 */
public final class Texts {
  private Texts() {}

  /** True when {@code text} holds an ASCII digit. */
  public static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /** True when {@code text} holds a currency sign: "$", "US$", "€", "¥". */
  public static boolean hasCurrencySign(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.getType(text.charAt(i)) == Character.CURRENCY_SYMBOL) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code text} contains one of {@code words}, exactly as written. */
  public static boolean containsAny(String text, String... words) {
    for (String w : words) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }

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
