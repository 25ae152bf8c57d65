package dev.crosscheck.extract;

import dev.crosscheck.model.Token;
import java.util.List;

/**
 * Bounded views of a sentence, so that the work spent on one number never grows with the length
 * of its sentence: a run of 20,000 amounts in one "sentence" stays linear. Stateless.
 */
final class Window {
  /** How much text after a number the rules read: hedges, units, roles, "until this date". */
  static final int AFTER = 96;

  private Window() {}

  /** At most {@link #AFTER} characters of {@code text} from {@code end}. */
  static String after(String text, int end) {
    return text.substring(end, Math.min(text.length(), end + AFTER));
  }

  /** At most {@code length} characters of {@code text} before {@code start}. */
  static String before(String text, int start, int length) {
    return text.substring(Math.max(0, start - length), start);
  }

  /** The index of the first token ending after {@code offset}, or the token count; binary search. */
  static int tokenAt(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() > offset) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
