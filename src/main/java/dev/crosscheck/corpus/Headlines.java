package dev.crosscheck.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the title and a navigation-bar site name in the first lines of an article without front
 * matter. Title: the first Markdown {@code # heading}, else the text of a {@code Cover illustration
 * for <title>} line, else the first line that looks like a headline (four or more words,
 * capitalised, no final punctuation, not boilerplate like "Skip to main content", not a section
 * label, byline or emoji heading). Site name: a short Title Case line next to navigation
 * boilerplate ({@code Skip to main content / The Quantum Dispatch / Back to Home}). Stateless.
 */
final class Headlines {
  private static final int NAV_WINDOW = 10;
  private static final int MAX_TITLE = 150;
  private static final int MIN_TITLE_WORDS = 4;
  private static final int MAX_SITE_WORDS = 5;

  private static final Set<String> BOILERPLATE =
      Set.of(
          "skip to main content",
          "skip to content",
          "skip to navigation",
          "back to home",
          "home",
          "menu",
          "main menu",
          "search",
          "subscribe",
          "sign in",
          "log in",
          "sign up",
          "share",
          "advertisement",
          "close",
          "toggle navigation",
          "navigation",
          "back",
          "latest news",
          "key takeaways",
          "table of contents",
          "read more",
          "listen to this article",
          "related articles",
          "related insights",
          "frequently asked questions");
  private static final Set<String> CONNECTORS =
      Set.of("of", "the", "and", "for", "on", "in", "a", "an", "to", "&");

  /** {@code # Microsoft And OpenAI Remain Friends} (one {@code #} only). */
  private static final Pattern H1 = Pattern.compile("^#\\s+(?<title>.+?)[\\s#]*$");

  /** {@code Cover illustration for <title>}, the alt text many sites print. */
  private static final Pattern COVER =
      Pattern.compile(
          "^(?i:cover\\s+(?:illustration|image|photo|art)\\s+(?:for|of))\\s+(?<title>.+)$");

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern EMPHASIS = Pattern.compile("^[*_]+|[*_]+$");
  private Headlines() {}

  /** Title and navigation site name from {@code lines}, the stripped non-blank body lines. */
  static Metadata sniff(List<String> lines) {
    List<String> head = lines.subList(0, Math.min(Signals.HEAD, lines.size()));
    String site = navSiteName(head.subList(0, Math.min(NAV_WINDOW, head.size())));
    String title =
        first(lines, H1)
            .or(() -> first(head, COVER))
            .or(() -> headline(head, site))
            .map(t -> EMPHASIS.matcher(t.strip()).replaceAll(""))
            .orElse("");
    return new Metadata(title, site, "", "", null);
  }

  private static Optional<String> first(List<String> lines, Pattern pattern) {
    for (String line : lines) {
      Matcher m = pattern.matcher(line);
      if (m.matches()) {
        return Optional.of(m.group("title"));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> headline(List<String> head, String site) {
    return head.stream()
        .filter(l -> !l.equals(site))
        .map(l -> EMPHASIS.matcher(l).replaceAll(""))
        .filter(l -> !l.isEmpty() && looksLikeHeadline(l))
        .findFirst();
  }

  static boolean looksLikeHeadline(String line) {
    if (line.length() > MAX_TITLE || isBoilerplate(line) || line.contains("://")) {
      return false;
    }
    int firstChar = line.codePointAt(0);
    boolean opens =
        Character.isUpperCase(firstChar)
            || Character.isDigit(firstChar)
            || "\"“‘'".indexOf(firstChar) >= 0;
    char last = line.charAt(line.length() - 1);
    return opens
        && ".:;,?!…".indexOf(last) < 0
        && letterWords(line) >= MIN_TITLE_WORDS
        && !line.startsWith("By ")
        && Dates.find(line).isEmpty()
        && !COVER.matcher(line).matches();
  }

  /** A short Title Case line whose neighbour is navigation boilerplate. */
  private static String navSiteName(List<String> head) {
    for (int i = 0; i < head.size(); i++) {
      boolean besideNav =
          (i > 0 && isBoilerplate(head.get(i - 1)))
              || (i + 1 < head.size() && isBoilerplate(head.get(i + 1)));
      if (besideNav && isTitleCaseName(head.get(i))) {
        return head.get(i);
      }
    }
    return "";
  }

  static boolean isTitleCaseName(String line) {
    if (isBoilerplate(line) || ".:;,?!".indexOf(line.charAt(line.length() - 1)) >= 0) {
      return false;
    }
    String[] words = SPACES.split(line);
    if (words.length > MAX_SITE_WORDS || !Character.isUpperCase(line.codePointAt(0))) {
      return false;
    }
    for (String w : words) {
      boolean ok = CONNECTORS.contains(w) || Character.isUpperCase(w.codePointAt(0));
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** True when {@code line}, lower-cased and without non-letters at either end, is boilerplate. */
  static boolean isBoilerplate(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    int from = 0;
    while (from < lower.length() && !Character.isLetter(lower.codePointAt(from))) {
      from += Character.charCount(lower.codePointAt(from));
    }
    int to = lower.length();
    while (to > from && !Character.isLetter(lower.codePointBefore(to))) {
      to -= Character.charCount(lower.codePointBefore(to));
    }
    return BOILERPLATE.contains(lower.substring(from, to));
  }

  private static int letterWords(String line) {
    int n = 0;
    for (String w : SPACES.split(line)) {
      if (w.codePoints().anyMatch(Character::isLetter)) {
        n++;
      }
    }
    return n;
  }
}
