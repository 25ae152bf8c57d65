package dev.crosscheck.extract;

import dev.crosscheck.model.ClaimKind;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a mention and the hedge words around it into an interval: "more than", "over", "at least"
 * and "-plus" open it upwards; "up to", "as much as", "no more than" bound it from above;
 * "nearly" and "almost" put it just below; "roughly", "about", "some", "an estimated" widen each
 * bound by {@link #APPROXIMATE} of itself, or by the precision where that is wider; "topped",
 * "exceeded" and "surpassed" open it upwards like "more than"; the written precision widens every value ("$13.8 billion" is 13.75 to
 * 13.85 billion). Years and dates take no hedges: "by 2030" and "over 2024" are roles, not hedges.
 */
final class Hedges {
  /** Relative width of "roughly", "about", "around": a tenth either way. */
  static final BigDecimal APPROXIMATE = new BigDecimal("0.10");

  /** How far below the value "nearly" and "almost" reach: a tenth. */
  static final BigDecimal NEARLY = new BigDecimal("0.10");

  /** Hedge words directly before a number: "up to $5 billion", "roughly 27 percent". */
  private static final Pattern BEFORE =
      Pattern.compile(
          "(?i)(?<![\\w])(?<hedge>more\\sthan|over|above|in\\sexcess\\sof|upwards\\sof|exceeding"
              + "|topped|tops|exceeded|exceeds|surpassed|surpasses"
              + "|at\\sleast|no\\sless\\sthan|a\\sminimum\\sof|up\\sto|as\\smuch\\sas|as\\smany\\sas"
              + "|as\\shigh\\sas|no\\smore\\sthan|at\\smost|a\\smaximum\\sof|less\\sthan|fewer\\sthan"
              + "|under|below|nearly|almost|just\\sunder|close\\sto|roughly|about|around"
              + "|approximately|some|an\\sestimated|estimated|circa|~)\\s?$");

  /**
   * Hedges that keep their meaning before "a" or "an": "roughly a 26 percent premium", "more
   * than a 50% stake". Not "over", "under", "around" or "about", which are prepositions there
   * ("over a 10% margin", "worried about a 20% drop").
   */
  private static final Pattern BEFORE_ARTICLE = Pattern.compile("(?i)(?<![\\w])(?<hedge>more"
      + "\\sthan|less\\sthan|at\\sleast|up\\sto|as\\smuch\\sas|nearly|almost|roughly"
      + "|approximately|close\\sto)\\san?\\s$");

  /**
   * "Growth picked up to 3.2%", "was revised up to 2.1%": "up" belongs to the verb, and the number
   * after "to" is the level reached, not a bound.
   */
  private static final Pattern VERB_OF_UP = Pattern.compile("(?i)\\b(?:picked|picks|picking"
      + "|ticked|ticks|ticking|edged|edges|edging|crept|creeps|creeping|inched|inches|inching"
      + "|nudged|nudges|moved|moves|went|goes|shot|shoots|jumped|jumps|stepped|steps|ramped|ramps"
      + "|ratcheted|bumped|revised|revises|marked|marks)\\s$");

  private static boolean particleUp(String text, int hedgeStart) {
    return text.regionMatches(true, hedgeStart, "up", 0, 2)
        && VERB_OF_UP.matcher(Window.before(text, hedgeStart, 16)).find();
  }

  /**
   * Hedge words directly after: "$1.2 billion-plus", "$1 trillion or more", "aged 18 and up"; not
   * "winds of 120 mph and up to 250mm of rain".
   */
  private static final Pattern AFTER =
      Pattern.compile(
          "(?i)^(?<hedge>-plus|\\+|\\sor\\smore|\\sand\\sup(?!\\sto\\b)|\\sor\\sso)(?![\\w])");

  private Hedges() {}

  /** The mention with its span grown over its hedges and its interval set. */
  static Mention apply(String text, Mention m) {
    if (m.kind().isTime()) {
      return m;
    }
    BigDecimal low = m.low() == null ? null : m.low().subtract(m.precision());
    BigDecimal high = m.high() == null ? null : m.high().add(m.precision());
    int start = m.start();
    int end = m.end();
    String window = text.substring(Math.max(0, start - 24), start);
    Matcher before = BEFORE.matcher(window);
    if (!before.find()) {
      before = BEFORE_ARTICLE.matcher(window);
    }
    String hedge = "";
    int hedgeAt = before.find(0) ? Math.max(0, start - 24) + before.start("hedge") : -1;
    if (hedgeAt >= 0 && !(m.kind() == ClaimKind.DURATION && isPreposition(before.group("hedge"))
            && !PREPOSITION_BEFORE.matcher(Window.before(text, hedgeAt, 8)).find())
        && !particleUp(text, hedgeAt)) {
      hedge = before.group("hedge").toLowerCase(Locale.ROOT);
      start = start - (before.end() - before.start());
    }
    Matcher after = AFTER.matcher(Window.after(text, end));
    if (hedge.isEmpty() && after.lookingAt()) {
      hedge = "plus";
      end += after.end();
    }
    Mention grown = m.withSpan(start, end);
    return widen(grown, hedge.replaceAll("\\s+", " "), low, high);
  }

  private static Mention widen(Mention m, String hedge, BigDecimal low, BigDecimal high) {
    BigDecimal v = m.value();
    switch (hedge) {
      case "more than": case "over": case "above": case "in excess of": case "upwards of":
      case "exceeding": case "at least": case "no less than": case "a minimum of": case "plus":
      case "topped": case "tops": case "exceeded": case "exceeds": case "surpassed": case "surpasses":
        return interval(m, v, null);
      case "up to": case "as much as": case "as many as": case "as high as": case "no more than":
      case "at most": case "a maximum of": case "less than": case "fewer than": case "under":
      case "below":
        return interval(m, v.signum() >= 0 ? BigDecimal.ZERO : null, high);
      case "nearly": case "almost": case "just under": case "close to":
        return interval(m, v.subtract(v.abs().multiply(NEARLY)), v);
      case "":
        return interval(m, low, high);
      default:
        return interval(m, low == null ? null : low.min(m.low().subtract(m.low().abs().multiply(APPROXIMATE))),
            high == null ? null : high.max(m.high().add(m.high().abs().multiply(APPROXIMATE))));
    }
  }

  /**
   * A preposition before "over" makes it a hedge again: "the first in over eight years", "for
   * over a decade".
   */
  private static final Pattern PREPOSITION_BEFORE =
      Pattern.compile("(?i)\\b(?:in|for|after|within)\\s$");

  /** "over the past seven years" is a span of time, not "more than seven years". */
  private static boolean isPreposition(String hedge) {
    String h = hedge.toLowerCase(Locale.ROOT);
    return h.equals("over") || h.equals("under") || h.equals("some") || h.equals("around");
  }

  private static Mention interval(Mention m, BigDecimal low, BigDecimal high) {
    return new Mention(m.kind(), m.start(), m.end(), m.value(), low, high, BigDecimal.ZERO,
        m.unit(), m.change());
  }
}
