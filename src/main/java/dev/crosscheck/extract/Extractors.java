package dev.crosscheck.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The one place that lists the claim finders, in the order they win when they overlap: money,
 * percent, date, duration, year, count, death toll. Stateless.
 */
public final class Extractors {
  /** Cheap test for text that may hold a number: a digit, a currency sign or a number word. */
  private static final Pattern MAY_HOLD_CLAIM =
      Pattern.compile(
          "[0-9$€£¥₹%]|(?i)\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
              + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty"
              + "|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?"
              + "|trillions?|dozens?|decades?|century|half|third|thirds|quarter|fifth|doubled"
              + "|tripled|trebled|quadrupled|halved|year|month|monday|tuesday|wednesday|thursday"
              + "|friday|saturday|sunday|a\\s(?:gigawatt|megawatt)|january|february|march|april|may"
              + "|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug"
              + "|sept?|oct|nov|dec)\\b");

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
    return MAY_HOLD_CLAIM.matcher(text).find();
  }
}
