package dev.crosscheck.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Metadata found in the five raw sample articles, which have no front matter. */
class SampleMetadataTest {
  private static final Path DIR = Path.of("src/test/resources/corpus/sample-raw");
  private static final String URL_000 =
      "https://www.nextplatform.com/ai/2026/04/28/"
          + "microsoft-and-openai-remain-friends-are-looking-to-hook-up-with-others/5218929";

  static Stream<Arguments> samples() {
    return Stream.of(
        Arguments.of(
            "000_79769745000d1ea7.txt",
            "Microsoft And OpenAI Remain Friends, Are Looking To Hook Up With Others",
            "nextplatform.com",
            URL_000,
            "2026-04-28",
            ""),
        Arguments.of(
            "001_6ae77cb37f61566b.txt", "001_6ae77cb37f61566b", "", "", null, "The Next Platform"),
        Arguments.of(
            "002_acb12901e763e04e.txt",
            "Microsoft and OpenAI Enter the Next Phase — A More Flexible Partnership for the AI"
                + " Era",
            "The Quantum Dispatch",
            "",
            "2026-04-27",
            ""),
        Arguments.of(
            "003_cde06c0756a0f865.txt",
            "Microsoft, OpenAI Revise Partnership, Allowing Multi\u2011Cloud AI Model Access",
            "",
            "",
            null,
            ""),
        Arguments.of(
            "004_bd2c3b9bd3b14653.txt",
            "Microsoft & OpenAI Loosen Ties: The Future of AI Partnership",
            "Chip Beat",
            "",
            null,
            "The Next Platform"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void findsMetadataInTheText(
      String name, String title, String source, String url, String published, String credit) {
    FileRead read = new ArticleReader().read(new CorpusFile(DIR, DIR.resolve(name), name));

    assertThat(read.diagnostics()).isEmpty();
    assertThat(read.articles()).hasSize(1);
    Article a = read.articles().get(0);
    assertThat(a.title()).as("title").isEqualTo(title);
    assertThat(a.source()).as("source").isEqualTo(source);
    assertThat(a.url()).as("url").isEqualTo(url);
    assertThat(a.published())
        .as("published")
        .isEqualTo(published == null ? null : LocalDate.parse(published));
    assertThat(a.credit()).as("credit").isEqualTo(credit);
    assertThat(a.id().value()).isEqualTo(name);
    assertThat(a.firstLine()).isEqualTo(1);
  }
}
