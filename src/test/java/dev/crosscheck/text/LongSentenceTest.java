package dev.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.Sentence;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run-on "sentence" of 18,000 tokens is tagged in windows, in time linear in its length. */
class LongSentenceTest {
  @Test
  void taggingARunOnLineStaysLinear() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      text.append("revenue was $").append(i).append(" million and ");
    }
    Article article = new Article(ArticleId.of("long.md"), "long.md", "", "", "", "", null, text.toString(), 1);
    OpenNlpSegmenter segmenter = OpenNlpSegmenter.create(NlpModels.loadDefault(), s -> true);
    List<Sentence> sentences =
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> segmenter.segment(article));
    int tokens = sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    assertThat(tokens).isGreaterThan(15_000);
    assertThat(sentences).allSatisfy(s -> assertThat(s.tokens()).allSatisfy(t -> assertThat(t.tag()).isNotBlank()));
  }
}
