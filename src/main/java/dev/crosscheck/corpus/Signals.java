package dev.crosscheck.corpus;

import dev.crosscheck.internal.Texts;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads metadata that an article states in its own lines when no front matter gives it: a {@code >
 * Source: <url>} header, a {@code Published:} line or a byline date, credit lines such as {@code
 * Originally reported by X} or {@code 📰 Source: X}, and the outlet's own name in phrases like
 * {@code Written by X Editorial Team} or {@code stories from X}. Title and navigation-bar site
 * names are left to {@link Headlines}. Patterns that try every position of a line run only on
 * lines holding a word they need ({@link Texts}): most lines are body text. Stateless.
 */
final class Signals {
  static final int HEAD = 15;
  static final int TAIL = 15;
  private static final int SHORT = 120;
  private static final int VIA_MAX = 60;

  /**
   * Longer lines are body paragraphs: they keep their place in the line list (so the header window
   * stays the same) but are replaced by a mark no probe matches, which also bounds the work of
   * every pattern.
   */
  private static final int MAX_LINE = 400;

  private static final String LONG_LINE = "…";

  /** {@code > Source: <https://www.nextplatform.com/ai/...>}, {@code URL: https://...}. */
  private static final Pattern URL_LINE =
      Pattern.compile(
          "^[>\\s*_]*(?:source|url|link|canonical(?:\\s+url)?)\\s*:"
              + "\\s*<?(?<url>https?://[^\\s<>]+)",
          Pattern.CASE_INSENSITIVE);

  /** {@code > Published: 2026-04-28 02:48:18+00:00}, {@code Date: Apr 27, 2026}. */
  private static final Pattern DATE_LINE =
      Pattern.compile(
          "^[>\\s*_]*(?:published|date|posted)(?:\\s+on)?\\s*:?\\s+(?<rest>.+)",
          Pattern.CASE_INSENSITIVE);

  /** {@code Originally reported by The Next Platform}. */
  private static final Pattern ORIGINALLY =
      Pattern.compile(
          "\\boriginally\\s+(?:reported|published|appeared)\\s+(?:by|in|on|at)\\s+(?<name>.+)",
          Pattern.CASE_INSENSITIVE);

  /** {@code 📰 Source: The Next Platform 🔗} (a name, not {@code Sources:} and not a URL). */
  private static final Pattern SOURCE_CREDIT =
      Pattern.compile("^[^\\p{L}\\p{N}]*source\\s*:\\s*(?<name>.+)$", Pattern.CASE_INSENSITIVE);

  /** {@code via Reuters} on a line of its own. */
  private static final Pattern VIA =
      Pattern.compile("^[^\\p{L}\\p{N}]*via\\s+(?<name>.+)$", Pattern.CASE_INSENSITIVE);

  /** A capitalised word; an inner dot is allowed ({@code Unite.AI}), a final one ends the name. */
  private static final String WORD = "\\p{Lu}[\\p{L}\\p{N}'’&-]*(?:\\.[\\p{L}\\p{N}]+)*";

  private static final String NAME =
      "(?<name>" + WORD + "(?:\\s(?:of|the|and|for|on|&|" + WORD + ")){0,4})";

  /** {@code Chip Beat Editorial Team}, {@code Written by The Verge Staff}. */
  private static final Pattern EDITORIAL =
      Pattern.compile(
          "^(?i:written\\s+by\\s+|by\\s+)?"
              + NAME
              + "\\s+(?i:editorial\\s+(?:team|staff|board)|editors|newsroom|news\\s+desk|staff)"
              + "\\.?$");

  /** {@code The week's most important stories from Chip Beat, delivered once a week.} */
  private static final Pattern FROM =
      Pattern.compile(
          "\\b(?i:stories|news|newsletter|updates|headlines|coverage)\\s+from\\s+" + NAME);

  /** {@code © 2026 Chip Beat. All rights reserved.} */
  private static final Pattern COPYRIGHT =
      Pattern.compile(
          "(?:©|\\([cC]\\)|(?i:copyright))\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s+)?" + NAME);

  private static final Pattern LINE_BREAK = Pattern.compile("\\R");

  private Signals() {}

  /**
   * All metadata {@code text} states about itself: {@link Headlines} for title and navigation site
   * name, then the signals of this class. Lines longer than 400 characters are not read.
   */
  static Metadata fromText(String text) {
    List<String> lines =
        LINE_BREAK
            .splitAsStream(text)
            .map(String::strip)
            .filter(l -> !l.isEmpty())
            .map(l -> l.length() > MAX_LINE ? LONG_LINE : l)
            .toList();
    return Headlines.sniff(lines).orElse(sniff(lines));
  }

  /** Everything {@code lines} (the non-blank lines of the body, stripped) say about themselves. */
  static Metadata sniff(List<String> lines) {
    List<String> head = lines.subList(0, Math.min(HEAD, lines.size()));
    List<String> tail = lines.subList(Math.max(0, lines.size() - TAIL), lines.size());
    String url = first(head, l -> group(URL_LINE, l, "url")).orElse("");
    return new Metadata("", siteName(lines), url, credit(lines, tail), published(head));
  }

  private static LocalDate published(List<String> head) {
    Optional<LocalDate> stated = first(head, l -> group(DATE_LINE, l, "rest").flatMap(Dates::find));
    return stated
        .or(() -> first(head, l -> l.length() <= SHORT ? Dates.find(l) : Optional.empty()))
        .orElse(null);
  }

  private static String credit(List<String> all, List<String> tail) {
    return first(all, l -> l.length() <= SHORT && Texts.containsAnyIgnoreCase(l, "originally")
            ? name(ORIGINALLY, l) : Optional.empty())
        .or(() -> first(tail, l -> name(SOURCE_CREDIT, l)))
        .or(() -> first(tail, l -> l.length() <= VIA_MAX ? name(VIA, l) : Optional.empty()))
        .orElse("");
  }

  private static String siteName(List<String> lines) {
    return first(lines, l -> name(EDITORIAL, l))
        .or(() -> first(lines, l -> Texts.containsAnyIgnoreCase(l, "from")
            ? name(FROM, l) : Optional.empty()))
        .or(() -> first(lines, l -> Texts.containsAnyIgnoreCase(l, "©", "(c)", "copyright")
            ? name(COPYRIGHT, l) : Optional.empty()))
        .orElse("");
  }

  private static Optional<String> name(Pattern pattern, String line) {
    return group(pattern, line, "name").flatMap(Names::clean);
  }

  private static Optional<String> group(Pattern pattern, String line, String group) {
    Matcher m = pattern.matcher(line);
    return m.find() ? Optional.of(m.group(group)) : Optional.empty();
  }

  private static <T> Optional<T> first(List<String> lines, Function<String, Optional<T>> probe) {
    for (String line : lines) {
      Optional<T> found = probe.apply(line);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
