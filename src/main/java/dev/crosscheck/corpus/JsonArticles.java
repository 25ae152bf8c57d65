package dev.crosscheck.corpus;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.crosscheck.internal.Checks;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.Diagnostic;
import dev.crosscheck.model.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads articles from JSON (one object, or an array of objects) and JSON lines (one object per
 * line) with the fields {@code title}, {@code source}, {@code url}, {@code published} (or {@code
 * date}), {@code credit} and {@code text}. The n-th record (1-based; in JSON lines the n-th
 * non-blank line, so that ids stay put when a broken line is fixed) gets the id {@code path#n}. A
 * broken line or record is reported and skipped; the others are still read. Stateless; the shared
 * mapper is thread-safe.
 */
final class JsonArticles {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  private static final List<String> STRINGS = List.of("title", "source", "url", "credit");

  private final String path;
  private final String id;
  private final List<Article> articles = new ArrayList<>();
  private final List<Diagnostic> problems = new ArrayList<>();

  private JsonArticles(String path, String id) {
    this.path = path;
    this.id = id;
  }

  /** A {@code .json} file: one object (id = path) or an array of objects (ids path#n). */
  static FileRead readJson(String path, String id, String content) {
    JsonArticles reader = new JsonArticles(path, id);
    try {
      reader.json(MAPPER.readTree(content));
    } catch (JsonProcessingException e) {
      reader.problems.add(broken(path, e, 0, "invalid JSON, skipped"));
    }
    return reader.result();
  }

  /** A {@code .jsonl} file: one object per non-blank line. */
  static FileRead readLines(String path, String id, String content) {
    JsonArticles reader = new JsonArticles(path, id);
    String[] lines = content.split("\n", -1);
    int n = 0;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      n++;
      try {
        reader.record(MAPPER.readTree(lines[i]), n, i + 1);
      } catch (JsonProcessingException e) {
        reader.problems.add(broken(path, e, i + 1, "invalid JSON on this line, skipped"));
      }
    }
    return reader.result();
  }

  private void json(JsonNode root) {
    if (root.isArray()) {
      for (int i = 0; i < root.size(); i++) {
        record(root.get(i), i + 1, 0);
      }
    } else if (root.isObject()) {
      record(root, 0, 0);
    } else {
      problems.add(Diagnostic.error(path, "expected a JSON object or an array of objects"));
    }
  }

  /** Record {@code n} (0 for a lone object) found on {@code line} (0 when unknown). */
  private void record(JsonNode node, int n, int line) {
    String where = n == 0 ? "the object" : "record " + n;
    String recordId = n == 0 ? id : id + "#" + n;
    if (!node.isObject()) {
      warn(line, where + " is not a JSON object, skipped");
      return;
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual() || text.asText().isBlank()) {
      warn(line, where + " has no text, skipped");
      return;
    }
    Metadata declared = declared(node, where, line);
    String fallbackTitle = TextArticles.stem(id) + (n == 0 ? "" : "#" + n);
    Metadata meta = declared.orElse(Signals.fromText(text.asText())).finish(fallbackTitle);
    articles.add(TextArticles.article(path, recordId, meta, text.asText(), 1));
  }

  private Metadata declared(JsonNode node, String where, int line) {
    List<String> values = new ArrayList<>();
    for (String field : STRINGS) {
      values.add(string(node, field, where, line));
    }
    String published = string(node, "published", where, line);
    if (published.isEmpty()) {
      published = string(node, "date", where, line);
    }
    return new Metadata(
        values.get(0), values.get(1), values.get(2), values.get(3), date(published, where, line));
  }

  private String string(JsonNode node, String field, String where, int line) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return "";
    }
    if (!value.isTextual()) {
      warn(line, "field '" + field + "' of " + where + " must be a string, ignored");
      return "";
    }
    return value.asText();
  }

  private LocalDate date(String value, String where, int line) {
    if (value.isBlank()) {
      return null;
    }
    Optional<LocalDate> date = Dates.parseValue(value);
    if (date.isEmpty()) {
      warn(line, "'published' of " + where + " is not a date: '" + Checks.snippet(value) + "'");
    }
    return date.orElse(null);
  }

  private void warn(int line, String message) {
    problems.add(Diagnostic.warning(path, line, message));
  }

  private FileRead result() {
    return new FileRead(articles, problems);
  }

  private static Diagnostic broken(String path, JsonProcessingException e, int line, String what) {
    JsonLocation at = e.getLocation();
    int where = line > 0 ? line : Math.max(0, at == null ? 0 : at.getLineNr());
    String detail = Checks.snippet(String.valueOf(e.getOriginalMessage()));
    if (line > 0) {
      return Diagnostic.warning(path, where, what + ": " + detail);
    }
    return new Diagnostic(Severity.ERROR, path, where, what + ": " + detail);
  }
}
