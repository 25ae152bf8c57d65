package dev.crosscheck.extract;

import dev.crosscheck.internal.Texts;
import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.model.Unit;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as ranges of epoch days: "April 27, 2026", "Apr. 27", "27 April 2026", "2026-04-27",
 * "November 2022", "in November", "Q2 2024", "the second quarter of 2024", "the first half of
 * 2027", "H2 2027", "Monday", "earlier this month". Dates without a year are the latest such date
 * on or before the reference date (news reports the past), or the first on or after it when
 * their clause is in the future ({@link Tense}: "will vote on Monday", "is set to launch in
 * June").
 */
final class DateFinder implements MentionFinder {
  /** The full names of the months, as a group that captures nothing. */
  static final String MONTH_NAMES = "(?:January|February|March|April|May|June|July|August"
      + "|September|October|November|December)";

  /** The abbreviations of the months, without their dot, as a group that captures nothing. */
  static final String MONTH_ABBREVIATIONS = "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)";

  /** A month name, or its abbreviation with an optional dot ("Sept. 14"); a full name takes none. */
  private static final String MONTH = "(?<month>" + MONTH_NAMES
      + "|" + MONTH_ABBREVIATIONS + "\\.?)(?![A-Za-z])";

  /** {@link #MONTH} as a group that captures nothing: "March", "Sept.", "Oct". */
  static final String ANY_MONTH = MONTH.replace("(?<month>", "(?:");

  private static final Pattern MONTH_WORD = Pattern.compile(ANY_MONTH);

  /** True for a day of the week: "Tuesday". */
  static boolean isWeekday(String word) {
    return WEEKDAY_WORD.matcher(word).matches();
  }

  /** True for a month's name or abbreviation: "May", "Sept.". */
  static boolean isMonthName(String word) {
    return MONTH_WORD.matcher(word).matches();
  }

  /** The first three letters of every month, which every form {@link #MONTH} accepts starts with. */
  private static final String[] MONTH_STEMS =
      {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

  /** "April 27, 2026", "Apr. 27", "27 April 2026", "April 2026", "in November". */
  private static final Pattern MONTH_DATE =
      Pattern.compile(
          "(?:(?<dayFirst>\\d{1,2})\\s)?\\b"
              + MONTH
              + "(?:\\s(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b)?(?:,?\\s(?<year>(?:19|20)\\d{2})(?!\\d))?");

  /** "January of the previous year", "March last year", "June of next year". */
  private static final Pattern OF_YEAR = Pattern.compile(
      ",?\\s(?:of\\s)?(?:(?<previous>(?:the\\s)?(?:previous|prior|preceding)\\syear)|last\\syear"
          + "|(?<next>next\\syear))\\b");

  private static final Pattern YEAR = Pattern.compile("\\b" + Numbers.YEAR + "\\b");

  private static final Pattern LAST_BEFORE = Pattern.compile("(?i)\\blast\\s$");

  private static final Pattern ISO =
      Pattern.compile("(?<![\\w-])(?<y>(?:19|20)\\d{2})-(?<m>[01]\\d)-(?<d>[0-3]\\d)(?![\\w-])");

  /**
   * "Q2 2024", "the third quarter of calendar 2024", "2024's third quarter"; "of fiscal 2024" is
   * read by {@link #quarters} as no calendar quarter.
   */
  private static final Pattern QUARTER =
      Pattern.compile(
          "(?:\\b(?<y0>(?:19|20)\\d{2})['’]s\\s)?"
              + "\\b(?:Q(?<q>[1-4])|(?<qw>first|second|third|fourth)\\squarter(?:\\sof)?)"
              + "(?:\\s(?<fiscal>fiscal\\s(?:year\\s)?)?(?:calendar\\s(?:year\\s)?)?"
              + "(?<y>(?:19|20)\\d{2}))?\\b",
          Pattern.CASE_INSENSITIVE);

  /** "the first half of 2027", "H2 2027"; only with a year: "the second half" of a match. */
  private static final Pattern HALF =
      Pattern.compile(
          "\\b(?:H(?<h>[12])(?:\\sof)?|(?<hw>first|second)\\shalf\\sof)\\s(?<y>(?:19|20)\\d{2})\\b");

  static final String DAY_NAMES =
      "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

  private static final Pattern WEEKDAY_WORD = Pattern.compile(DAY_NAMES);

  private static final Pattern WEEKDAY =
      Pattern.compile("\\b(?<next>next\\s)?(?<day>" + DAY_NAMES + ")\\b");

  /** A date's text that is a weekday alone, with the words a span may hold: "on Wednesday". */
  private static final Pattern WEEKDAY_ALONE = Pattern.compile(
      "(?i)(?:(?:on|since|from|until|by|to|through|before)\\s)?(?:last\\s|next\\s|this\\s)?"
          + "(?:" + DAY_NAMES + ")");

  /** True when a date claim's text names a weekday and nothing more ("on Wednesday"). */
  static boolean isWeekdayAlone(String surface) {
    return WEEKDAY_ALONE.matcher(surface).matches();
  }

  private static final Pattern RELATIVE_MONTH =
      Pattern.compile("\\b(?<which>earlier\\sthis|later\\sthis|this|last|next)\\smonth\\b",
          Pattern.CASE_INSENSITIVE);

  /** Month names alone need a preposition or a day/year, or "May" and "March" are verbs. */
  private static final Pattern MONTH_CONTEXT =
      Pattern.compile("(?i)(?:in|since|from|until|through|by|since|during|early|late|mid-?|last|this|next|of|before|after|to)\\s$");

  /** "In March and April": a month listed after a month is a month, not a name or a verb. */
  private static final Pattern LISTED = Pattern.compile(",?\\s(?:and|or)\\s");

  @Override
  public List<Mention> find(Sentence sentence, ExtractionContext context) {
    String text = sentence.text();
    LocalDate ref = context.referenceDate();
    List<Mention> found = new ArrayList<>();
    if (Texts.containsAny(text, MONTH_STEMS)) {
      monthDates(text, context, found);
    }
    boolean isoCue = text.indexOf('-') >= 0 && Texts.hasDigit(text);
    Matcher iso = ISO.matcher(text);
    while (isoCue && iso.find()) {
      parseIso(iso).ifPresent(d -> found.add(days(iso.start(), iso.end(), d, d)));
    }
    if (Texts.containsAnyIgnoreCase(text, "q")) {
      quarters(text, ref, found);
    }
    if (Texts.containsAny(text, "half", "H1", "H2")) {
      halves(text, found);
    }
    if (context.published()) {
      if (text.contains("day")) {
        weekdays(text, ref, found);
      }
      if (Texts.containsAnyIgnoreCase(text, "month")) {
        relativeMonths(text, ref, found);
      }
    }
    return found;
  }

  private static void monthDates(String text, ExtractionContext context, List<Mention> found) {
    LocalDate ref = context.referenceDate();
    Matcher m = MONTH_DATE.matcher(text);
    int lastEnd = -1;
    while (m.find()) {
      Month month = month(m.group("month"));
      String dayText = m.group("day") != null ? m.group("day") : m.group("dayFirst");
      String yearText = m.group("year");
      if (dayText == null && yearText == null
          && !MONTH_CONTEXT.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()
          && !(lastEnd >= 0 && LISTED.matcher(text.substring(lastEnd, m.start())).matches())) {
        continue;
      }
      if (yearText == null && !context.published()) {
        continue; // "in November" of which year? Unknown without a publication date.
      }
      int start = m.group("dayFirst") != null && m.group("day") == null ? m.start() : m.start("month");
      boolean future = Tense.future(text, m.start());
      int year = yearText != null ? Integer.parseInt(yearText) : year(ref, month, dayText, future);
      if (yearText == null && !future && month.getValue() >= ref.getMonthValue()
          && LAST_BEFORE.matcher(Window.before(text, m.start(), 6)).find()) {
        year = ref.getYear() - 1; // "last December", written in December, is a year back
      }
      int end = m.end();
      Matcher ofYear = OF_YEAR.matcher(text).region(end, text.length());
      if (yearText == null && ofYear.lookingAt()
          && (ofYear.group("previous") == null || !YEAR.matcher(text).find())) {
        // "in January of the previous year", "in March next year": the year the words name, but
        // "the previous year" of a year the sentence names ("2019") is that year's
        year = ref.getYear() + (ofYear.group("next") != null ? 1 : -1);
        end = ofYear.end();
      }
      if (dayText == null) {
        YearMonth ym = YearMonth.of(year, month);
        found.add(days(start, end, ym.atDay(1), ym.atEndOfMonth()));
        lastEnd = end;
        continue;
      }
      int day = Integer.parseInt(dayText);
      if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
        continue;
      }
      LocalDate date = LocalDate.of(year, month, day);
      found.add(days(start, end, date, date));
      lastEnd = end;
    }
  }

  private static void quarters(String text, LocalDate ref, List<Mention> found) {
    Matcher m = QUARTER.matcher(text);
    while (m.find()) {
      if (m.group("fiscal") != null) {
        continue; // a fiscal year's quarters are the company's own: "fiscal 2024" is the claim
      }
      int q = m.group("q") != null ? Integer.parseInt(m.group("q")) : ordinal(m.group("qw"));
      String y = m.group("y") != null ? m.group("y") : m.group("y0");
      int year = y != null ? Integer.parseInt(y) : ref.getYear();
      LocalDate first = LocalDate.of(year, 3 * q - 2, 1);
      found.add(days(m.start(), m.end(), first, first.plusMonths(3).minusDays(1)));
    }
  }

  private static void halves(String text, List<Mention> found) {
    Matcher m = HALF.matcher(text);
    while (m.find()) {
      boolean second = "2".equals(m.group("h")) || "second".equals(m.group("hw"));
      LocalDate first = LocalDate.of(Integer.parseInt(m.group("y")), second ? 7 : 1, 1);
      found.add(days(m.start(), m.end(), first, first.plusMonths(6).minusDays(1)));
    }
  }

  private static void weekdays(String text, LocalDate ref, List<Mention> found) {
    Matcher m = WEEKDAY.matcher(text);
    while (m.find()) {
      DayOfWeek day = DayOfWeek.valueOf(m.group("day").toUpperCase(Locale.ROOT));
      LocalDate date;
      if (m.group("next") != null) {
        date = ref.with(TemporalAdjusters.next(day));
      } else if (Tense.futureDay(text, m.start())) {
        date = ref.with(TemporalAdjusters.nextOrSame(day));
      } else {
        date = ref.with(TemporalAdjusters.previousOrSame(day));
      }
      found.add(days(m.start(), m.end(), date, date));
    }
  }

  private static void relativeMonths(String text, LocalDate ref, List<Mention> found) {
    Matcher m = RELATIVE_MONTH.matcher(text);
    while (m.find()) {
      String which = m.group("which").toLowerCase(Locale.ROOT);
      YearMonth ym = YearMonth.from(ref);
      if (which.equals("last")) {
        ym = ym.minusMonths(1);
      } else if (which.equals("next")) {
        ym = ym.plusMonths(1);
      }
      LocalDate low = which.startsWith("later") ? ref : ym.atDay(1);
      LocalDate high = which.startsWith("earlier") ? ref : ym.atEndOfMonth();
      found.add(days(m.start(), m.end(), low, high));
    }
  }

  /**
   * The year of a month or day without one: the latest on or before the reference date, or for a
   * clause in the future the first on or after it.
   */
  private static int year(LocalDate ref, Month month, String dayText, boolean future) {
    int day = dayText == null ? (future ? 31 : 1) : Integer.parseInt(dayText);
    int monthDay = month.getValue() * 100 + Math.min(day, 31);
    int refDay = ref.getMonthValue() * 100 + ref.getDayOfMonth();
    if (future) {
      return monthDay < refDay ? ref.getYear() + 1 : ref.getYear();
    }
    return monthDay > refDay ? ref.getYear() - 1 : ref.getYear();
  }

  private static java.util.Optional<LocalDate> parseIso(Matcher m) {
    int y = Integer.parseInt(m.group("y"));
    int mo = Integer.parseInt(m.group("m"));
    int d = Integer.parseInt(m.group("d"));
    if (mo < 1 || mo > 12 || d < 1 || d > YearMonth.of(y, mo).lengthOfMonth()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(LocalDate.of(y, mo, d));
  }

  private static int ordinal(String word) {
    switch (word.toLowerCase(Locale.ROOT)) {
      case "first":
        return 1;
      case "second":
        return 2;
      case "third":
        return 3;
      default:
        return 4;
    }
  }

  /** The month a name or abbreviation of {@link #MONTH} names: "Sept." is September. */
  static Month month(String name) {
    String key = name.substring(0, 3).toUpperCase(Locale.ROOT);
    for (Month m : Month.values()) {
      if (m.name().startsWith(key)) {
        return m;
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }

  private static Mention days(int start, int end, LocalDate low, LocalDate high) {
    BigDecimal lo = BigDecimal.valueOf(low.toEpochDay());
    BigDecimal hi = BigDecimal.valueOf(high.toEpochDay());
    if (lo.equals(hi)) {
      return Mention.of(ClaimKind.DATE, start, end, lo, BigDecimal.ZERO, Unit.EPOCH_DAY);
    }
    return Mention.range(ClaimKind.DATE, start, end, lo, hi, BigDecimal.ZERO, Unit.EPOCH_DAY);
  }
}
