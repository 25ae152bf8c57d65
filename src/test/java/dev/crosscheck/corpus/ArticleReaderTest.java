package dev.crosscheck.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.model.Article;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reader's front door: formats, arguments, robustness and the sample corpus end to end. */
class ArticleReaderTest {
  private final ArticleReader reader = new ArticleReader();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "a.md, md",
    "dir/b.MARKDOWN, md",
    "c.txt, txt",
    "d.html, html",
    "e.HTM, html",
    "f.json, json",
    "g.jsonl, jsonl",
    "h.ndjson, jsonl",
    "i.pdf, -",
    "noext, -",
    ".md, md"
  })
  void formatByExtension(String path, String format) {
    Optional<String> want = format.equals("-") ? Optional.empty() : Optional.of(format);

    assertThat(ArticleReader.formatOf(path)).isEqualTo(want);
  }

  @Test
  void parseUsesTheRelativePathAsIdAndPathAndDropsABom() {
    Article a =
        reader
            .parse("drafts/new.md", "\uFEFFA Draft About The Deal\nText.\n", "MD")
            .articles()
            .get(0);

    assertThat(a.id().value()).isEqualTo("drafts/new.md");
    assertThat(a.path()).isEqualTo("drafts/new.md");
    assertThat(a.text()).isEqualTo("A Draft About The Deal\nText.\n");
    assertThat(a.title()).isEqualTo("A Draft About The Deal");
  }

  @Test
  void badArgumentsAreProgrammerErrors() {
    assertThatThrownBy(() -> reader.parse("a.md", "x", "pdf"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("format must be one of md, txt, html, jsonl, json; was 'pdf'");
    assertThatThrownBy(() -> reader.parse(" ", "x", "md"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("relativePath must not be blank");
    assertThatThrownBy(() -> reader.parse("a.md", null, "md"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("content must not be null");
    assertThatThrownBy(() -> reader.read(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("file must not be null");
  }

  @Test
  void randomTextNeverThrows() {
    long seed = Long.getLong("seed", 42L);
    Random random = new Random(seed);
    String alphabet = "---\n:#\"'<>{}[]/ \r\taZ09.,📰é—\u2011\uFEFF\u0000";
    for (int round = 0; round < 300; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(200);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      for (String format : List.of("md", "txt", "html", "json", "jsonl")) {
        assertThatCode(() -> reader.parse("r.x", text.toString(), format))
            .as("seed %d, round %d, format %s", seed, round, format)
            .doesNotThrowAnyException();
      }
    }
  }

  @Test
  void sampleCorpusScansAndReadsCleanly() {
    Path root = Path.of("src/test/resources/corpus/sample-raw");
    CorpusScanner.Scan scan = new CorpusScanner().scan(List.of(root));

    List<FileRead> reads = scan.files().stream().map(reader::read).toList();

    assertThat(scan.diagnostics()).isEmpty();
    assertThat(reads).allSatisfy(r -> assertThat(r.diagnostics()).isEmpty());
    assertThat(reads)
        .flatMap(FileRead::articles)
        .extracting(a -> a.id().value())
        .containsExactly(
            "000_79769745000d1ea7.txt",
            "001_6ae77cb37f61566b.txt",
            "002_acb12901e763e04e.txt",
            "003_cde06c0756a0f865.txt",
            "004_bd2c3b9bd3b14653.txt");
  }
}
