package dev.crosscheck.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.Diagnostic;
import dev.crosscheck.model.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** JSON objects, arrays and JSON lines. */
class JsonArticlesTest {
  private final ArticleReader reader = new ArticleReader();

  @Test
  void jsonLinesKeepGoingAfterABrokenLine() {
    String content =
        "{\"title\":\"One\",\"source\":\"Wire\",\"url\":\"https://a.example/1\","
            + "\"published\":\"2026-04-27\",\"text\":\"First text.\",\"credit\":\"Reuters\"}\n"
            + "{\"title\": \"Two\", \"text\": \"broken\"\n"
            + "\n"
            + "{\"title\":\"Three\",\"text\":\"Third text.\"}\n";

    FileRead read = reader.parse("feed.jsonl", content, "jsonl");

    assertThat(read.articles())
        .extracting(a -> a.id().value(), Article::title, Article::text)
        .containsExactly(
            tuple("feed.jsonl#1", "One", "First text."),
            tuple("feed.jsonl#3", "Three", "Third text."));
    Article first = read.articles().get(0);
    assertThat(first.source()).isEqualTo("Wire");
    assertThat(first.url()).isEqualTo("https://a.example/1");
    assertThat(first.published()).isEqualTo(LocalDate.of(2026, 4, 27));
    assertThat(first.credit()).isEqualTo("Reuters");
    assertThat(first.firstLine()).isEqualTo(1);
    assertThat(read.diagnostics())
        .extracting(Diagnostic::severity, Diagnostic::file, Diagnostic::line)
        .containsExactly(tuple(Severity.WARNING, "feed.jsonl", 2));
    assertThat(read.diagnostics().get(0).message()).doesNotContain("\n");
  }

  @Test
  void jsonArrayNumbersRecordsAndReportsBadOnes() {
    String content =
        "[{\"title\":\"A\",\"text\":\"Alpha.\"}, 42, {\"title\":\"C\"},"
            + " {\"title\": 7, \"published\": \"soon\", \"text\":\"Gamma.\"}]";

    FileRead read = reader.parse("list.json", content, "json");

    assertThat(read.articles())
        .extracting(a -> a.id().value(), Article::title)
        .containsExactly(tuple("list.json#1", "A"), tuple("list.json#4", "list#4"));
    assertThat(read.diagnostics())
        .extracting(Diagnostic::message)
        .containsExactly(
            "record 2 is not a JSON object, skipped",
            "record 3 has no text, skipped",
            "field 'title' of record 4 must be a string, ignored",
            "'published' of record 4 is not a date: 'soon'");
  }

  @Test
  void singleObjectUsesThePathAsId() {
    FileRead read =
        reader.parse("one.json", "{\"text\":\"Only.\",\"date\":\"April 27, 2026\"}", "json");

    Article a = read.articles().get(0);
    assertThat(a.id().value()).isEqualTo("one.json");
    assertThat(a.title()).isEqualTo("one");
    assertThat(a.published()).isEqualTo(LocalDate.of(2026, 4, 27));
    assertThat(read.diagnostics()).isEmpty();
  }

  @Test
  void brokenJsonFileIsAnErrorWithItsLine() {
    FileRead read = reader.parse("bad.json", "[\n{\"text\": \"a\"},\n{oops}\n]", "json");

    assertThat(read.articles()).isEmpty();
    assertThat(read.diagnostics())
        .extracting(Diagnostic::severity, Diagnostic::line)
        .containsExactly(tuple(Severity.ERROR, 3));
  }

  @Test
  void scalarRootIsAnError() {
    FileRead read = reader.parse("n.json", "42", "json");

    assertThat(read.articles()).isEmpty();
    assertThat(read.diagnostics()).extracting(Diagnostic::severity).containsExactly(Severity.ERROR);
  }
}
