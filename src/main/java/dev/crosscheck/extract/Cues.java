package dev.crosscheck.extract;

/**
 * Cheap tests a finder runs before a pattern. Each guards a pattern that cannot match without it
 * (a year needs a digit, "percent" needs "per"), so most sentences skip most patterns: scanning
 * with a dozen patterns, each trying every position, was most of the cost of extraction.
 * Stateless.
 */
final class Cues {
  private Cues() {}

  static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /** True when {@code text} contains one of {@code words}, exactly as written. */
  static boolean containsAny(String text, String... words) {
    for (String w : words) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
