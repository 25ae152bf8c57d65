package dev.crosscheck.extract;

import dev.crosscheck.model.Timeframe;
import java.util.regex.Pattern;

/**
 * Marks numbers stated as superseded values: "the previous 2030 deadline", "originally $10
 * billion", "had been 20 percent", "was initially", "the former".
 */
final class Timeframes {
  private static final Pattern PREVIOUS_BEFORE =
      Pattern.compile(
          "(?i)(?<![\\w])(?:previous|previously|prior|former|formerly|original|originally|initial"
              + "|initially|earlier|old|had\\sbeen|used\\sto\\sbe|was\\sonce)"
              + "(?:\\s(?!but\\b|and\\b)[\\w'-]+){0,2}\\s$");

  private static final Pattern PREVIOUS_AFTER =
      Pattern.compile("(?i)^\\s(?:previously|originally|initially|before\\sthe\\s(?:change|amendment))\\b");

  private Timeframes() {}

  static Timeframe of(String text, Mention m) {
    String before = text.substring(Math.max(0, m.start() - 40), m.start());
    int clause = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
    if (clause >= 0) {
      before = before.substring(clause + 1);
    }
    boolean previous =
        PREVIOUS_BEFORE.matcher(before).find() || PREVIOUS_AFTER.matcher(text.substring(m.end())).find();
    return previous ? Timeframe.PREVIOUS : Timeframe.CURRENT;
  }
}
