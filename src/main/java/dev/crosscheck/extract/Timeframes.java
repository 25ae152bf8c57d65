package dev.crosscheck.extract;

import dev.crosscheck.model.Timeframe;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks numbers stated as superseded values: "the previous 2030 deadline", "originally $10
 * billion", "had been 20 percent", "was initially", "the former", the start of a change ("cut to
 * €1.04 billion from €1.24 billion") and a missed date ("a year later than the 2026 target"); and
 * numbers stated as possible: "could cost $2 billion", "may grow to as much as $40 billion", or
 * sought or demanded: "seeking a valuation of up to $6.5 billion", "called for pay to rise 40%".
 */
final class Timeframes {
  /** A word between the marker and the number: no number, no "but", "and", "by" or "with". */
  private static final String WORDS = "(?:\\s(?!but\\b|and\\b|by\\b|with\\b)[A-Za-z'-]+)";

  /** "the previous 2030 deadline", "the original terms": a marker at most two words before. */
  private static final Pattern PREVIOUS_BEFORE =
      Pattern.compile(
          "(?i)(?<![\\w-])(?:previous|prior|formerly|original|earlier|old|used\\sto\\sbe|was\\sonce"
              // "the former record of 115 million", not "the former president owes $99 million"
              + "|former(?=\\s(?:record|target|deadline|estimate|forecast|level|figure|total|cap"
              + "|limit|high|peak|goal|price|valuation)\\b)"
              // "the initial estimate was $5 billion", not "an initial pay rise of 11%" nor "its
              // initial public offering raised $748 million"
              + "|initial(?=(?:\\s[a-z]+)?\\s(?:estimates?|forecasts?|figures?|toll|count"
              + "|reports?|target|plan|price|guidance|projections?|offer|bid|assessment|tally"
              + "|deadline)\\b)"
              // "SoftBank, which had owned 75% of Arm, agreed to buy the rest"
              + "|had\\s(?:owned|held|controlled))"
              + WORDS + "{0,2}\\s$");

  /** "originally due to end in 2030", "had previously run until": an adverb may stand further off. */
  private static final Pattern PREVIOUS_ADVERB =
      Pattern.compile(
          "(?i)(?<![\\w])(?:previously|originally|initially|had\\sbeen)" + WORDS + "{0,4}\\s$");

  private static final Pattern PREVIOUS_AFTER =
      Pattern.compile("(?i)^\\s(?:previously|originally|initially|before\\sthe\\s(?:change|amendment))\\b");

  /** "cut the fine to €1.04 billion from €1.24 billion", "rose to 312, up from 280". */
  private static final Pattern FROM_BEFORE = Pattern.compile("(?i)(?<![\\w])(?:up\\s|down\\s)?from\\s$");
  /**
   * "moved the deadline to 2032 from 2030", "pushed back to June 2028 from June 2027": a date a
   * change started from follows the date it changed to, whatever the verb. Without one, "from"
   * starts a period: "a 5% pay rise from January 2027".
   */
  private static final Pattern DATE_CHANGED_FROM =
      Pattern.compile("(?i)(?<![\\w])to\\s[^\\d,;]{0,20}\\d{4}\\s(?:up\\s|down\\s)?from\\s$");
  /**
   * "eased to 2.4% in March from 2.8% in February": a monthly or quarterly figure of its own
   * period, which it still is, not a value since replaced. A year stays a previous value: "narrow
   * to 3.1% of GDP next year from 3.6% in 2026" replaces a forecast.
   */
  private static final Pattern OWN_PERIOD_AFTER = Pattern.compile(
      "^\\s(?:in|for|during)\\s(?:" + DateFinder.MONTH_NAMES + "\\b|Q[1-4]\\b)");
  /** "from 3 to 5 percent": a range, not a change. */
  private static final Pattern RANGE_AFTER = Pattern.compile("^\\s(?:to|-|–)\\s");
  /** "a year later than the 2026 target": the date that was missed. */
  private static final Pattern MISSED_BEFORE =
      Pattern.compile("(?i)\\b(?:later|behind|after)\\s(?:than\\s)?the\\s$");
  private static final Pattern MISSED_AFTER =
      Pattern.compile("(?i)^\\s(?:target|schedule|deadline|date|plan|goal|timetable)\\b");

  /**
   * "could", "might", "may" or "would have" at most six words before, in the same clause: "could
   * value each at $1 trillion", "may be relocated", "would have risen to around 13.8% had the
   * government not acted". "May" capitalised is the month as often as the verb.
   */
  private static final Pattern MODAL_BEFORE = Pattern.compile(
      "(?<![\\w])(?:[Cc]ould|[Mm]ight|may|[Ww]ould\\shave"
          // "discussed whether to price the shares at $52", "was prepared to price its IPO at $52"
          + "|whether\\sto|(?:was|were)\\sprepared\\sto"
          // "we thought it would be $75 million": what someone expected, not what happened
          + "|(?:thought|expected|predicted|projected|estimated|believed|hoped|feared)"
          + "(?:\\s(?:it|that|they|this|the\\s\\w+))?\\swould)"
          + "(?:\\s(?!but\\b|and\\b)[\\w'$€£.-]+){0,6}\\s$");

  /** A word of the goal's phrase: no clause of its own ("seeks funds after it was valued at"). */
  private static final String GOAL_WORDS = "(?:\\s(?!but\\b|and\\b|by\\b|with\\b|after\\b"
      + "|before\\b|when\\b|as\\b|since\\b|which\\b|that\\b|it\\b|was\\b|were\\b|is\\b)"
      + "[A-Za-z'-]+)";

  /**
   * "seeking a valuation of up to $6.5 billion", "aims to raise $748 million", "had tried to raise
   * more than $2 billion": the value a company hopes to be given or the sum it hopes to raise is
   * no more a fact than what could happen, and the figure it gets may differ without anyone being
   * wrong. Lower case only: "Target" is also a retailer.
   */
  private static final Pattern GOAL_BEFORE = Pattern.compile(
      "(?<![\\w])(?:seek(?:s|ing)?|aim(?:s|ing)?\\s(?:to|for|at)|target(?:s|ing)?"
          + "|hop(?:es|ing)\\sto|eye(?:s|ing)|tr(?:y|ies|ied|ying)\\sto|attempt(?:s|ed|ing)?\\sto)"
          + GOAL_WORDS + "{0,6}\\s$");
  private static final Pattern VALUE_OR_SUM = Pattern.compile("\\b(?:valu|rais)[a-z]*\\b");

  /**
   * "The union had called for pay to rise 40%", "demanded a 15% raise", "workers want pay to
   * increase by 10%", "prosecutors sought 50 years", "the defence aimed for no more than 6.5
   * years", "his attorneys had argued for a sentence of no more than six and a half years",
   * "prosecutors had called for Judge Lewis Kaplan to sentence him to between 40 and 50 years":
   * what one side asks for is not what it gets, and an outlet reporting the deal is not
   * contradicted by one reporting the demand. Demands meet demands, as possible values do. Not
   * the noun: "demand for chips rose 20%"; nor a year wanted ("wants to be carbon neutral by
   * 2040"), which is a target's date; nor an -ing form without "is" or "are", which describes a
   * noun ("Americans seeking unemployment benefits fell by 13,000", "a demanding schedule"); nor
   * what an agreement or a plan "calls for", which are its terms.
   */
  private static final Pattern DEMAND_BEFORE = Pattern.compile(
      "(?<![\\w])(?:(?<!(?:agreement|deal|contract|settlement|accord|pact|plan|proposal|budget"
          + "|bill|law|terms|framework|package)\\s)(?:(?:call|ask|push|press)(?:s|es|ed)?"
          + "|argu(?:e|es|ed))\\sfor"
          + "|(?<=(?:is|are|was|were|been|be|'s)\\s)(?:demanding|wanting|seeking|calling\\sfor"
          + "|asking\\sfor|pushing\\sfor|pressing\\sfor)"
          + "|demand(?:s|ed)|want(?:s|ed)?|seeks?|sought|aim(?:s|ed)?\\sfor)" + GOAL_WORDS + "{0,8}"
          + "(?:\\s(?:by|as\\smuch\\sas|up\\sto|at\\sleast|more\\sthan))?\\s$");

  /** A bound a hedge puts before the figure: "as high as", "up to", "no more than". */
  private static final String BOUND = "(?:\\s(?:as\\s(?:high|low|much)\\sas|up\\sto|at\\sleast"
      + "|(?:no\\s)?more\\sthan|less\\sthan))?";

  /**
   * "The prosecution's request for a 40-year term", "a plea for no more than 6.5 years", "the
   * potential for a sentence of more than 100 years": the noun right before the figure, so that
   * "requests for asylum rose 20%" and "a guilty plea for her role in the $8 billion fraud" state
   * facts.
   */
  private static final Pattern ASKED_OR_POSSIBLE_BEFORE = Pattern.compile(
      "(?<![\\w])(?:(?:request|plea)s?\\sfor(?:\\san?)?"
          + "|potential\\s(?:for|of)(?:\\s[\\w'-]+){0,3})" + BOUND + "\\s$");

  /**
   * "Predictions are for the opening weekend to go as high as $130 million", "the film is tracking
   * for a $100 million debut", "the Conservatives are projected to secure 144 seats": a forecast,
   * which the figure that comes in does not contradict. Not "expected to", which also states a
   * plan ("the deal is expected to close in 2025").
   */
  private static final Pattern FORECAST_BEFORE = Pattern.compile(
      "(?<![\\w])(?:(?:[Pp]redictions?|[Pp]rojections?|[Ff]orecasts?)\\s(?:are|is|were|was)\\sfor"
          + "|tracking\\sfor|(?:is|are|was|were)\\sprojected\\sto)" + GOAL_WORDS + "{0,6}"
          + BOUND + "\\s$");
  /**
   * "Fell below the $100m predicted in recent weeks": the figure is what was predicted. Only after
   * "the" ({@link #THE_BEFORE}): in "18 forecast a rate cut" the word is the verb of a count.
   */
  private static final Pattern FORECAST_AFTER = Pattern.compile(
      "^\\s(?:predicted|projected|forecast|anticipated)\\b(?!\\s(?:an?|the|that)\\b)");
  private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe\\s$");

  /**
   * "The exit poll said the PVV won 35 seats": a projection of the count, which the count
   * does not contradict.
   */
  private static final Pattern EXIT_POLL = Pattern.compile("(?i)\\bexit[\\s-]polls?\\b");

  private Timeframes() {}

  static Timeframe of(String text, Mention m) {
    String before = clause(text, m.start(), REACH);
    String after = Window.after(text, m.end());
    boolean previous =
        PREVIOUS_BEFORE.matcher(before).find() || PREVIOUS_ADVERB.matcher(before).find()
            || PREVIOUS_AFTER.matcher(after).lookingAt()
            || (MISSED_BEFORE.matcher(before).find() && MISSED_AFTER.matcher(after).lookingAt())
            || changedFrom(text, m, after);
    if (previous) {
      return Timeframe.PREVIOUS;
    }
    return MODAL_BEFORE.matcher(before).find() || isGoal(before)
        || EXIT_POLL.matcher(text.substring(0, m.start())).find()
        || ASKED_OR_POSSIBLE_BEFORE.matcher(before).find()
        || (!m.kind().isTime()
            && (forecast(text, m, after)
                || DEMAND_BEFORE.matcher(clause(text, m.start(), FORECAST_REACH)).find()))
        ? Timeframe.POSSIBLE : Timeframe.CURRENT;
  }

  /**
   * A forecast's figure; never a year or a date, which a forecast states as a plan does ("is
   * projected to open in 2027" against "is expected to open in 2028").
   */
  private static boolean forecast(String text, Mention m, String after) {
    return FORECAST_BEFORE.matcher(clause(text, m.start(), FORECAST_REACH)).find()
        || (THE_BEFORE.matcher(Window.before(text, m.start(), 5)).find()
            && FORECAST_AFTER.matcher(after).lookingAt());
  }

  /** How far before a figure the words that mark its time may stand. */
  private static final int REACH = 40;
  /** How far before a figure a forecast may be named: "Predictions are for the ... to go". */
  private static final int FORECAST_REACH = 80;

  /** The text of the clause up to {@code end}, at most {@code reach} chars. */
  private static String clause(String text, int end, int reach) {
    String before = Window.before(text, end, reach);
    return before.substring(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  }

  private static boolean isGoal(String before) {
    Matcher goal = GOAL_BEFORE.matcher(before);
    return goal.find() && VALUE_OR_SUM.matcher(goal.group()).find();
  }

  /**
   * The value a change started from: "from" right before it, a change verb earlier, no range, and
   * not another period's figure ("up from 46.7 percent a year earlier", "from 2.8% in February"
   * are figures of their own periods, not values since replaced). A date needs no verb but the
   * date it changed to ({@link #DATE_CHANGED_FROM}).
   */
  private static boolean changedFrom(String text, Mention m, String after) {
    if (m.kind().isTime()) {
      String before = Window.before(text, m.start(), REACH);
      return DATE_CHANGED_FROM.matcher(before).find() && !RANGE_AFTER.matcher(after).lookingAt();
    }
    String before = text.substring(Math.max(0, m.start() - 10), m.start());
    // "rose from $10 million to $12 million": the first of two figures a change verb joins is the
    // old one; a range ("from 3 to 5 percent") was joined into one mention before
    return FROM_BEFORE.matcher(before).find() && !m.isRange()
        && !Scopes.isYearEarlier(after) && !OWN_PERIOD_AFTER.matcher(after).lookingAt()
        && Changes.changeVerbBefore(text, m.start());
  }
}
