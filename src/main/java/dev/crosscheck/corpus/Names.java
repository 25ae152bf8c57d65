package dev.crosscheck.corpus;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans an outlet name taken from a credit or site-name line: Markdown links and angle brackets
 * reduced to their text, emoji and other symbols ({@code 🔗}) dropped, anything after a comma,
 * parenthesis or {@code on}/{@code at} cut, and trailing punctuation or connector words removed.
 * URLs and long phrases are rejected. Stateless.
 */
final class Names {
  private static final int MAX_WORDS = 8;
  private static final int MAX_CHARS = 80;
  private static final Pattern LINK =
      Pattern.compile("\\[(?<text>[^\\]]{0,200})\\]\\([^)]{0,500}\\)");
  private static final Pattern CUT =
      Pattern.compile("[,;(|]|\\s[-–—]\\s|\\s(?:on|at|in)\\s", Pattern.CASE_INSENSITIVE);
  private static final Pattern EDGE_JUNK =
      Pattern.compile("^[\\s\\p{Punct}“”‘’«»]+|[\\s\\p{Punct}“”‘’«»]+$");
  private static final Pattern TRAILING_CONNECTOR =
      Pattern.compile("(?:\\s+(?:of|the|and|for|on|&))+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Names() {}

  /** The cleaned name, or empty when {@code raw} is a URL, has no letters or is too long. */
  static Optional<String> clean(String raw) {
    String s = LINK.matcher(raw).replaceAll("${text}");
    String lower = s.strip().toLowerCase(Locale.ROOT);
    if (lower.contains("://") || lower.startsWith("<") || lower.startsWith("www.")) {
      return Optional.empty();
    }
    s = withoutSymbols(s);
    Matcher cut = CUT.matcher(s);
    if (cut.find()) {
      s = s.substring(0, cut.start());
    }
    s = EDGE_JUNK.matcher(s).replaceAll("");
    s = TRAILING_CONNECTOR.matcher(s).replaceAll("");
    s = SPACES.matcher(s.strip()).replaceAll(" ");
    boolean ok =
        !s.isEmpty()
            && s.codePoints().anyMatch(Character::isLetter)
            && s.length() <= MAX_CHARS
            && s.split(" ").length <= MAX_WORDS;
    return ok ? Optional.of(s) : Optional.empty();
  }

  /** {@code s} without emoji, pictographs, variation selectors and joiners. */
  static String withoutSymbols(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().filter(cp -> !isDecoration(cp)).forEach(out::appendCodePoint);
    return out.toString();
  }

  static boolean isDecoration(int cp) {
    int type = Character.getType(cp);
    return type == Character.OTHER_SYMBOL
        || type == Character.FORMAT
        || (cp >= 0xfe00 && cp <= 0xfe0f)
        || type == Character.SURROGATE
        || type == Character.PRIVATE_USE;
  }
}
