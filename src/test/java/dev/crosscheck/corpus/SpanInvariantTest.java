package dev.crosscheck.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For Markdown and text, {@code Article.text} is the file content after the front matter,
 * unchanged, and {@code firstLine} is the file line where it starts.
 */
class SpanInvariantTest {
  private static final Path RAW = Path.of("src/test/resources/corpus/sample-raw");

  static Stream<String> samples() throws IOException {
    try (Stream<Path> files = Files.list(RAW)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void rawSampleTextIsTheWholeFile(String name) throws IOException {
    String content = Files.readString(RAW.resolve(name), StandardCharsets.UTF_8);

    Article a = read(RAW, name).get(0);

    assertThat(a.text()).isEqualTo(content);
    assertThat(a.firstLine()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sampleWithFrontMatterKeepsEveryLineInPlace(String name, @TempDir Path dir)
      throws IOException {
    String body = Files.readString(RAW.resolve(name), StandardCharsets.UTF_8);
    String frontMatter = "---\ntitle: \"A title\"\nsource: Somewhere\n---\n";
    Files.writeString(dir.resolve(name), frontMatter + body, StandardCharsets.UTF_8);

    Article a = read(dir, name).get(0);

    assertThat(a.text()).isEqualTo(body);
    assertThat(a.firstLine()).isEqualTo(5);
    List<String> fileLines = (frontMatter + body).lines().toList();
    int offset = body.indexOf("Microsoft");
    int line = a.lineOf(offset);
    assertThat(fileLines.get(line - 1)).contains("Microsoft");
  }

  @Test
  void everyOffsetMapsBackToItsFileLine() {
    long seed = Long.getLong("seed", 20260428L);
    Random random = new Random(seed);
    StringBuilder body = new StringBuilder();
    List<Integer> starts = new java.util.ArrayList<>();
    for (int i = 0; i < 200; i++) {
      starts.add(body.length());
      body.append("line ").append(i).append(random.nextBoolean() ? "\r\n" : "\n");
    }
    String file = "---\ntitle: x\n---\n" + body;

    Article a = new ArticleReader().parse("a.md", file, "md").articles().get(0);

    List<String> lines = file.lines().toList();
    for (int i = 0; i < starts.size(); i++) {
      int line = a.lineOf(starts.get(i) + random.nextInt(5));
      assertThat(lines.get(line - 1)).as("seed %d, line %d", seed, i).isEqualTo("line " + i);
    }
  }

  private static List<Article> read(Path dir, String name) {
    return new ArticleReader().read(new CorpusFile(dir, dir.resolve(name), name)).articles();
  }
}
