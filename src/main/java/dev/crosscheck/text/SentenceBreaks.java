package dev.crosscheck.text;

import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Vetoes the sentence detector's breaks that cannot be sentence ends. The English UD model breaks
 * after the period of "$1.5" in "set aside $1.5 billion" and after "Jan." in "closed on Jan. 5,
 * 2026", cutting a number from its scale or a date from its day: the claim is then lost or wrong.
 * Stateless.
 */
final class SentenceBreaks {
  /** Abbreviations that stand before a number: months (AP style), "No." and rupees ("Rs. 500"). */
  private static final Set<String> BEFORE_NUMBERS = Set.of("Jan", "Feb", "Mar", "Apr", "Jun",
      "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Nos", "Rs");

  /** Titles that stand before a name: "Hawaii Gov. Josh Green said". */
  private static final Set<String> BEFORE_NAMES = Set.of("Gov", "Sen", "Rep", "Gen", "Lt", "Col",
      "Capt", "Sgt", "Supt", "Adm", "Maj", "Dr", "Mr", "Mrs", "Ms", "Prof");

  /** Abbreviations of company names, which a verb in lower case may follow: "Acme Corp. said". */
  private static final Set<String> BEFORE_WORDS = Set.of("Corp", "Inc", "Co", "Ltd", "Bros",
      "Plc", "Cos", "Mfg", "Assn");

  private SentenceBreaks() {}

  /** True when, after at least one space from {@code from}, the next character passes. */
  private static boolean nextAfterSpace(CharSequence text, int from, IntPredicate test) {
    int k = from;
    while (k < text.length() && text.charAt(k) == ' ') {
      k++;
    }
    return k > from && k < text.length() && test.test(text.charAt(k));
  }

  /**
   * False when the sentence-end character at {@code at} in {@code text} has a digit or a
   * lower-case letter right after it ("1.5", "e.g"), or is the period of an abbreviation that a
   * number follows ("Jan. 5", "\"No. 2\"") or of a title that a name follows ("Gov. Josh Green").
   */
  static boolean acceptable(CharSequence text, int at) {
    int next = at + 1;
    if (next < text.length()
        && (Character.isDigit(text.charAt(next)) || Character.isLowerCase(text.charAt(next)))) {
      return false;
    }
    if (text.charAt(at) != '.') {
      return true;
    }
    int word = at;
    while (word > 0 && Character.isLetter(text.charAt(word - 1))) {
      word--;
    }
    if (word == at || (word > 0 && isWordPart(text.charAt(word - 1)))) {
      return true; // no word, or part of a longer one ("U.S.", "co-Jan")
    }
    String abbreviation = text.subSequence(word, at).toString();
    if (BEFORE_WORDS.contains(abbreviation)
        && nextAfterSpace(text, next, c -> Character.isLowerCase(c) || c == '(')) {
      // "Microsoft Corp. said", "Microsoft Corp. (MSFT) disclosed"; not "in 2023. xAI raised",
      // which "iPhone" opens too
      return false;
    }
    boolean beforeNumber = BEFORE_NUMBERS.contains(abbreviation);
    if (!beforeNumber && !BEFORE_NAMES.contains(abbreviation)) {
      return true;
    }
    int after = next;
    while (after < text.length() && Character.isWhitespace(text.charAt(after))
        && text.charAt(after) != '\n') {
      after++;
    }
    return after == text.length() || (beforeNumber ? !Character.isDigit(text.charAt(after))
        : !Character.isUpperCase(text.charAt(after)));
  }

  private static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '\'' || c == '\u2019';
  }
}
