package dev.crosscheck.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.Diagnostic;
import dev.crosscheck.model.Severity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Front matter in Markdown and text files, and the text span it leaves behind. */
class FrontMatterTest {
  private final ArticleReader reader = new ArticleReader();

  @Test
  void readsAllKeysAndKeepsTheBodyExact() {
    String body = "Body line one.\n\nLine three with $13.75 billion.\n";
    String file =
        "---\n"
            + "title: \"Deal: a \\\"new\\\" phase\"\n"
            + "source: 'The Next Platform'\n"
            + "url: https://example.com/a?b=c#frag\n"
            + "published: 2026-04-28T02:48:18Z\n"
            + "credit: Reuters # wire copy\n"
            + "author: ignored\n"
            + "---\n"
            + body;

    FileRead read = reader.parse("news/a.md", file, "md");

    assertThat(read.diagnostics()).isEmpty();
    Article a = read.articles().get(0);
    assertThat(a.title()).isEqualTo("Deal: a \"new\" phase");
    assertThat(a.source()).isEqualTo("The Next Platform");
    assertThat(a.url()).isEqualTo("https://example.com/a?b=c#frag");
    assertThat(a.published()).isEqualTo(LocalDate.of(2026, 4, 28));
    assertThat(a.credit()).isEqualTo("Reuters");
    assertThat(a.text()).isEqualTo(body);
    assertThat(a.firstLine()).isEqualTo(9);
    assertThat(a.lineOf(body.indexOf("$13.75"))).isEqualTo(11);
  }

  @Test
  void missingKeysComeFromTheBody() {
    String file =
        "---\ntitle: Given\n---\n> Published: Apr 27, 2026\n\nOriginally reported by Reuters.\n";

    Article a = reader.parse("a.txt", file, "txt").articles().get(0);

    assertThat(a.title()).isEqualTo("Given");
    assertThat(a.published()).isEqualTo(LocalDate.of(2026, 4, 27));
    assertThat(a.credit()).isEqualTo("Reuters");
    assertThat(a.firstLine()).isEqualTo(4);
  }

  @Test
  void invalidDateWarnsWithTheLineAndGivesNoDate() {
    String file = "---\ntitle: T\npublished: 2026-02-30\n---\nPublished: 2026-01-05\nText.\n";

    FileRead read = reader.parse("a.md", file, "md");

    assertThat(read.articles().get(0).published()).isNull();
    assertThat(read.diagnostics())
        .extracting(Diagnostic::severity, Diagnostic::file, Diagnostic::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "a.md", 3));
    assertThat(read.diagnostics().get(0).message()).contains("2026-02-30");
  }

  @Test
  void unclosedFrontMatterWarnsAndKeepsTheWholeFileAsBody() {
    String file = "---\ntitle: Never closed\n\nSome text here.\n";

    FileRead read = reader.parse("a.md", file, "md");

    assertThat(read.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.line()).isEqualTo(1);
              assertThat(d.message()).contains("never closed");
            });
    assertThat(read.articles().get(0).text()).isEqualTo(file);
    assertThat(read.articles().get(0).firstLine()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "list value        | title: [a, b]          | 2",
        "block list        | title:\\n  - a\\n  - b | 3",
        "not key value     | just words             | 2",
        "repeated key      | url: x\\nurl: y        | 3",
      })
  void malformedEntriesWarnWithTheirLine(String name, String entries, int line) {
    String file = "---\n" + entries.replace("\\n", "\n") + "\n---\nBody text.\n";

    FileRead read = reader.parse("a.md", file, "md");

    assertThat(read.articles()).hasSize(1);
    assertThat(read.diagnostics())
        .singleElement()
        .satisfies(d -> assertThat(d.line()).as(d.format()).isEqualTo(line))
        .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void crlfFrontMatterAndDateAlias() {
    String file = "---\r\ndate: 27 April 2026\r\n---\r\nText.\r\n";

    Article a = reader.parse("a.md", file, "md").articles().get(0);

    assertThat(a.published()).isEqualTo(LocalDate.of(2026, 4, 27));
    assertThat(a.text()).isEqualTo("Text.\r\n");
    assertThat(a.firstLine()).isEqualTo(4);
  }

  @Test
  void frontMatterWithoutBodyIsSkipped() {
    FileRead read = reader.parse("a.md", "---\ntitle: x\n---\n  \n", "md");

    assertThat(read.articles()).isEmpty();
    assertThat(read.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.message()).contains("skipped");
            });
  }

  @Test
  void dashesLaterInTheFileAreNotFrontMatter() {
    String file = "Title Line Of The Story\n---\nkey: value\n---\n";

    Article a = reader.parse("a.md", file, "md").articles().get(0);

    assertThat(a.text()).isEqualTo(file);
    assertThat(a.title()).isEqualTo("Title Line Of The Story");
  }
}
