package dev.crosscheck.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates in metadata values and article lines: ISO {@code 2026-04-27} (also as the
 * start of a timestamp), {@code Apr 27, 2026}, {@code April 27th, 2026} and {@code 27 April 2026}.
 * Month names are English and capitalised. The year is exactly four digits, so a byline glued to
 * its reading time ({@code Apr 27, 20266 min read}) still gives 2026-04-27. Stateless.
 */
final class Dates {
  private static final String MONTH =
      "(?<month>January|February|March|April|May|June|July|August|September|October|November"
          + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![a-z])\\.?";

  /** {@code 2026-04-28} or {@code 2026-04-28 02:48:18+00:00}: the date part only. */
  private static final Pattern ISO =
      Pattern.compile("(?<![\\d-])(?<year>\\d{4})-(?<monthNo>\\d{2})-(?<day>\\d{2})(?!\\d)");

  /** {@code Apr 27, 2026}, {@code April 27th 2026}, {@code ChenApr 27, 20266 min read}. */
  private static final Pattern MONTH_FIRST =
      Pattern.compile(
          MONTH + " \\s{1,3} (?<day>\\d{1,2})(?!\\d)(?:st|nd|rd|th)?,? \\s{1,3} (?<year>\\d{4})",
          Pattern.COMMENTS);

  /** {@code 27 April 2026}, {@code 27th of April, 2026}. */
  private static final Pattern DAY_FIRST =
      Pattern.compile(
          "(?<!\\d)(?<day>\\d{1,2})(?:st|nd|rd|th)? \\s{1,3} (?:of\\s{1,3})? "
              + MONTH
              + ",? \\s{1,3} (?<year>\\d{4})",
          Pattern.COMMENTS);

  private static final List<Pattern> ALL = List.of(ISO, MONTH_FIRST, DAY_FIRST);
  private static final List<String> MONTHS =
      List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2999;

  private Dates() {}

  /**
   * The date a metadata value starts with ({@code 2026-04-28T02:48:18Z}, {@code Apr 27, 2026}), or
   * empty when it does not start with a valid date.
   */
  static Optional<LocalDate> parseValue(String value) {
    String v = value.strip();
    for (Pattern p : ALL) {
      Matcher m = p.matcher(v);
      if (m.lookingAt()) {
        return toDate(m);
      }
    }
    return Optional.empty();
  }

  /** The first valid date anywhere in {@code text}, or empty. */
  static Optional<LocalDate> find(CharSequence text) {
    Optional<LocalDate> best = Optional.empty();
    int bestStart = Integer.MAX_VALUE;
    for (Pattern p : ALL) {
      Matcher m = p.matcher(text);
      while (m.find() && m.start() < bestStart) {
        Optional<LocalDate> date = toDate(m);
        if (date.isPresent()) {
          best = date;
          bestStart = m.start();
          break;
        }
      }
    }
    return best;
  }

  private static Optional<LocalDate> toDate(Matcher m) {
    int year = Integer.parseInt(m.group("year"));
    int day = Integer.parseInt(m.group("day"));
    int month = m.pattern() == ISO ? Integer.parseInt(m.group("monthNo")) : monthOf(m);
    if (year < MIN_YEAR || year > MAX_YEAR) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int monthOf(Matcher m) {
    return MONTHS.indexOf(m.group("month").substring(0, 3)) + 1;
  }
}
