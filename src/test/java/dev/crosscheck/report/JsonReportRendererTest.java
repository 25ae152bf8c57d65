package dev.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import dev.crosscheck.model.CrossCheckResult;
import dev.crosscheck.model.ResultSummary;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class JsonReportRendererTest {
  private final JsonReportRenderer renderer = new JsonReportRenderer();
  private final String json = renderer.render(ReportFixtures.result());

  @Test
  void matchesGoldenFile() throws IOException {
    GoldenFiles.assertMatches("report.json", json);
  }

  @Test
  void topLevelFieldsInFixedOrder() throws IOException {
    JsonNode root = parse();
    assertThat(fieldNames(root)).containsExactly("articles", "topics", "diagnostics", "summary");
    assertThat(fieldNames(root.get("articles").get(0)))
        .startsWith("id", "path", "title", "source", "url", "published", "credit");
    assertThat(fieldNames(root.get("diagnostics").get(0)))
        .startsWith("severity", "file", "line", "message");
    assertThat(fieldNames(root.get("summary")))
        .startsWith("articles", "topics", "conflicts", "agreements", "single");
  }

  @Test
  void summaryCountsTopicsByStatus() throws IOException {
    JsonNode summary = parse().get("summary");
    assertThat(List.of("articles", "topics", "conflicts", "agreements", "single").stream()
        .map(field -> summary.get(field).asInt())).containsExactly(3, 4, 1, 1, 2);
    assertThat(ResultSummary.of(ReportFixtures.result()))
        .isEqualTo(new ResultSummary(3, 4, 1, 1, 2));
  }

  @Test
  void fieldTypes() throws IOException {
    JsonNode root = parse();
    assertTypes(
        root.get("articles").get(0),
        Map.of(
            "id",
            JsonNodeType.STRING,
            "path",
            JsonNodeType.STRING,
            "title",
            JsonNodeType.STRING,
            "source",
            JsonNodeType.STRING,
            "url",
            JsonNodeType.STRING,
            "published",
            JsonNodeType.STRING,
            "credit",
            JsonNodeType.STRING));
    assertThat(root.get("articles").get(2).get("published").isNull()).isTrue();
    JsonNode topic = root.get("topics").get(0);
    assertTypes(
        topic,
        Map.of(
            "id",
            JsonNodeType.STRING,
            "label",
            JsonNodeType.STRING,
            "kind",
            JsonNodeType.STRING,
            "status",
            JsonNodeType.STRING,
            "explanation",
            JsonNodeType.STRING,
            "severity",
            JsonNodeType.NUMBER,
            "positions",
            JsonNodeType.ARRAY,
            "claims",
            JsonNodeType.ARRAY));
    assertThat(fieldNames(topic))
        .startsWith(
            "id", "label", "kind", "status", "explanation", "severity", "positions", "claims");
    assertThat(fieldNames(topic.get("positions").get(0)))
        .contains("value", "low", "high", "display", "articles", "origins", "claims");
    assertThat(fieldNames(topic.get("claims").get(0)))
        .contains(
            "articleId",
            "value",
            "unit",
            "low",
            "high",
            "role",
            "change",
            "timeframe",
            "text",
            "sentence",
            "start",
            "end",
            "subject",
            "holder",
            "attribute",
            "counterpart",
            "display");
    assertTypes(
        root.get("summary"),
        Map.of(
            "articles",
            JsonNodeType.NUMBER,
            "topics",
            JsonNodeType.NUMBER,
            "conflicts",
            JsonNodeType.NUMBER,
            "agreements",
            JsonNodeType.NUMBER,
            "single",
            JsonNodeType.NUMBER));
  }

  @Test
  void conflictTopicContent() throws IOException {
    JsonNode topic = parse().get("topics").get(0);
    assertThat(topic.get("status").asText()).isEqualTo("conflict");
    JsonNode positions = topic.get("positions");
    assertThat(positions).hasSize(2);
    assertThat(positions.get(0).get("display").asText()).isEqualTo("20%");
    assertThat(positions.get(0).get("articles").asInt()).isEqualTo(3);
    assertThat(positions.get(0).get("origins").asInt()).isEqualTo(2);
    assertThat(positions.get(0).get("claims").toString()).isEqualTo("[0,1,2]");
    assertThat(positions.get(1).get("claims").toString()).isEqualTo("[3]");
    JsonNode previous = topic.get("claims").get(2);
    assertThat(previous.get("timeframe").asText()).isEqualTo("previous");
    assertThat(previous.get("text").asText()).isEqualTo("20%");
    assertThat(previous.get("subject").toString()).isEqualTo("[\"Microsoft\",\"OpenAI\"]");
    assertThat(previous.get("end").asInt() - previous.get("start").asInt()).isEqualTo(3);
  }

  @Test
  void moneyIsPlainAndOpenBoundsAreNull() throws IOException {
    assertThat(json).contains("\"value\": 13750000000,").doesNotContain("E+");
    JsonNode moreThan = parse().get("topics").get(1).get("claims").get(1);
    assertThat(moreThan.get("value").isIntegralNumber()).isTrue();
    assertThat(moreThan.get("low").decimalValue()).isEqualByComparingTo("13000000000");
    assertThat(moreThan.get("high").isNull()).isTrue();
    assertThat(moreThan.get("display").asText()).isEqualTo("$13 billion");
    assertThat(moreThan.get("range").asText()).isEqualTo("\u2265 $13 billion");
  }

  @Test
  void datesAreIsoStringsAndYearsAreIntegers() throws IOException {
    JsonNode topics = parse().get("topics");
    JsonNode date = topics.get(2).get("claims").get(0);
    assertThat(date.get("value").asText()).isEqualTo("2026-04-27");
    assertThat(date.get("low").asText()).isEqualTo("2026-04-27");
    assertThat(date.get("high").isTextual()).isTrue();
    assertThat(topics.get(2).get("positions").get(0).get("value").asText()).isEqualTo("2026-04-27");
    JsonNode year = topics.get(3).get("claims").get(0);
    assertThat(year.get("value").isInt()).isTrue();
    assertThat(year.get("value").asInt()).isEqualTo(2032);
    assertThat(year.get("role").asText()).isEqualTo("end");
    assertThat(year.get("holder").asText()).isEqualTo("OpenAI");
  }

  @Test
  void claimLineIsTheFileLine() throws IOException {
    JsonNode year = parse().get("topics").get(3).get("claims").get(0);
    // NEXT_PLATFORM starts on file line 5; S6 is on the fourth line of its text.
    assertThat(year.get("line").asInt()).isEqualTo(8);
  }

  @Test
  void writerAndStringAgreeAndWriterStaysOpen() {
    StringWriter out = new StringWriter();
    renderer.render(ReportFixtures.result(), out);
    out.write("more");
    assertThat(out.toString()).isEqualTo(json + "more");
    assertThat(json).endsWith("}\n").doesNotContain("\r");
  }

  @Test
  void oneInstanceRendersConcurrently() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> runs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        runs.add(pool.submit(() -> renderer.render(ReportFixtures.result())));
      }
      for (Future<String> run : runs) {
        assertThat(run.get()).isEqualTo(json);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void emptyResult() throws IOException {
    String empty = renderer.render(new CrossCheckResult(List.of(), List.of(), List.of()));
    JsonNode root = new ObjectMapper().readTree(empty);
    assertThat(root.get("topics").isArray()).isTrue();
    assertThat(root.get("summary").get("conflicts").asInt()).isZero();
  }

  @Test
  void writeFailureIsUnchecked() {
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] buf, int off, int len) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> renderer.render(ReportFixtures.result(), broken))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk full");
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> renderer.render(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("result must not be null");
    assertThatThrownBy(() -> renderer.render(ReportFixtures.result(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("out must not be null");
  }

  private JsonNode parse() throws IOException {
    return new ObjectMapper().readTree(json);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static void assertTypes(JsonNode node, Map<String, JsonNodeType> types) {
    types.forEach(
        (field, type) -> {
          assertThat(node.has(field)).as(field).isTrue();
          assertThat(node.get(field).getNodeType()).as(field).isEqualTo(type);
        });
  }
}
