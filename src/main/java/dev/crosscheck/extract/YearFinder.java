package dev.crosscheck.extract;

import dev.crosscheck.internal.Texts;
import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.model.Token;
import dev.crosscheck.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar years: "2032", "2019-2023", fiscal years ("FY2025", "fiscal 2025"), decades ("the
 * 1990s") and years relative to the reference date ("last year", "next year", "this year").
 */
final class YearFinder implements MentionFinder {
  /** Words that name a part of the year after them: "mid-2028", "early 2027", "by late 2026". */
  static final String PARTS_OF_YEAR = "(?i:mid|early|late)";

  /**
   * "2032", "2019-2023", "1990s", "mid-2028"; not "$2032", "2,032", "2032.5" or "GPT-2032".
   */
  private static final Pattern YEAR =
      Pattern.compile(
          "(?:(?<=\\b" + PARTS_OF_YEAR + "-)|(?<![\\w$€£.,:/#-]))"
              + "(?<year>(?:1[89]|2[01])\\d{2})(?:\\s?-\\s?(?<year2>(?:1[89]|2[01])?\\d{2}))?"
              + "(?<decade>s)?(?![\\w%:/]|[.,]\\d|-\\d)");

  /** "FY2025", "FY 25", "fiscal 2025", "fiscal year 2025". */
  private static final Pattern FISCAL =
      Pattern.compile("\\b(?:FY\\s?|fiscal\\s(?:year\\s)?)(?<fy>(?:19|20)?\\d{2})\\b");

  /**
   * "last year", "next year", "this year"; "the previous year" is left alone, and so is "over the
   * last year", twelve months back from now rather than a calendar year.
   */
  private static final Pattern RELATIVE =
      Pattern.compile("(?<!\\bthe\\s)\\b(?<which>last|next|this|the\\scoming)\\syear\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern DETERMINER =
      Pattern.compile("(?i)\\b(?:the|a|an|its|their|his|her|this|that|in|of|since|by|until|from)\\s$");

  /** "2019 levels", "2020 prices", "2015 dollars": a year values are measured against. */
  private static final Pattern BASELINE_AFTER =
      Pattern.compile("(?i)\\s(?:levels?|prices?|dollars?|figures?)\\b");

  /** True when the year ending at {@code yearEnd} is a baseline: "from 2019 levels". */
  static boolean isBaseline(String text, int yearEnd) {
    return BASELINE_AFTER.matcher(text).region(yearEnd, text.length()).lookingAt();
  }

  @Override
  public List<Mention> find(Sentence sentence, ExtractionContext context) {
    String text = sentence.text();
    List<Mention> found = new ArrayList<>();
    boolean digits = Texts.hasDigit(text);
    Matcher m = YEAR.matcher(text);
    while (digits && m.find()) {
      if (!counts(sentence, m)) {
        year(m).ifPresent(found::add);
      }
    }
    boolean fiscal = digits && Texts.containsAny(text, "FY", "fiscal");
    Matcher f = FISCAL.matcher(text);
    while (fiscal && f.find()) {
      int y = Integer.parseInt(f.group("fy"));
      found.add(exact(f.start(), f.end(), y < 100 ? 2000 + y : y));
    }
    boolean relative = Texts.containsAnyIgnoreCase(text, "year");
    Matcher r = RELATIVE.matcher(text);
    while (relative && r.find()) {
      int base = context.referenceDate().getYear();
      String which = r.group("which").toLowerCase(Locale.ROOT);
      int y = which.equals("last") ? base - 1 : which.equals("this") ? base : base + 1;
      found.add(exact(r.start(), r.end(), y));
    }
    return found;
  }

  /**
   * True for "2000 workers": a bare number before a plural noun counts it. "The 2020 elections"
   * and "in 2019 deals" keep the year, since a determiner or preposition stands before it.
   */
  private static final Pattern TALLY_BEFORE =
      Pattern.compile("(?i)\\b(?:numbered|totalled|totaled|totalling|totaling)\\s$");

  private static boolean counts(Sentence sentence, Matcher m) {
    if (TALLY_BEFORE.matcher(Window.before(sentence.text(), m.start(), 16)).find()) {
      return true; // "the deceased numbered 1841": a tally, not a year
    }
    if (m.group("year2") != null || m.group("decade") != null
        || isBaseline(sentence.text(), m.end())
        || DETERMINER.matcher(sentence.text().substring(Math.max(0, m.start() - 8), m.start())).find()) {
      return false;
    }
    List<Token> tokens = sentence.tokens();
    int next = Window.tokenAt(tokens, m.end());
    if (next < tokens.size() && tokens.get(next).start() < m.end()) {
      next++; // the token holding the year itself
    }
    return next < tokens.size() && tokens.get(next).isNoun()
        && !tokens.get(next).lemma().equalsIgnoreCase(tokens.get(next).text());
  }

  private static java.util.Optional<Mention> year(Matcher m) {
    int year = Integer.parseInt(m.group("year"));
    if (m.group("decade") != null) {
      if (year % 10 != 0 || m.group("year2") != null) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(range(m.start(), m.end(), year, year + 9));
    }
    if (m.group("year2") == null) {
      return java.util.Optional.of(exact(m.start(), m.end(), year));
    }
    String second = m.group("year2");
    int year2 = second.length() == 2 ? year / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
    if (year2 <= year) {
      return java.util.Optional.empty(); // "2019-12" is a month, "2024-2022" is no range
    }
    return java.util.Optional.of(range(m.start(), m.end(), year, year2));
  }

  private static Mention exact(int start, int end, int year) {
    return Mention.of(ClaimKind.YEAR, start, end, BigDecimal.valueOf(year), BigDecimal.ZERO,
        Unit.YEAR_OF_ERA);
  }

  private static Mention range(int start, int end, int from, int to) {
    return Mention.range(ClaimKind.YEAR, start, end, BigDecimal.valueOf(from),
        BigDecimal.valueOf(to), BigDecimal.ZERO, Unit.YEAR_OF_ERA);
  }
}
