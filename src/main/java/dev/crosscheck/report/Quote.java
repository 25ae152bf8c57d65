package dev.crosscheck.report;

import dev.crosscheck.model.Claim;

/**
 * A claim's sentence split around its surface, for quoting with the surface highlighted. Immutable.
 *
 * <p>The model does not say where the sentence starts in the article, so the surface is looked up
 * in the sentence: among its occurrences, the one that puts the sentence at the claim's span in the
 * {@link dev.crosscheck.model.Article#text()} wins ("20% … 20%" marks the right one); else the
 * first occurrence. {@code found} is false when the sentence does not contain the surface; then
 * {@code before} holds the whole sentence and {@code marked} the surface, shown after it.
 */
record Quote(String before, String marked, String after, boolean found) {
  private static final String ELLIPSIS = "\u2026";

  /** The quote for {@code claim}; {@code articleText} is its article's text, or empty. */
  static Quote of(Claim claim, String articleText) {
    String sentence = claim.sentence();
    String surface = claim.surface();
    int at = surface.isEmpty() ? -1 : locate(sentence, surface, claim.span().start(), articleText);
    if (at < 0) {
      return new Quote(sentence, surface, "", false);
    }
    return new Quote(
        sentence.substring(0, at), surface, sentence.substring(at + surface.length()), true);
  }

  private static int locate(String sentence, String surface, int spanStart, String text) {
    int first = sentence.indexOf(surface);
    for (int k = first; k >= 0; k = sentence.indexOf(surface, k + 1)) {
      int sentenceStart = spanStart - k;
      if (sentenceStart >= 0 && text.startsWith(sentence, sentenceStart)) {
        return k;
      }
    }
    return first;
  }

  /** This quote with {@code before} and {@code after} cut to about {@code context} characters. */
  Quote trimmed(int context) {
    if (!found) {
      return new Quote(head(before, 2 * context), marked, "", false);
    }
    return new Quote(tail(before, context), marked, head(after, context), found);
  }

  private static String tail(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int from = s.length() - max;
    if (Character.isLowSurrogate(s.charAt(from))) {
      from++;
    }
    return ELLIPSIS + s.substring(from).stripLeading();
  }

  private static String head(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int to = max;
    if (Character.isLowSurrogate(s.charAt(to))) {
      to--;
    }
    return s.substring(0, to).stripTrailing() + ELLIPSIS;
  }

  /** The quote as HTML: escaped text with the surface in {@code <mark>}. */
  String html() {
    if (!found) {
      String asWritten = " <span class=\"as-written\">(as written: <mark>" + Html.text(marked);
      return Html.text(before) + (marked.isEmpty() ? "" : asWritten + "</mark>)</span>");
    }
    return Html.text(before) + "<mark>" + Html.text(marked) + "</mark>" + Html.text(after);
  }
}
