package dev.crosscheck.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.Diagnostic;
import dev.crosscheck.model.Severity;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Articles over the size limits are dropped with one ERROR; the others in the file are kept. */
class LimitsTest {
  private static final String SENTENCE = "The firm paid $3 billion in 2024. ";
  private final ArticleReader reader = new ArticleReader();

  static Stream<Arguments> oversized() {
    String longLine = "x".repeat(Limits.MAX_LINE_CHARS + 1);
    String longText = (SENTENCE.repeat(100) + "\n").repeat(Limits.MAX_TEXT_CHARS / 3_400 + 1);
    return Stream.of(
        Arguments.of("md", "one line", longLine, 1, "line of 100001 characters"),
        Arguments.of("md", "long line after short ones", "a\nb\n" + longLine + "\nc", 3,
            "line of 100001 characters without a line break (limit 100000): not article text"),
        Arguments.of("md", "front matter shifts the line",
            "---\ntitle: T\n---\n" + longLine, 4, "line of 100001"),
        Arguments.of("txt", "long text", longText, 0,
            "article text too long (" + longText.length() + " characters, limit 500000)"),
        Arguments.of("html", "html", "<p>" + longLine + "</p>", 1, "line of 100001"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("oversized")
  void oversizedArticleIsSkippedWithOneError(
      String format, String name, String content, int line, String message) {
    FileRead read = reader.parse("big." + format, content, format);

    assertThat(read.articles()).isEmpty();
    assertThat(read.diagnostics())
        .singleElement()
        .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR))
        .satisfies(d -> assertThat(d.file()).isEqualTo("big." + format))
        .satisfies(d -> assertThat(d.line()).isEqualTo(line))
        .satisfies(d -> assertThat(d.message()).contains(message).endsWith("skipped"));
  }

  @Test
  void oneOversizedJsonRecordIsSkippedAndNamed() {
    String big = "y".repeat(Limits.MAX_LINE_CHARS + 1);
    String lines =
        "{\"text\": \"" + SENTENCE + "\"}\n{\"text\": \"" + big + "\"}\n{\"text\": \"" + SENTENCE
            + "\"}\n";

    FileRead read = reader.parse("feed.jsonl", lines, "jsonl");

    assertThat(read.articles()).extracting(a -> a.id().value())
        .containsExactly("feed.jsonl#1", "feed.jsonl#3");
    assertThat(read.diagnostics())
        .extracting(Diagnostic::severity, Diagnostic::message)
        .containsExactly(tuple(Severity.ERROR,
            "record 2: line of 100001 characters without a line break (limit 100000):"
                + " not article text, skipped"));
  }

  @Test
  void articlesAtTheLimitsAreKept() {
    String line = "z".repeat(Limits.MAX_LINE_CHARS);
    String text = (line + "\n").repeat(4) + "w".repeat(Limits.MAX_TEXT_CHARS - 4 * (line.length() + 1));

    FileRead read = reader.parse("edge.txt", text, "txt");

    assertThat(read.diagnostics()).isEmpty();
    assertThat(read.articles()).extracting(Article::text).containsExactly(text);
  }
}
