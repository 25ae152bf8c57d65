package dev.crosscheck.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one place that lists the claim finders, in the order they win when they overlap: money,
 * percent, date, duration, year, count, death toll. Stateless.
 */
public final class Extractors {
  /** Characters that make any text a candidate: digits, currency signs, the percent sign. */
  private static final String CUE_CHARS = "0123456789$€£¥₹%";

  /**
   * Words that may carry a number without digits (matched whole, any case): number and scale
   * words, fractions and multiples, "year" and "month", weekdays, months and their abbreviations,
   * and the units of "a gigawatt".
   */
  private static final Set<String> CUE_WORDS =
      Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
          "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million",
          "millions", "billion", "billions", "trillion", "trillions", "dozen", "dozens", "decade",
          "decades", "century", "half", "third", "thirds", "quarter", "fifth", "doubled",
          "tripled", "trebled", "quadrupled", "halved", "year", "month", "monday", "tuesday",
          "wednesday", "thursday", "friday", "saturday", "sunday", "gigawatt", "megawatt",
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec");

  /** The longest word in {@link #CUE_WORDS}. */
  private static final int LONGEST_CUE = 10;

  private Extractors() {}

  /** The default extractor with every built-in claim kind. Thread-safe; build once and share. */
  public static ClaimExtractor defaults() {
    SubjectAttributor subjects = new SubjectAttributor(AttributeLexicon.load(), EntityLexicon.load());
    return new ClaimPipeline(
        List.of(
            new MoneyFinder(),
            new PercentFinder(),
            new DateFinder(),
            new DurationFinder(),
            new YearFinder(),
            new CountFinder(),
            new TollFinder()),
        subjects);
  }

  /**
   * True when {@code text} may hold a claim, so that only such sentences pay for tokenizing and
   * tagging. Never false for a sentence the default extractor finds a claim in.
   */
  public static boolean mayHoldClaim(CharSequence text) {
    int wordStart = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (CUE_CHARS.indexOf(c) >= 0) {
        return true;
      }
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (letter && wordStart < 0) {
        wordStart = i;
      } else if (!letter && wordStart >= 0) {
        if (i - wordStart <= LONGEST_CUE && isCueWord(text, wordStart, i)) {
          return true;
        }
        wordStart = -1;
      }
    }
    return false;
  }

  private static boolean isCueWord(CharSequence text, int start, int end) {
    return CUE_WORDS.contains(text.subSequence(start, end).toString().toLowerCase(Locale.ROOT));
  }
}
