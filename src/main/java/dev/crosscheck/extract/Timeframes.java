package dev.crosscheck.extract;

import dev.crosscheck.model.Timeframe;
import java.util.regex.Pattern;

/**
 * Marks numbers stated as superseded values: "the previous 2030 deadline", "originally $10
 * billion", "had been 20 percent", "was initially", "the former".
 */
final class Timeframes {
  /** A word between the marker and the number: no number, no "but", "and", "by" or "with". */
  private static final String WORDS = "(?:\\s(?!but\\b|and\\b|by\\b|with\\b)[A-Za-z'-]+)";

  /** "the previous 2030 deadline", "the original terms": a marker at most two words before. */
  private static final Pattern PREVIOUS_BEFORE =
      Pattern.compile(
          "(?i)(?<![\\w])(?:previous|prior|former|formerly|original|earlier|old|used\\sto\\sbe|was\\sonce)"
              + WORDS + "{0,2}\\s$");

  /** "originally due to end in 2030", "had previously run until": an adverb may stand further off. */
  private static final Pattern PREVIOUS_ADVERB =
      Pattern.compile(
          "(?i)(?<![\\w])(?:previously|originally|initially|initial|had\\sbeen)" + WORDS + "{0,4}\\s$");

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
        PREVIOUS_BEFORE.matcher(before).find() || PREVIOUS_ADVERB.matcher(before).find()
            || PREVIOUS_AFTER.matcher(Window.after(text, m.end())).lookingAt();
    return previous ? Timeframe.PREVIOUS : Timeframe.CURRENT;
  }
}
