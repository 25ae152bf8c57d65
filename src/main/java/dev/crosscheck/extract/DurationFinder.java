package dev.crosscheck.extract;

import dev.crosscheck.internal.Texts;
import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.model.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lengths of time: "seven years", "7-year", "five-year deal", "5 to 7 years", "18 months",
 * "decade-long", "a decade", "two decades", "a quarter-century", "over the past seven years",
 * "two and a half years", "45 minutes".
 * Decades and centuries are given in years. "Two years ago" is a point in time, "every six
 * months" a frequency and "a year" after an amount a rate: none of them is a duration.
 */
final class DurationFinder implements MentionFinder {
  /** "seven years", "7-year", "5 to 7 years", "a decade", "two decades", "six-month". */
  private static final Pattern AMOUNT_UNIT =
      Pattern.compile(
          Numbers.AT_AMOUNT + "(?<![\\w.$€£-])(?<amount>"
              + Numbers.DIGITS
              + "|"
              + Numbers.WORDS
              + "|an?|half\\sa)(?<half>\\sand\\sa\\shalf)?(?:\\s?(?:-|to)\\s?(?<amount2>"
              + Numbers.DIGITS
              + "|"
              + Numbers.WORDS
              + "))?[\\s-](?:(?:straight|consecutive|successive|full|long)\\s)?(?<unit>years?|months?|weeks?|days?|hours?|minutes?|decades?|centur(?:y|ies))"
              + "(?<long>-long)?(?![\\w-]|-old)",
          Pattern.CASE_INSENSITIVE);

  /** What each pattern here needs: one of its units, in any case. */
  private static final String[] UNIT_STEMS =
      {"year", "month", "week", "day", "hour", "minute", "decade", "centur"};

  /** "decade-long", "year-long", "a quarter-century", "half a century". */
  private static final Pattern UNIT_ONLY =
      Pattern.compile(
          "(?<![\\w-])(?:(?<unit>decade|year|month|week|century)-long"
              + "|(?<quarter>a\\squarter[\\s-]century))(?![\\w-])",
          Pattern.CASE_INSENSITIVE);

  /** Words after a duration that make it something else. */
  private static final Pattern NOT_AFTER =
      Pattern.compile("^(?:\\s(?:ago|earlier|before|after|old|later)\\b|-old)", Pattern.CASE_INSENSITIVE);

  /** Verbs that make even "seven years before it was amended" a length of time. */
  private static final Pattern LASTED =
      Pattern.compile("(?i)\\b(?:lasted|lasts|last|spent|spend|took|takes|spanned|spans|for)\\s$");

  private static final Unit MINUTES =
      Unit.duration("minute",
          BigDecimal.ONE.divide(new BigDecimal("525960"), MathContext.DECIMAL64));

  /** Words before a duration that make it a frequency or rate. */
  private static final Pattern NOT_BEFORE =
      Pattern.compile("(?i)(?:every|per|each|once|twice|the\\sfirst|the\\slast|\\d|\\bbillion|\\bmillion)\\s$");

  /**
   * "The three months to September", "the nine months ended Sept. 30", "the latest three months
   * to September", "the three-month period ended September 30": a period a company or a
   * statistics office reports on, named by its last month. Only with "the" before the amount:
   * "extended for 12 months to March" is how long.
   */
  private static final Pattern REPORTING_PERIOD = Pattern.compile("\\s(?:period\\s)?"
      + "(?:ended|ending|to|through|until)\\s(?:the\\send\\sof\\s)?" + DateFinder.ANY_MONTH,
      Pattern.CASE_INSENSITIVE);
  private static final Pattern THE_BEFORE =
      Pattern.compile("(?i)\\bthe\\s(?:(?:latest|past)\\s)?$");

  /** "a year" is only a duration after these words: "for a year", "within a year". */
  private static final Pattern ARTICLE_CONTEXT =
      Pattern.compile("(?i)(?:for|over|past|within|after|than|nearly|almost|about|in|the)\\s$");

  @Override
  public List<Mention> find(Sentence sentence, ExtractionContext context) {
    String text = sentence.text();
    if (!Texts.containsAnyIgnoreCase(text, UNIT_STEMS)) {
      return List.of();
    }
    List<Mention> found = new ArrayList<>();
    Matcher m = AMOUNT_UNIT.matcher(text);
    int joinedUpTo = -1;
    while (m.find()) {
      if (m.start() < joinedUpTo || !isDuration(text, m)) {
        continue;
      }
      Mention mention = withSmallerUnit(text, m, mention(m));
      joinedUpTo = mention.end();
      found.add(mention);
    }
    Matcher u = UNIT_ONLY.matcher(text);
    while (u.find()) {
      BigDecimal years = u.group("quarter") != null ? BigDecimal.valueOf(25) : null;
      Unit unit = Unit.YEARS;
      BigDecimal value = years;
      if (value == null) {
        String name = u.group("unit").toLowerCase(Locale.ROOT);
        value = BigDecimal.ONE.multiply(yearsPer(name));
        unit = unitOf(name);
      }
      found.add(Mention.of(ClaimKind.DURATION, u.start(), u.end(), value, BigDecimal.ZERO, unit));
    }
    return found;
  }

  private static boolean isDuration(String text, Matcher m) {
    String before = text.substring(Math.max(0, m.start() - 12), m.start());
    if ((NOT_AFTER.matcher(Window.after(text, m.end())).lookingAt() && !LASTED.matcher(before).find())
        || NOT_BEFORE.matcher(before).find()) {
      return false;
    }
    if (THE_BEFORE.matcher(before).find()
        && REPORTING_PERIOD.matcher(Window.after(text, m.end())).lookingAt()) {
      return false; // "a profit in the three months to September": which months, not how long
    }
    String amount = m.group("amount").toLowerCase(Locale.ROOT);
    boolean article = amount.equals("a") || amount.equals("an") || amount.equals("half a");
    String unit = m.group("unit").toLowerCase(Locale.ROOT);
    return !article
        || m.group("long") != null
        || unit.startsWith("decade")
        || unit.startsWith("centur")
        || ARTICLE_CONTEXT.matcher(before).find();
  }

  private static Mention mention(Matcher m) {
    String unitName = m.group("unit").toLowerCase(Locale.ROOT).replaceAll("s$", "");
    BigDecimal factor = yearsPer(unitName);
    Unit unit = unitOf(unitName);
    BigDecimal amount = Numbers.parse(m.group("amount"));
    if (m.group("half") != null) {
      amount = amount.add(new BigDecimal("0.5")); // "two and a half years"
    }
    BigDecimal value = amount.multiply(factor);
    if (m.group("amount2") == null) {
      return Mention.of(ClaimKind.DURATION, m.start(), m.end(), value, BigDecimal.ZERO, unit);
    }
    BigDecimal high = Numbers.parse(m.group("amount2")).multiply(factor);
    if (high.compareTo(value) <= 0) {
      return Mention.of(ClaimKind.DURATION, m.start("amount2"), m.end(), high, BigDecimal.ZERO, unit);
    }
    return Mention.range(ClaimKind.DURATION, m.start(), m.end(), value, high, BigDecimal.ZERO, unit);
  }

  /** " and 27 seconds", ", 35 seconds", " 15 minutes" after a duration: its smaller unit. */
  private static final Pattern SMALLER_UNIT = Pattern.compile("^,?\\s(?:and\\s)?(?<amount>"
      + Numbers.DIGITS + "|" + Numbers.WORDS + ")[\\s-](?<unit>months?|weeks?|days?|hours?|minutes?"
      + "|seconds?)\\b", Pattern.CASE_INSENSITIVE);

  /** How many of the smaller unit make one of the larger: hours of a day, seconds of a minute. */
  private static final Map<String, Integer> PARTS = Map.of(
      "year month", 12, "week day", 7, "day hour", 24, "hour minute", 60, "minute second", 60,
      "hour second", 3600);

  /**
   * "Three minutes and 27 seconds", "2 hours, 35 seconds": one length written in two units is
   * one claim in the larger, 3.45 minutes and 2.0097 hours, so that it meets "almost three and a
   * half minutes"; but never a smaller amount worth one of the larger or more ("10 years and 18
   * months respectively" are two lengths).
   */
  private static Mention withSmallerUnit(String text, Matcher m, Mention mention) {
    if (m.group("amount2") != null || m.group("long") != null) {
      return mention;
    }
    Matcher tail = SMALLER_UNIT.matcher(text).region(m.end(), text.length());
    if (!tail.lookingAt()) {
      return mention;
    }
    String larger = m.group("unit").toLowerCase(Locale.ROOT).replaceAll("s$", "");
    String smaller = tail.group("unit").toLowerCase(Locale.ROOT).replaceAll("s$", "");
    Integer parts = PARTS.get(larger + " " + smaller);
    BigDecimal more = Numbers.parse(tail.group("amount"));
    if (parts == null || more.compareTo(BigDecimal.valueOf(parts)) >= 0) {
      return mention; // "10 years and 18 months respectively": two lengths
    }
    BigDecimal value = mention.value()
        .add(more.divide(BigDecimal.valueOf(parts), MathContext.DECIMAL64)).stripTrailingZeros();
    return Mention.of(ClaimKind.DURATION, mention.start(), tail.end(), value, BigDecimal.ZERO,
        mention.unit());
  }

  /** Decades and centuries count in years; other units count in themselves. */
  private static BigDecimal yearsPer(String unit) {
    if (unit.startsWith("decade")) {
      return BigDecimal.TEN;
    }
    if (unit.startsWith("centur")) {
      return BigDecimal.valueOf(100);
    }
    return BigDecimal.ONE;
  }

  private static Unit unitOf(String unit) {
    if (unit.startsWith("month")) {
      return Unit.MONTHS;
    }
    if (unit.startsWith("week")) {
      return Unit.WEEKS;
    }
    if (unit.startsWith("day")) {
      return Unit.DAYS;
    }
    if (unit.startsWith("hour")) {
      return Unit.HOURS;
    }
    if (unit.startsWith("minute")) {
      return MINUTES;
    }
    return Unit.YEARS;
  }
}
