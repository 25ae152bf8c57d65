package dev.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.Token;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class AnalyzersTest {
  /** Every sentence of the sample corpus, tokenized by a fresh instance and by a warm one. */
  @Test
  void rememberedLemmaScriptsAreTheModelsOwnAnswers() {
    List<String> sentences = new ArrayList<>();
    Analyzers splitter = new Analyzers(SampleCorpus.models());
    for (Article a : SampleCorpus.articles()) {
      for (Span s : splitter.sentences(a.text())) {
        sentences.add(s.getCoveredText(a.text()).toString());
      }
    }
    Analyzers warm = new Analyzers(SampleCorpus.models());
    sentences.forEach(warm::tokens);
    for (String sentence : sentences) {
      List<Token> cold = new Analyzers(SampleCorpus.models()).tokens(sentence);
      assertThat(warm.tokens(sentence)).as(sentence).isEqualTo(cold);
    }
  }
}
