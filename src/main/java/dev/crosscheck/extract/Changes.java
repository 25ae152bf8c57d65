package dev.crosscheck.extract;

import dev.crosscheck.model.Change;
import java.util.regex.Pattern;

/**
 * Tells a change from a level: "fell 3%", "up 20 percent", "grew by $2 billion", "another $10
 * billion", "a 20% increase", "extending the deadline by two years" are changes; "a 20% share" is
 * a level. Decreases are negative.
 */
final class Changes {
  private static final String RISE =
      "rose|rise|rises|risen|rising|grew|grow|grows|grown|growing|increased|increase|increases"
          + "|jumped|jumps|climbed|climbs|surged|surges|soared|gained|gains|raised|boosted|up"
          + "|extended|extending|extends|extend|added|adds";
  private static final String FALL =
      "fell|fall|falls|fallen|falling|dropped|drops|declined|declines|decreased|decreases"
          + "|plunged|plunges|slipped|slumped|lost|shed|cut|cuts|lowered|down|shrank|shrunk";

  /** A change verb directly before, or a change verb then "by" within a few words. */
  private static final Pattern CHANGE_BEFORE =
      Pattern.compile(
          "(?i)(?<![\\w])(?:(?:" + RISE + "|" + FALL + ")(?:\\s[\\w'-]+){0,5}\\sby"
              + "|" + RISE + "|" + FALL + "|another|an\\sadditional|additional|extra|a\\sfurther)\\s$");

  private static final Pattern FALL_BEFORE =
      Pattern.compile("(?i)(?<![\\w])(?:" + FALL + ")(?:(?:\\s[\\w'-]+){0,5}\\sby)?\\s$");

  private static final Pattern CHANGE_AFTER =
      Pattern.compile(
          "(?i)^\\s(?:increase|rise|jump|gain|growth|hike|raise|boost|more|higher|drop|decline"
              + "|fall|decrease|cut|reduction|lower|less)\\b");

  private static final Pattern FALL_AFTER =
      Pattern.compile("(?i)^\\s(?:drop|decline|fall|decrease|cut|reduction|lower|less)\\b");

  private Changes() {}

  static Change of(String text, Mention m) {
    if (m.change()) {
      return Change.CHANGE;
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
