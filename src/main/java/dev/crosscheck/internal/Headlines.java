package dev.crosscheck.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a headline in title case from one in sentence case: in "Fed Holds Rates Steady" every word
 * looks like a name, in "Typhoon Galvin hits Halifax" only the names do. Stateless.
 */
public final class Headlines {
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
  /** Words title case leaves in lower case. */
  private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "but",
      "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs", "per", "via");

  private Headlines() {}

  /**
   * True when a line of at least four words capitalises every word but the small ones ("Fed Holds
   * Rates Steady", "Inflation Falls to 2.4%"): a headline in title case. A sentence has lower-case
   * verbs and nouns.
   */
  public static boolean isTitleCase(String line) {
    int words = 0;
    Matcher w = WORD.matcher(line);
    while (w.find()) {
      words++;
      if (!Character.isUpperCase(line.charAt(w.start()))
          && !SMALL_WORDS.contains(w.group().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return words >= 4;
  }
}
