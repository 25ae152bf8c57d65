package dev.crosscheck.model;

import dev.crosscheck.internal.Checks;
import java.util.List;

/**
 * One sentence (or heading, list item or table row) of an article. Immutable.
 *
 * <p>{@code span} locates the sentence in {@link Article#text()} and {@code original} is the text
 * it covers. {@code text} is the normalized form used for analysis (NFKC, straight quotes, ASCII
 * hyphens and spaces, hard line wraps joined); {@code offsets} maps offsets of {@code text} to
 * offsets of {@code original}. {@code tokens} index into {@code text}; they are empty when the
 * segmenter judged the sentence to hold no number and skipped tagging.
 */
public record Sentence(
    ArticleId articleId,
    int index,
    TextSpan span,
    String original,
    String text,
    OffsetMap offsets,
    List<Token> tokens) {

  public Sentence {
    Checks.notNull(articleId, "articleId");
    Checks.notNull(span, "span");
    Checks.notNull(original, "original");
    Checks.notNull(text, "text");
    Checks.notNull(offsets, "offsets");
    Checks.argument(index >= 0, "sentence index must be >= 0, was %d", index);
    Checks.argument(
        original.length() == span.length(),
        "original length %d does not match span %s",
        original.length(),
        span);
    Checks.argument(
        offsets.length() == text.length() && offsets.originalLength() == original.length(),
        "offset map %s does not fit text length %d / original length %d",
        offsets,
        text.length(),
        original.length());
    tokens = List.copyOf(tokens);
  }

  /** The span in the article text of normalized characters {@code [start, end)}. */
  public TextSpan articleSpan(int start, int end) {
    return offsets.toOriginal(start, end).shift(span.start());
  }

  /** The original text behind normalized characters {@code [start, end)}. */
  public String originalText(int start, int end) {
    return offsets.toOriginal(start, end).in(original);
  }
}
