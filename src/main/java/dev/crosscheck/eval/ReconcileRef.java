package dev.crosscheck.eval;

import dev.crosscheck.internal.Checks;
import java.util.regex.Pattern;

/**
 * One claim named in a gold file: {@code file: text before [the number] text after}. {@code file}
 * is the article's file name or a prefix of it that names one article; the text is quoted from the
 * article body (whitespace may differ, straight and curly apostrophes and the hyphen variants are
 * interchangeable) and the bracketed part marks the number. Without brackets the whole text is the
 * mark. Immutable.
 */
record ReconcileRef(String file, String before, String marked, String after) {
  ReconcileRef {
    Checks.notNull(file, "file");
    Checks.notNull(before, "before");
    Checks.notNull(marked, "marked");
    Checks.notNull(after, "after");
    Checks.argument(!file.isBlank(), "a gold reference needs a file before ': '");
    Checks.argument(!marked.isBlank(), "gold reference to %s marks no text", file);
  }

  /** Parses {@code file: text [mark] text}; throws when the syntax is wrong. */
  static ReconcileRef parse(String text) {
    int colon = text.indexOf(": ");
    Checks.argument(colon > 0, "gold reference '%s' must read 'file: quoted text'", Checks.snippet(text));
    String file = text.substring(0, colon).strip();
    String quote = text.substring(colon + 2).strip();
    int open = quote.indexOf('[');
    int close = quote.indexOf(']');
    if (open < 0 && close < 0) {
      return new ReconcileRef(file, "", quote, "");
    }
    Checks.argument(open >= 0 && close > open && quote.indexOf('[', open + 1) < 0
            && quote.indexOf(']', close + 1) < 0,
        "gold reference '%s' must mark the number with one pair of brackets", Checks.snippet(text));
    return new ReconcileRef(file, quote.substring(0, open), quote.substring(open + 1, close),
        quote.substring(close + 1));
  }

  /** A pattern for the quoted text whose group 1 is the marked part. */
  Pattern pattern() {
    return Pattern.compile(loose(before) + "(" + loose(marked) + ")" + loose(after));
  }

  private static String loose(String text) {
    StringBuilder out = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (Character.isWhitespace(ch)) {
        space = true;
        continue;
      }
      if (space) {
        out.append("\\s+");
        space = false;
      }
      out.append(looseChar(ch));
    }
    return space ? out.append("\\s+").toString() : out.toString();
  }

  private static String looseChar(char ch) {
    if (ch == '\'' || ch == '\u2019') {
      return "['\u2019]";
    }
    if (ch == '-' || ch == '\u2010' || ch == '\u2011') {
      return "[-\u2010\u2011]";
    }
    return Pattern.quote(String.valueOf(ch));
  }

  @Override
  public String toString() {
    return file + ": " + before + "[" + marked + "]" + after;
  }
}
