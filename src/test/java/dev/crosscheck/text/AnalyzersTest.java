package dev.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.Token;
import java.util.ArrayList;
import java.io.InputStream;
import java.util.List;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
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

  /**
   * The shortcuts Analyzers takes (plain words not offered to the tokenizer model, greedy instead
   * of beam tagging) give OpenNLP's own answers, but for the deliberate repairs, on every sentence
   * of the sample corpus.
   */
  @Test
  void tokensAndTagsAreThoseOfThePlainOpenNlpAnalyzers() throws Exception {
    TokenizerModel plainModel;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream(NlpModels.resourceName("tokens"))) {
      plainModel = new TokenizerModel(in);
    }
    TokenizerME plainTokenizer = new TokenizerME(plainModel);
    POSTaggerME beamTagger = new POSTaggerME(SampleCorpus.models().pos(), POSTagFormat.UD);
    Analyzers analyzers = new Analyzers(SampleCorpus.models());
    List<String> sentences = new ArrayList<>(List.of("The insurer set aside GBP 45m for claims."));
    for (Article a : SampleCorpus.articles()) {
      for (Span s : analyzers.sentences(a.text())) {
        sentences.add(s.getCoveredText(a.text()).toString());
      }
    }
    for (String sentence : sentences) {
      String[] words = plainTokenizer.tokenize(sentence);
      List<Token> tokens = analyzers.tokens(sentence);
      assertThat(tokens).extracting(Token::text).as(sentence).containsExactly(words);
      String[] tags = beamTagger.tag(words);
      Analyzers.repairTags(words, tags);
      assertThat(tokens).extracting(Token::tag).as(sentence).containsExactly(tags);
    }
  }
}
