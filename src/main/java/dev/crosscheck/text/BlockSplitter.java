package dev.crosscheck.text;

import dev.crosscheck.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits article text into blocks, the units handed to the sentence detector. Stateless and
 * thread-safe.
 *
 * <p>A block is a paragraph, or one structural line: a Markdown heading, a list item, a table row
 * or a {@code >} quote line. Leading list bullets, heading hashes and quote markers are left out of
 * the block; table separator rows ({@code |---|---|}) and thematic breaks are skipped. Inside a
 * paragraph a line break is a soft (hard-wrapped) break, and the lines are joined, when the line
 * before is long, does not end a sentence and is not in Title Case, and the next line is plain and
 * does not look like a heading (short, not ending a sentence, not starting lower case). Otherwise
 * each line is its own block, so both hard-wrapped text and one-paragraph-per-line text with short
 * heading lines work.
 */
final class BlockSplitter {
  /** A line shorter than this never soft-wraps into the next one. */
  static final int MIN_WRAPPED_LINE = 40;

  /** Long capitalized words a line needs to count as a title. */
  static final int TITLE_MIN_WORDS = 3;

  private enum LineKind {
    BLANK,
    RULE,
    HEADING,
    ITEM,
    TABLE_ROW,
    QUOTE,
    PLAIN
  }

  /** "## What Happened": ATX heading, marker is the hashes. */
  private static final Pattern HEADING = Pattern.compile("^[ \\t]{0,3}\\#{1,6}(?:[ \\t]|$)");

  /** "• Microsoft is…", " - item", "* item", "12. item", "3) item". */
  private static final Pattern ITEM = Pattern.compile("^[ \\t]*(?:[•*+\\-]|\\d{1,3}[.)])[ \\t]");

  /** "| $30B | Anthropic's compute commitment |". */
  private static final Pattern TABLE_ROW = Pattern.compile("^[ \\t]*\\|");

  /** "> Source: <https://…>". */
  private static final Pattern QUOTE = Pattern.compile("^[ \\t]{0,3}>[ \\t]?");

  /** "|---|:--:|", "---", "***": table separator rows and thematic breaks, no text. */
  private static final Pattern RULE = Pattern.compile("^[ \\t]*[|:]?[ \\t]*[-=*_][-=*_|: \\t]*$");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** The blocks of {@code text}, in order, each trimmed of surrounding whitespace. */
  List<TextSpan> split(String text) {
    List<TextSpan> blocks = new ArrayList<>();
    int paragraphStart = -1;
    int paragraphEnd = -1;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int next = text.indexOf('\n', lineStart);
      int lineEnd = next < 0 ? text.length() : next;
      LineKind kind = classify(text, lineStart, lineEnd);
      boolean joins =
          kind == LineKind.PLAIN
              && paragraphStart >= 0
              && softWrap(
                  text, lastLineStart(text, paragraphEnd), paragraphEnd, lineStart, lineEnd);
      if (joins) {
        paragraphEnd = lineEnd;
      } else {
        addTrimmed(blocks, text, paragraphStart, paragraphEnd);
        paragraphStart = kind == LineKind.PLAIN ? lineStart : -1;
        paragraphEnd = lineEnd;
        if (isStructural(kind)) {
          addTrimmed(blocks, text, contentStart(kind, text, lineStart, lineEnd), lineEnd);
        }
      }
      lineStart = lineEnd + 1;
    }
    addTrimmed(blocks, text, paragraphStart, paragraphEnd);
    return blocks;
  }

  private static LineKind classify(String text, int start, int end) {
    CharSequence line = text.subSequence(start, end);
    if (line.toString().isBlank()) {
      return LineKind.BLANK;
    }
    if (RULE.matcher(line).matches()) {
      return LineKind.RULE;
    }
    if (HEADING.matcher(line).lookingAt()) {
      return LineKind.HEADING;
    }
    if (TABLE_ROW.matcher(line).lookingAt()) {
      return LineKind.TABLE_ROW;
    }
    if (QUOTE.matcher(line).lookingAt()) {
      return LineKind.QUOTE;
    }
    return ITEM.matcher(line).lookingAt() ? LineKind.ITEM : LineKind.PLAIN;
  }

  private static boolean isStructural(LineKind kind) {
    return kind != LineKind.BLANK && kind != LineKind.RULE && kind != LineKind.PLAIN;
  }

  private static int contentStart(LineKind kind, String text, int start, int end) {
    Pattern marker =
        switch (kind) {
          case HEADING -> HEADING;
          case ITEM -> ITEM;
          case QUOTE -> QUOTE;
          default -> null;
        };
    if (marker == null) {
      return start;
    }
    Matcher m = marker.matcher(text.subSequence(start, end));
    return m.lookingAt() ? start + m.end() : start;
  }

  private static boolean softWrap(String text, int prevStart, int prevEnd, int start, int end) {
    String prev = text.substring(prevStart, prevEnd).strip();
    String line = text.substring(start, end).strip();
    if (prev.length() < MIN_WRAPPED_LINE || endsSentence(prev) || isTitleLike(prev)) {
      return false;
    }
    boolean headingLike =
        line.length() < MIN_WRAPPED_LINE
            && !endsSentence(line)
            && !Character.isLowerCase(line.codePointAt(0));
    return !headingLike;
  }

  /** True when {@code line} ends with . ? ! : ; or … , possibly followed by quotes or emphasis. */
  static boolean endsSentence(String line) {
    int i = line.length() - 1;
    while (i >= 0 && "\"'”’*_)".indexOf(line.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".?!:;…".indexOf(line.charAt(i)) >= 0;
  }

  /**
   * True for a Title Case line such as "Microsoft, OpenAI Revise Partnership, Allowing Multi-Cloud
   * AI Model Access": at least {@value #TITLE_MIN_WORDS} words of four or more letters, each
   * starting upper case. Wrapped prose lines almost always hold a lower-case long word.
   */
  static boolean isTitleLike(String line) {
    int longWords = 0;
    for (String word : WHITESPACE.split(line)) {
      int letters = (int) word.chars().filter(Character::isLetter).count();
      if (letters >= 4) {
        int first = word.codePoints().filter(Character::isLetter).findFirst().orElse('a');
        if (!Character.isUpperCase(first)) {
          return false;
        }
        longWords++;
      }
    }
    return longWords >= TITLE_MIN_WORDS;
  }

  private static int lastLineStart(String text, int end) {
    return text.lastIndexOf('\n', end - 1) + 1;
  }

  private static void addTrimmed(List<TextSpan> blocks, String text, int start, int end) {
    if (start < 0) {
      return;
    }
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (s < e) {
      blocks.add(new TextSpan(s, e));
    }
  }
}
