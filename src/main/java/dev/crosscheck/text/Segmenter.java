package dev.crosscheck.text;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.Sentence;
import java.util.List;

/**
 * Splits an article into sentences with offsets into its original text. Implementations are
 * thread-safe.
 */
public interface Segmenter {
  /**
   * The sentences of {@code article} in order. Every sentence's span lies inside {@link
   * Article#text()} and its {@code original} equals the text there. Sentences that may hold a claim
   * are tokenized and tagged; others have no tokens.
   */
  List<Sentence> segment(Article article);
}
