package dev.crosscheck.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins written ranges the finders see as separate pieces: "between 3 and 5 percent", "from 5
 * to 7", "$5 billion to $10 billion", "between $3 billion and $5 billion". Years and dates are
 * never joined ("from 2027 to 2030" starts and ends something), nor a change and the level it
 * reaches ("rose by $15 billion to $70 billion").
 */
final class Ranges {
  /** A bare number before a mention: "between 3 and 5 percent", "3 to 5 percent". */
  private static final Pattern LOW_BEFORE =
      Pattern.compile(
          "(?i)(?:\\bbetween\\s|\\bfrom\\s)?(?<![\\p{Sc}\\d.,])(?<low>" + Numbers.DIGITS + "|"
              + Numbers.WORDS
              + ")\\s(?:and|to)\\s$");

  /** What may stand between two mentions of one range. */
  private static final Pattern JOINER = Pattern.compile("(?i)^(?:\\sto\\s|\\s?-\\s?|\\sand\\s)$");

  private static final Pattern FIRST_NUMBER =
      Pattern.compile("(?i)" + Numbers.DIGITS + "|" + Numbers.WORDS);

  /** The longest text that may join two ends of a range: " and ". */
  private static final int MAX_GAP = 5;

  private static final Pattern BETWEEN = Pattern.compile("(?i)\\b(?:between|from)\\s$");

  private Ranges() {}

  static List<Mention> join(String text, List<Mention> sorted) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : sorted) {
      Mention previous = out.isEmpty() ? null : out.get(out.size() - 1);
      if (previous != null && joinable(text, previous, m)) {
        out.set(out.size() - 1, Mention.range(m.kind(), previous.start(), m.end(), previous.low(),
            m.high(), previous.precision().max(m.precision()), m.unit()));
        continue;
      }
      out.add(withBareLow(text, m));
    }
    return out;
  }

  private static boolean joinable(String text, Mention a, Mention b) {
    if (a.kind() != b.kind() || !a.unit().equals(b.unit()) || a.isRange() || b.isRange()
        || a.high().compareTo(b.low()) >= 0 || a.kind().isTime()
        || Changes.fromOrByChange(text.substring(Math.max(0, a.start() - 48), a.start()))) {
      return false; // "from 2027 to 2030" is a start and an end; "rose by $15 billion to $70 billion"
    }
    if (b.start() - a.end() > MAX_GAP) {
      return false;
    }
    String gap = text.substring(a.end(), b.start());
    if (!JOINER.matcher(gap).matches()) {
      return false;
    }
    boolean and = gap.strip().equalsIgnoreCase("and");
    return !and || BETWEEN.matcher(text.substring(Math.max(0, a.start() - 9), a.start())).find();
  }

  /**
   * Whether {@code before} ends as {@link #LOW_BEFORE} must, in " and " or " to ": a test that
   * spares most numbers the pattern, which would otherwise be tried at every position before them.
   */
  private static boolean endsWithJoiner(String before) {
    return endsWithWord(before, "and") || endsWithWord(before, "to");
  }

  private static boolean endsWithWord(String text, String word) {
    int start = text.length() - word.length() - 2;
    return start >= 0 && isSpace(text.charAt(start)) && isSpace(text.charAt(text.length() - 1))
        && text.regionMatches(true, start + 1, word, 0, word.length());
  }

  /** The characters {@code \\s} matches. */
  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  private static Mention withBareLow(String text, Mention m) {
    if (m.isRange() || m.change() || m.kind().isTime()) {
      return m;
    }
    String before = text.substring(Math.max(0, m.start() - 40), m.start());
    if (!endsWithJoiner(before)) {
      return m;
    }
    Matcher low = LOW_BEFORE.matcher(before);
    if (!low.find()) {
      return m;
    }
    String joined = low.group().toLowerCase(java.util.Locale.ROOT);
    Matcher amount = FIRST_NUMBER.matcher(text.substring(m.start(), m.end()));
    int lowStart = m.start() - (before.length() - low.start());
    if ((joined.contains(" and ") && !joined.startsWith("between")) || !amount.find()
        || Changes.fromOrByChange(text.substring(Math.max(0, lowStart - 48), lowStart))) {
      return m; // "fell by 13,000 to 210,000": a change and the level it reached
    }
    BigDecimal written = Numbers.parse(amount.group());
    if (written.signum() == 0) {
      return m;
    }
    BigDecimal scale = m.value().divide(written, java.math.MathContext.DECIMAL64);
    BigDecimal lowValue = Numbers.parse(low.group("low")).multiply(scale);
    if (lowValue.compareTo(m.value()) >= 0) {
      return m;
    }
    return Mention.range(m.kind(), lowStart, m.end(), lowValue, m.high(), m.precision(), m.unit());
  }
}
