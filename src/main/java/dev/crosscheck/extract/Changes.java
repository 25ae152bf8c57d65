package dev.crosscheck.extract;

import dev.crosscheck.model.Change;
import java.util.regex.Pattern;

/**
 * Tells a change from a level: "fell 3%", "up 20 percent", "grew by $2 billion", "another $10
 * billion", "a 20% increase", "a 15% pay rise", "a gain of 1.4%", "extending the deadline by two
 * years" are changes; "a 20% share", "rose to $4.5 billion", "makes up 7%" and "fell below
 * $60,000" are levels. Decreases are negative.
 */
final class Changes {
  /** Verbs that state a change when the number follows them directly ("rose 3%"). */
  private static final String RISE =
      "rose|rise|rises|risen|rising|grew|grow|grows|grown|growing|increased|increases"
          + "|jumped|jumps|climbed|climbs|surged|surges|soared|soars|gained|gains|boosted|up"
          + "|added|adds|add|adding|widened|widens";
  private static final String FALL =
      "fell|fall|falls|fallen|falling|dropped|drops|declined|declines|decreased|decreases"
          + "|plunged|plunges|slipped|slips|slumped|slumps|lost|loses|shed|sheds|cut|cuts|lowered"
          + "|down|shrank|shrunk|shrinks|tumbled|tumbles|sank|sinks|narrowed|narrows|reduced"
          + "|reduces|trimmed|trims|slashed|slashes|shortened|shortens|shorten";
  /** Verbs that state a change only with "by": "raised the wage by $1.50", "extends it by two years". */
  private static final String BY_ONLY =
      "raised|raises|raise|extended|extending|extends|extend|increase|decrease|reduce|lengthened";

  /** "make up 7%": "up" after these is no rise. */
  private static final String NOT_UP = "(?<!\\bmakes\\s|\\bmake\\s|\\bmade\\s|\\bmaking\\s|\\btakes\\s|\\btook\\s)";

  /** A change verb directly before, or a change verb then "by" within a few words. */
  private static final Pattern CHANGE_BEFORE =
      Pattern.compile(
          "(?i)(?<![\\w])(?:(?:" + RISE + "|" + FALL + "|" + BY_ONLY + ")(?:\\s[\\w'-]+){0,5}\\sby"
              + "|" + NOT_UP + "(?:" + RISE + "|" + FALL + ")"
              + "|another|an\\sadditional|additional|extra|a\\sfurther"
              + "|(?:gain|increase|rise|jump|growth|drop|decline|fall|decrease|cut|reduction)\\sof)\\s$");

  private static final Pattern FALL_BEFORE =
      Pattern.compile(
          "(?i)(?<![\\w])(?:" + FALL + "|(?:drop|decline|fall|decrease|cut|reduction)\\sof)"
              + "(?:(?:\\s[\\w'-]+){0,5}\\sby)?\\s$");

  /** The noun after the number, optionally after one modifier: "a 5% drop", "a 15% pay rise". */
  private static final String AFTER_NOUN = "^\\s(?:(?!of\\b|and\\b|or\\b|in\\b|to\\b|the\\b)[a-z]+\\s)?";

  private static final Pattern CHANGE_AFTER =
      Pattern.compile(
          "(?i)" + AFTER_NOUN + "(?:increase|rise|jump|gain|growth|hike|raise|boost|more|higher"
              + "|drop|decline|fall|decrease|cut|reduction|lower|less)\\b");

  private static final Pattern FALL_AFTER =
      Pattern.compile("(?i)" + AFTER_NOUN + "(?:drop|decline|fall|decrease|cut|reduction|lower|less)\\b");

  /** A hedge that compares with a threshold: "fell below $60,000" states a level. */
  private static final Pattern THRESHOLD =
      Pattern.compile("(?i)^(?:below|under|above|over|beyond|past|topped|exceeded|surpassed)\\b");

  /** A change verb, a few words, then "by" or "from": what follows is a change or an old level. */
  private static final Pattern FROM_OR_BY =
      Pattern.compile(
          "(?i)(?:(?<![\\w])(?:" + RISE + "|" + FALL + "|" + BY_ONLY + ")(?:\\s[\\w'-]+){0,3}\\sfrom"
              + "|(?<![\\w])by)\\s$");

  private Changes() {}

  /** True when {@code before} ends in "by" or in a change verb and "from": "rose from". */
  static boolean fromOrByChange(String before) {
    return FROM_OR_BY.matcher(before).find();
  }

  static Change of(String text, Mention m) {
    if (m.change()) {
      return Change.CHANGE;
    }
    if (THRESHOLD.matcher(text.substring(m.start(), m.end())).find()) {
      return Change.LEVEL;
    }
    String before = text.substring(Math.max(0, m.start() - 48), m.start());
    String after = text.substring(m.end());
    boolean change = CHANGE_BEFORE.matcher(before).find() || CHANGE_AFTER.matcher(after).find();
    return change ? Change.CHANGE : Change.LEVEL;
  }

  /** True when the change is a decrease ("fell 3%", "a 5% drop"). */
  static boolean isDecrease(String text, Mention m) {
    String before = text.substring(Math.max(0, m.start() - 48), m.start());
    return FALL_BEFORE.matcher(before).find() || FALL_AFTER.matcher(text.substring(m.end())).find();
  }
}
