package dev.crosscheck.extract;

import dev.crosscheck.internal.Texts;
import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Percentages and percentage points: "20%", "20 percent", "20 per cent", "twenty percent",
 * "3-5%", "2.5 percentage points", "50 basis points", and fractions followed by "of": "a fifth
 * of", "two-thirds of", "half of"; "doubled", "tripled" and "halved" as changes.
 */
final class PercentFinder implements MentionFinder {
  /** "20%", "twenty percent", "3 to 5 per cent", "2.5 percentage points". */
  private static final Pattern PERCENT =
      Pattern.compile(
          "(?<![\\w.])(?<amount>"
              + Numbers.DIGITS
              + "|"
              + Numbers.WORDS
              + ")(?:\\s?(?:-|to)\\s?(?<amount2>"
              + Numbers.DIGITS
              + "))?"
              + "(?:\\s?(?<sign>%)|\\s(?<word>percent|per\\scent|pct)\\b"
              + "|\\s(?<points>percentage\\spoints?|basis\\spoints?)\\b)",
          Pattern.CASE_INSENSITIVE);

  /**
   * "margin widened by 1.5 points": bare points after a verb of change, in a sentence that speaks
   * of percentages or a rate, are percentage points; "won by 3 points" is no percentage.
   */
  private static final Pattern BARE_POINTS =
      Pattern.compile(
          "(?i)\\b(?:by|up|down|rose|fell|gained|lost|added|shed)\\s(?<amount>\\d{1,2}(?:\\.\\d{1,2})?)\\spoints?\\b");
  private static final Pattern PERCENT_CONTEXT =
      Pattern.compile("(?i)%|\\bper\\s?cent|\\bmargin|\\brates?\\b|\\byield|\\bshare\\b");

  /**
   * "a fifth of", "two-thirds of", "half of", "three quarters of"; "cut ... by a third". Not "the
   * first half of 2027", a date.
   */
  private static final Pattern FRACTION =
      Pattern.compile(
          "\\b(?:(?<fraction>(?:an?|one|two|three|four)[\\s-](?:half|third|thirds|quarter|quarters"
              + "|fifth|fifths|tenth|tenths)|(?<!(?:first|second)\\s)half)\\sof\\b"
              + "|(?<=\\bby\\s)(?<by>an?\\s(?:half|third|quarter|fifth|tenth)|half)\\b(?![\\s-]century))",
          Pattern.CASE_INSENSITIVE);

  /**
   * "a quarter of a percentage point", "half a point", "half-a-point", "a quarter-point cut": a
   * fraction of one point, which {@link #FRACTION} would read as a share ("a quarter of") or a
   * halving ("by half"). Bare points need a sentence about a rate, as {@link #BARE_POINTS} do.
   */
  private static final Pattern POINT_FRACTION =
      Pattern.compile(
          "\\b(?:(?<fraction>(?:an?|one|two|three)[\\s-](?:half|third|thirds|quarter|quarters)"
              + "|half)[\\s-](?:of[\\s-])?an?|(?<compact>half|quarter))[\\s-]"
              + "(?<percentage>percentage[\\s-])?points?\\b",
          Pattern.CASE_INSENSITIVE);

  /** What {@link #FRACTION} needs, in any case. */
  private static final String[] FRACTION_WORDS = {"half", "third", "quarter", "fifth", "tenth"};

  /** "doubled", "tripled", "quadrupled", "halved": changes without a written number. */
  private static final Pattern MULTIPLE =
      Pattern.compile("\\b(?<verb>doubled|tripled|trebled|quadrupled|halved)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final String[] MULTIPLE_WORDS =
      {"doubled", "tripled", "trebled", "quadrupled", "halved"};

  private static final Map<String, BigDecimal> MULTIPLES =
      Map.of(
          "doubled", new BigDecimal("100"),
          "tripled", new BigDecimal("200"),
          "trebled", new BigDecimal("200"),
          "quadrupled", new BigDecimal("300"),
          "halved", new BigDecimal("-50"));

  @Override
  public List<Mention> find(Sentence sentence, ExtractionContext context) {
    String text = sentence.text();
    List<Mention> found = new ArrayList<>();
    boolean point = Texts.containsAnyIgnoreCase(text, "point");
    boolean percent =
        text.indexOf('%') >= 0 || point || Texts.containsAnyIgnoreCase(text, "per", "pct");
    Matcher m = PERCENT.matcher(text);
    while (percent && m.find()) {
      found.add(percent(m));
    }
    Matcher p = BARE_POINTS.matcher(text);
    if (point && p.find() && PERCENT_CONTEXT.matcher(text).find()) {
      do {
        found.add(Mention.of(ClaimKind.PERCENT, p.start("amount"), p.end(),
            Numbers.parse(p.group("amount")), BigDecimal.ZERO, Unit.PERCENTAGE_POINT));
      } while (p.find());
    }
    boolean fraction = Texts.containsAnyIgnoreCase(text, FRACTION_WORDS);
    List<int[]> ofPoints = new ArrayList<>();
    Matcher q = POINT_FRACTION.matcher(text);
    while (fraction && point && q.find()) {
      ofPoints.add(new int[] {q.start(), q.end()});
      if (q.group("percentage") != null || q.group("compact") != null
          || PERCENT_CONTEXT.matcher(text).find()) {
        String words =
            q.group("fraction") != null ? q.group("fraction") : "a " + q.group("compact");
        BigDecimal value = fraction(words.toLowerCase(Locale.ROOT)).movePointLeft(2);
        found.add(Mention.of(ClaimKind.PERCENT, q.start(), q.end(), value, BigDecimal.ZERO,
            Unit.PERCENTAGE_POINT));
      }
    }
    Matcher f = FRACTION.matcher(text);
    while (fraction && f.find()) {
      String group = f.group("fraction") != null ? "fraction" : "by";
      int at = f.start(group);
      if (ofPoints.stream().anyMatch(o -> o[0] <= at && at < o[1])) {
        continue;
      }
      BigDecimal value = fraction(f.group(group).toLowerCase(Locale.ROOT));
      found.add(Mention.of(ClaimKind.PERCENT, f.start(group), f.end(group), value,
          BigDecimal.ZERO, Unit.PERCENT));
    }
    boolean multiple = Texts.containsAnyIgnoreCase(text, MULTIPLE_WORDS);
    Matcher x = MULTIPLE.matcher(text);
    while (multiple && x.find()) {
      BigDecimal value = MULTIPLES.get(x.group("verb").toLowerCase(Locale.ROOT));
      found.add(Mention.of(ClaimKind.PERCENT, x.start(), x.end(), value, BigDecimal.ZERO,
          Unit.PERCENT).asChange());
    }
    return found;
  }

  private static Mention percent(Matcher m) {
    String points = m.group("points");
    boolean basis = points != null && points.toLowerCase(Locale.ROOT).startsWith("basis");
    Unit unit = points == null ? Unit.PERCENT : Unit.PERCENTAGE_POINT;
    BigDecimal factor = basis ? new BigDecimal("0.01") : BigDecimal.ONE;
    String amount = m.group("amount");
    BigDecimal value = Numbers.parse(amount).multiply(factor);
    BigDecimal precision = BigDecimal.ZERO; // a percentage has no scale word: "20%" is exactly 20
    if (m.group("amount2") == null) {
      return Mention.of(ClaimKind.PERCENT, m.start(), m.end(), value, precision, unit);
    }
    BigDecimal high = Numbers.parse(m.group("amount2")).multiply(factor);
    return Mention.range(ClaimKind.PERCENT, m.start(), m.end(), value, high, precision, unit);
  }

  private static BigDecimal fraction(String text) {
    String[] parts = text.split("[\\s-]");
    if (parts.length == 1) {
      return new BigDecimal("50");
    }
    BigDecimal numerator = Numbers.parse(parts[0]);
    String d = parts[1].replaceAll("s$", "");
    int denominator;
    switch (d) {
      case "half":
        denominator = 2;
        break;
      case "third":
        denominator = 3;
        break;
      case "quarter":
        denominator = 4;
        break;
      case "fifth":
        denominator = 5;
        break;
      default:
        denominator = 10;
        break;
    }
    return numerator
        .multiply(new BigDecimal("100"))
        .divide(BigDecimal.valueOf(denominator), 2, java.math.RoundingMode.HALF_EVEN);
  }
}
