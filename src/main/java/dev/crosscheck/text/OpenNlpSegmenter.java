package dev.crosscheck.text;

import dev.crosscheck.internal.Checks;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.model.TextSpan;
import dev.crosscheck.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import opennlp.tools.util.Span;

/**
 * The {@link Segmenter} built on Apache OpenNLP and the English UD models. Thread-safe: the models
 * are shared, and each thread gets its own OpenNLP analyzers on first use.
 *
 * <p>For each article: split the text into blocks (paragraphs with hard wraps joined, headings,
 * list items, table rows, quote lines), normalize each block with an offset map, detect sentences
 * in it, and tokenize, tag and lemmatize the sentences for which {@code mayHoldClaim} is true.
 * Every character of the article that is prose ends up in some sentence; only markup (link targets,
 * URLs, bullets, table separators) and whitespace are left out.
 */
public final class OpenNlpSegmenter implements Segmenter {
  private final Predicate<CharSequence> mayHoldClaim;
  private final ThreadLocal<Analyzers> analyzers;
  private final BlockSplitter splitter = new BlockSplitter();
  private final TextNormalizer normalizer = new TextNormalizer();

  private OpenNlpSegmenter(NlpModels models, Predicate<CharSequence> mayHoldClaim) {
    this.mayHoldClaim = mayHoldClaim;
    this.analyzers = ThreadLocal.withInitial(() -> new Analyzers(models));
  }

  /**
   * A segmenter on {@code models} that tokenizes and tags only the sentences whose normalized text
   * {@code mayHoldClaim} accepts (for example: contains a digit or a number word); the others get
   * no tokens. The predicate must be thread-safe and is called once per sentence.
   */
  public static OpenNlpSegmenter create(NlpModels models, Predicate<CharSequence> mayHoldClaim) {
    Checks.notNull(models, "models");
    Checks.notNull(mayHoldClaim, "mayHoldClaim");
    return new OpenNlpSegmenter(models, mayHoldClaim);
  }

  /**
   * The sentences of {@code article}, indexed from 0 in text order. Never null; empty for a blank
   * article.
   */
  @Override
  public List<Sentence> segment(Article article) {
    Checks.notNull(article, "article");
    Analyzers nlp = analyzers.get();
    List<Sentence> out = new ArrayList<>();
    for (TextSpan block : splitter.split(article.text())) {
      NormalizedText normalized = normalizer.normalize(article.text(), block.start(), block.end());
      for (Span span : nlp.sentences(normalized.text())) {
        addSentence(out, article, normalized, span.getStart(), span.getEnd(), nlp);
      }
    }
    return out;
  }

  private void addSentence(
      List<Sentence> out,
      Article article,
      NormalizedText block,
      int start,
      int end,
      Analyzers nlp) {
    String text = block.text();
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (s == e) {
      return;
    }
    String sentence = text.substring(s, e);
    TextSpan span = block.sourceSpan(s, e);
    List<Token> tokens = mayHoldClaim.test(sentence) ? nlp.tokens(sentence) : List.of();
    out.add(
        new Sentence(
            article.id(),
            out.size(),
            span,
            span.in(article.text()),
            sentence,
            block.sliceMap(s, e),
            tokens));
  }
}
