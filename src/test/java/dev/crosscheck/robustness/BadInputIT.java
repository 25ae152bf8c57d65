package dev.crosscheck.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus with one file per kind of bad input, run through {@code crosscheck report}: every
 * problem is one line on stderr and one entry of report.json's {@code diagnostics}, naming the file;
 * the good files are still read; the run exits 0 with warnings (the documented choice) and prints
 * no stack trace.
 *
 * <p>Committed under src/test/resources/weird: empty and whitespace-only files, PNG, PDF and gzip
 * bytes under article names (and a real {@code .png}), invalid UTF-8, Latin-1, windows-1252,
 * UTF-16 and UTF-8 with BOM, three kinds of malformed front matter, JSON lines with one broken
 * line, and a file name with spaces and non-ASCII characters. Generated here, to keep the
 * repository small: a 50 MB article, a 1 MB line without newlines, HTML nested 5,000 levels deep
 * with scripts and styles, a table of 10,000 numbers, a symbolic link loop (two links pointing at
 * each other, and a link to its own folder) and a file the process cannot read. Tests run as root,
 * which reads any file whatever its mode, so "cannot read" is a FIFO named like an article: opening
 * it would block forever, and the scanner must skip it without opening it.
 */
class BadInputIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path work;
  private static Path corpus;
  private static Cli.Run run;
  private static JsonNode report;

  @BeforeAll
  static void runReport() throws IOException, InterruptedException {
    corpus = Corpora.copyResource("weird", work.resolve("corpus"));
    generate(corpus);
    run = Cli.run("report", corpus.toString(), "--out", work.resolve("out").toString(),
        "--index", work.resolve("index").toString());
    report = JSON.readTree(work.resolve("out/report.json").toFile());
  }

  private static void generate(Path dir) throws IOException, InterruptedException {
    Corpora.repeatLines(dir.resolve("huge-article.md"),
        "Paragraph %d. The company said it paid $12 million for the site in 2020.", 50L << 20);
    Files.writeString(dir.resolve("one-megabyte-line.txt"),
        "The firm paid $3 billion and ".repeat(40_000).substring(0, 1 << 20));
    Files.writeString(dir.resolve("deeply-nested.html"), nestedHtml(5_000));
    Files.writeString(dir.resolve("number-table.md"), numberTable(1_000, 10));
    Files.createSymbolicLink(dir.resolve("loop-a.md"), dir.resolve("loop-b.md"));
    Files.createSymbolicLink(dir.resolve("loop-b.md"), dir.resolve("loop-a.md"));
    Files.createDirectories(dir.resolve("sub"));
    Files.createSymbolicLink(dir.resolve("sub/up"), dir);
    Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("fifo.md").toString()).start();
    assertThat(mkfifo.waitFor()).as("mkfifo").isZero();
  }

  static Stream<Arguments> problems() {
    return Stream.of(
        problem("empty.md", "warning", 0, "empty file, skipped"),
        problem("whitespace-only.txt", "warning", 0, "empty file, skipped"),
        problem("png-named-article.md", "error", 0, "binary file, skipped"),
        problem("pdf-named-article.txt", "error", 0, "binary file, skipped"),
        problem("gzip-named-article.txt", "error", 0, "binary file, skipped"),
        problem("photo.png", "info", 0, "unsupported file type, skipped"),
        problem("invalid-utf8.md", "warning", 0, "not valid UTF-8, read as windows-1252"),
        problem("latin1.txt", "warning", 0, "not valid UTF-8, read as windows-1252"),
        problem("windows-1252.txt", "warning", 0, "not valid UTF-8, read as windows-1252"),
        problem("front-matter-unclosed.md", "warning", 1, "front matter opened with --- is never"),
        problem("front-matter-wrong-types.md", "warning", 2, "key 'title' must be a single text"),
        problem("front-matter-wrong-types.md", "warning", 4, "key 'source' must be a single text"),
        problem("front-matter-wrong-types.md", "warning", 5, "key 'url' must be a single text"),
        problem("front-matter-invalid-date.md", "warning", 3, "'published' is not a date"),
        problem("broken-lines.jsonl", "warning", 2, "invalid JSON on this line, skipped"),
        problem("huge-article.md", "error", 0, "article text too long"),
        problem("one-megabyte-line.txt", "error", 1,
            "line of 1048576 characters without a line break"),
        problem("loop-a.md", "warning", 0, "symbolic link loop, skipped"),
        problem("loop-b.md", "warning", 0, "symbolic link loop, skipped"),
        problem("sub/up", "warning", 0, "symbolic link loop, skipped"),
        problem("fifo.md", "warning", 0, "not a regular file, skipped"));
  }

  private static Arguments problem(String file, String severity, int line, String message) {
    return Arguments.of(file, severity, line, message);
  }

  @ParameterizedTest(name = "{0}: {3}")
  @MethodSource("problems")
  void eachProblemIsOneLineOnStderrAndInTheJsonReport(
      String file, String severity, int line, String message) {
    String path = corpus.resolve(file).toString();
    String where = line > 0 ? path + ":" + line : path;
    assertThat(run.errLines())
        .as("stderr of %s", run)
        .anySatisfy(l -> assertThat(l).startsWith(where + ": " + severity + ": ").contains(message));
    assertThat(diagnostics())
        .anySatisfy(d -> {
          assertThat(d.get("file").asText()).isEqualTo(path);
          assertThat(d.get("severity").asText()).isEqualTo(severity);
          assertThat(d.get("line").asInt()).isEqualTo(line);
          assertThat(d.get("message").asText()).contains(message);
        });
  }

  static Stream<Arguments> goodFiles() {
    return Stream.of(
        good("good-article.md", "Acme buys the Springfield plant", "$1.2 billion"),
        good("invalid-utf8.md", "Broken bytes", "$40 million budget"),
        good("latin1.txt", null, "Café owners in Zürich paid £5 million for the façade"),
        good("windows-1252.txt", null, "“Acme’s deal” cost €7 million – a record –"),
        good("utf16-bom.txt", "UTF-16 title ✓", "$3 million"),
        good("utf8-bom.md", "UTF-8 BOM title ✓", "$2 million"),
        good("front-matter-unclosed.md", null, "$8 million"),
        good("front-matter-wrong-types.md", null, "$6 billion"),
        good("front-matter-invalid-date.md", "Bad date", "$4 million"),
        good("broken-lines.jsonl#1", "Good line one", "$11 million"),
        good("broken-lines.jsonl#3", "Good line three", "$13 million"),
        good("name with spaces and ünïcödé — 記事.md", "Spaces and Unicode in the name", "$5 million"),
        good("deeply-nested.html", "Deeply nested", "$2 billion"),
        good("number-table.md", "Numbers", null));
  }

  private static Arguments good(String id, String title, String sentence) {
    return Arguments.of(id, title, sentence);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goodFiles")
  void readableFilesAreStillReadAndAnalysed(String id, String title, String sentence) {
    JsonNode article = stream(report.get("articles"))
        .filter(a -> a.get("id").asText().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("article " + id + " missing: " + run));
    if (title != null) {
      assertThat(article.get("title").asText()).isEqualTo(title);
    }
    if (sentence != null) {
      assertThat(claimsOf(id))
          .as("claims of %s", id)
          .extracting(c -> c.get("sentence").asText())
          .anySatisfy(s -> assertThat(s).contains(sentence));
    }
  }

  @Test
  void theDecodedTextKeepsItsCharactersAndTheBadDateIsDropped() {
    JsonNode badDate = stream(report.get("articles"))
        .filter(a -> a.get("id").asText().equals("front-matter-invalid-date.md"))
        .findFirst().orElseThrow();
    assertThat(badDate.get("published").isNull()).isTrue();
    assertThat(claimsOf("deeply-nested.html"))
        .extracting(c -> c.get("text").asText())
        .contains("$2 billion", "$3 billion");
  }

  @Test
  void exitsZeroWithOnlyTheDiagnosticsOnStderrAndNoTrace() {
    List<String> formatted = new ArrayList<>();
    for (JsonNode d : diagnostics()) {
      int line = d.get("line").asInt();
      String where = d.get("file").asText() + (line > 0 ? ":" + line : "");
      formatted.add(where + ": " + d.get("severity").asText() + ": " + d.get("message").asText());
    }
    assertThat(run.exit()).as("%s", run).isZero();
    assertThat(run.errLines()).containsExactlyElementsOf(formatted);
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
    assertThat(run.out())
        .contains(String.format(Locale.ROOT, "; %d warnings.", formatted.size()))
        .contains("Wrote ");
    assertThat(formatted).allSatisfy(l -> assertThat(l).doesNotContain("\n", "\r"));
  }

  @Test
  void aRunWithNothingChangedNamesTheSameProblemsAndLeavesTheReportAlone() throws IOException {
    Map<String, String> before = Trees.snapshot(work.resolve("out"));
    FileTime written = Files.getLastModifiedTime(work.resolve("out/report.json"));

    Cli.Run again = Cli.run("report", corpus.toString(), "--out", work.resolve("out").toString(),
        "--index", work.resolve("index").toString());

    assertThat(again.exit()).as("%s", again).isZero();
    assertThat(again.errLines()).containsExactlyElementsOf(run.errLines());
    assertThat(again.out()).contains("already hold this report").doesNotContain("Wrote ");
    assertThat(Trees.snapshot(work.resolve("out"))).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(work.resolve("out/report.json"))).isEqualTo(written);
  }

  @Test
  void noArticleComesFromAFileThatWasSkipped() {
    assertThat(stream(report.get("articles")).map(a -> a.get("id").asText()))
        .noneMatch(id -> id.startsWith("huge-article") || id.startsWith("one-megabyte")
            || id.contains("named-article") || id.startsWith("empty") || id.startsWith("loop")
            || id.startsWith("fifo") || id.startsWith("whitespace") || id.startsWith("sub/"));
  }

  private static List<JsonNode> diagnostics() {
    return stream(report.get("diagnostics")).toList();
  }

  private static List<JsonNode> claimsOf(String id) {
    return stream(report.get("topics"))
        .flatMap(t -> stream(t.get("claims")))
        .filter(c -> c.get("articleId").asText().equals(id))
        .toList();
  }

  private static Stream<JsonNode> stream(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false);
  }

  private static String nestedHtml(int depth) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>Deeply nested</title>");
    html.append("<style>body { color: red } /* </style> */</style>");
    html.append("<script>var s = '</div>'; alert('$9 billion in 2011');</script></head><body>");
    html.append("<p>The first deal was worth $2 billion in 2013.</p>");
    for (int i = 0; i < depth; i++) {
      html.append(i % 500 == 0 ? "<div><script>x()</script><style>p{}</style>" : "<div><span>");
    }
    html.append("The deepest deal was worth $3 billion in 2012.");
    for (int i = depth - 1; i >= 0; i--) {
      html.append(i % 500 == 0 ? "</div>" : "</span></div>");
    }
    return html.append("</body></html>").toString();
  }

  /** Turnout by precinct: a label column and {@code columns} numbers a row, 1,234 style. */
  private static String numberTable(int rows, int columns) {
    StringBuilder table =
        new StringBuilder("---\ntitle: Numbers\n---\nVoter turnout by precinct:\n\n| Precinct |");
    for (int c = 0; c < columns; c++) {
      table.append(" Ward ").append(c + 1).append(" |");
    }
    table.append("\n|").append("---|".repeat(columns + 1)).append('\n');
    for (int r = 0; r < rows; r++) {
      table.append(String.format(Locale.ROOT, "| P-%04d |", r));
      for (int c = 0; c < columns; c++) {
        table.append(String.format(Locale.ROOT, " %,d |", 100 + (r * 7_919 + c * 104_729) % 99_900));
      }
      table.append('\n');
    }
    return table.toString();
  }
}
