package dev.crosscheck.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.CheckReport;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Dimension;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Position;
import dev.crosscheck.model.Quantity;
import dev.crosscheck.model.Verdict;
import dev.crosscheck.model.ValueFormat;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The check's JSON: {@code {"findings":[{"file","line","column","type","severity","kind","text",
 * "value","low","high","unit","message","corpus":[{"value","low","high","sources","origins",
 * "quotes":[{"articleId","source","url","sentence","text"}]}]}],"summary":{…}}}, plus {@code
 * label}, {@code role}, {@code fingerprint} and {@code baselined} on each finding.
 */
final class CheckJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private CheckJson() {}

  static String render(CheckReport report) {
    ObjectNode root = NODES.objectNode();
    ArrayNode findings = root.putArray("findings");
    for (Finding f : report.findings()) {
      findings.add(finding(f, report.sources()));
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("findings", report.findings().size());
    summary.put("contradictions", report.count(Verdict.CONTRADICTION));
    summary.put("supported", report.count(Verdict.SUPPORTED));
    summary.put("unsupported", report.count(Verdict.UNSUPPORTED));
    summary.put("baselined", report.findings().stream().filter(Finding::baselined).count());
    summary.put("failed", report.failed());
    ArrayNode diagnostics = root.putArray("diagnostics");
    report.diagnostics().forEach(d -> diagnostics.addObject()
        .put("severity", name(d.severity())).put("file", d.file()).put("line", d.line())
        .put("message", d.message()));
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode finding(Finding f, List<Article> sources) {
    Claim c = f.assessment().claim();
    Quantity q = c.quantity();
    ObjectNode node = NODES.objectNode();
    node.put("file", f.file());
    node.put("line", f.line());
    node.put("column", f.column());
    node.put("type", name(f.type()));
    node.put("severity", CheckText.level(f.severity()));
    node.put("kind", name(c.kind()));
    node.put("text", c.surface());
    node.set("value", value(q.value(), q.unit().dimension()));
    node.set("low", value(q.low(), q.unit().dimension()));
    node.set("high", value(q.high(), q.unit().dimension()));
    node.put("unit", q.unit().code());
    node.put("role", name(c.role()));
    node.put("label", f.assessment().label());
    node.put("message", f.message());
    node.put("fingerprint", f.fingerprint());
    node.put("baselined", f.baselined());
    ArrayNode corpus = node.putArray("corpus");
    for (Position p : f.assessment().corpus()) {
      corpus.add(position(p, sources));
    }
    return node;
  }

  private static ObjectNode position(Position p, List<Article> sources) {
    Quantity q = p.quantity();
    ObjectNode node = NODES.objectNode();
    node.set("value", value(q.value(), q.unit().dimension()));
    node.set("low", value(q.low(), q.unit().dimension()));
    node.set("high", value(q.high(), q.unit().dimension()));
    node.put("unit", q.unit().code());
    node.put("sources", p.articles());
    node.put("origins", p.origins());
    ArrayNode quotes = node.putArray("quotes");
    for (Claim c : p.claims()) {
      Article a = sources.stream().filter(s -> s.id().equals(c.articleId())).findFirst().orElse(null);
      quotes.addObject()
          .put("articleId", c.articleId().value())
          .put("source", a == null ? "" : a.source())
          .put("url", a == null ? "" : a.url())
          .put("sentence", c.sentence())
          .put("text", c.surface());
    }
    return node;
  }

  /** A JSON value: ISO date for dates, integer for whole numbers, plain decimal otherwise. */
  static JsonNode value(BigDecimal v, Dimension dimension) {
    if (v == null) {
      return NODES.nullNode();
    }
    if (dimension == Dimension.CALENDAR_DATE) {
      return ValueFormat.isoDate(v).<JsonNode>map(NODES::textNode).orElse(NODES.numberNode(v));
    }
    BigDecimal plain = v.stripTrailingZeros();
    return plain.scale() <= 0 ? NODES.numberNode(plain.toBigIntegerExact()) : NODES.numberNode(plain);
  }

  static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
