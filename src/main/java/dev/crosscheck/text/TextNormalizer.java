package dev.crosscheck.text;

import java.text.Normalizer;

/**
 * Normalizes one block of article text for analysis, keeping for every normalized character the
 * original range it came from. Stateless and thread-safe.
 *
 * <p>In order of precedence:
 *
 * <ol>
 *   <li>markup found by {@link MarkupMasker} (link targets, URLs, emphasis, pipes) becomes spaces;
 *   <li>line breaks, tabs, other control characters and all Unicode spaces (NBSP, thin space…)
 *       become {@code ' '};
 *   <li>format characters (zero-width space and joiners, soft hyphen, bidi controls, BOM) are
 *       removed;
 *   <li>hyphens and dashes U+2010–U+2015 and minus U+2212 become {@code '-'}, curly single quotes
 *       {@code '}, curly double quotes {@code "}, fraction slash {@code /};
 *   <li>everything else is NFKC-normalized one base character plus its combining marks at a time
 *       ({@code …} becomes {@code ...}, {@code ½} becomes {@code 1/2}, each output character mapped
 *       to the whole source range).
 * </ol>
 */
final class TextNormalizer {
  private final MarkupMasker masker = new MarkupMasker();

  /**
   * Normalizes {@code source[start, end)}; ranges in the result are offsets into {@code source}.
   */
  NormalizedText normalize(String source, int start, int end) {
    boolean[] mask = masker.mask(source.subSequence(start, end));
    NormalizedText.Builder out = new NormalizedText.Builder(end - start);
    int i = start;
    while (i < end) {
      if (mask[i - start]) {
        out.append(' ', i, i + 1);
        i++;
        continue;
      }
      int j = i + Character.charCount(source.codePointAt(i));
      while (j < end && !mask[j - start] && isMark(source.codePointAt(j))) {
        j += Character.charCount(source.codePointAt(j));
      }
      appendUnit(out, source, i, j);
      i = j;
    }
    return out.build();
  }

  private static void appendUnit(NormalizedText.Builder out, String source, int from, int to) {
    char first = source.charAt(from);
    if (to - from == 1 && first < 0x80 && first >= ' ' && first != 0x7f) {
      out.append(first, from, to);
      return;
    }
    if (Character.getType(source.codePointAt(from)) == Character.FORMAT) {
      return;
    }
    String unit = source.substring(from, to);
    if (from > 0 && Character.isDigit(source.charAt(from - 1)) && VULGAR_FRACTIONS.contains(unit)) {
      // "5½%" is 5.5%: NFKC alone makes it "51/2", fifty-one halves
      out.append('-', from, to);
    }
    String normalized =
        Normalizer.isNormalized(unit, Normalizer.Form.NFKC)
            ? unit
            : Normalizer.normalize(unit, Normalizer.Form.NFKC);
    for (int k = 0; k < normalized.length(); k++) {
      char c = normalized.charAt(k);
      if (!isRemoved(c)) {
        out.append(map(c), from, to);
      }
    }
  }

  /** Halves, quarters and eighths, which follow a whole number as part of it: "5½", "2¼". */
  private static final java.util.Set<String> VULGAR_FRACTIONS = java.util.Set.of("\u00BD",
      "\u00BC", "\u00BE", "\u215B", "\u215C", "\u215D", "\u215E");

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isRemoved(char c) {
    return Character.getType(c) == Character.FORMAT;
  }

  /** The replacement of one normalized char (surrogates pass through unchanged). */
  static char map(char c) {
    if (Character.isISOControl(c) || Character.isSpaceChar(c) || Character.isWhitespace(c)) {
      return ' ';
    }
    if ((c >= '\u2010' && c <= '\u2015') || c == '\u2212') {
      return '-';
    }
    return switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F' -> '"';
      case '\u2044' -> '/';
      default -> c;
    };
  }
}
