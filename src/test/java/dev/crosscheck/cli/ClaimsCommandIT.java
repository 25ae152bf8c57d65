package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosscheck claims}: the JSON-lines fields and the file line each claim starts on. */
class ClaimsCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void jsonLinesGiveFileLinesCountingFrontMatterAndTitle(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("draft.md");
    Files.writeString(file, String.join("\n",
        "---",
        "title: A $5 billion question",
        "published: 2026-04-28",
        "---",
        "# Microsoft bets $5 billion on Anthropic",
        "",
        "Microsoft agreed to invest up to $5 billion into Anthropic,",
        "and its license to OpenAI's models runs through 2032.",
        ""));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CrossCheckCommand.commandLine(new PrintWriter(out), new PrintWriter(err))
        .execute("claims", file.toString(), "--format", "jsonl");
    assertThat(code).as(err.toString()).isZero();
    List<JsonNode> rows = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      rows.add(JSON.readTree(line));
    }
    assertThat(rows).extracting(r -> r.get("text").asText())
        .containsExactly("$5 billion", "up to $5 billion", "through 2032");
    assertThat(rows).extracting(r -> r.get("line").asInt()).containsExactly(5, 7, 8);
    JsonNode money = rows.get(1);
    for (String field : List.of("file", "line", "kind", "value", "low", "high", "unit", "role", "text",
        "sentence", "subject", "holder", "attribute", "counterpart", "scope")) {
      assertThat(money.has(field)).as(field).isTrue();
    }
    assertThat(money.get("value").asLong()).isEqualTo(5_000_000_000L);
    assertThat(money.get("low").asLong()).isZero();
    assertThat(money.get("unit").asText()).isEqualTo("USD");
    assertThat(money.get("holder").asText()).isEqualTo("Microsoft");
    assertThat(money.get("counterpart").asText()).isEqualTo("Anthropic");
    assertThat(rows.get(2).get("role").asText()).isEqualTo("END");
    assertThat(rows.get(2).get("value").asInt()).isEqualTo(2032);
  }

  @Test
  void textFormatAndMissingFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, "The toll rose to 312 people.\nIn 2019, Acme paid $1 billion.\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CrossCheckCommand.commandLine(new PrintWriter(out), new PrintWriter(err))
        .execute("claims", file.toString(), dir.resolve("missing.md").toString());
    assertThat(code).isZero();
    assertThat(out.toString()).contains("a.txt:1:18: COUNT 312").contains("\"312 people\"")
        .contains("\"$1 billion\" (Acme ·  · ) [2019]");
    assertThat(err.toString()).contains("missing.md");
  }
}
