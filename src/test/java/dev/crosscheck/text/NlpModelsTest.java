package dev.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NlpModelsTest {
  @Test
  void resourceNamesMatchTheModelJars() {
    assertThat(NlpModels.resourceName("sentence"))
        .isEqualTo("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin");
    for (String kind : new String[] {"sentence", "tokens", "pos", "lemmas"}) {
      assertThat(NlpModels.class.getClassLoader().getResource(NlpModels.resourceName(kind)))
          .as(kind)
          .isNotNull();
    }
  }

  @Test
  void loadDefaultLoadsAllFourModels() {
    NlpModels models = SampleCorpus.models();

    assertThat(models.sentences()).isNotNull();
    assertThat(models.tokens()).isNotNull();
    assertThat(models.pos()).isNotNull();
    assertThat(models.lemmas()).isNotNull();
  }

  @Test
  void missingResourceIsNamed() {
    ClassLoader empty = new ClassLoader(null) {};

    assertThatThrownBy(() -> NlpModels.loadFrom(empty))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "OpenNLP model resource 'opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin' not found on the"
                + " classpath (is the opennlp-models-*-en jar missing?)");
  }
}
