package dev.crosscheck.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.model.CheckReport;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Severity;
import dev.crosscheck.model.Verdict;
import java.io.UncheckedIOException;

/**
 * SARIF 2.1.0: one run, one rule per verdict ({@code crosscheck/contradiction}, {@code
 * crosscheck/supported}, {@code crosscheck/unsupported}), physical locations with regions, stable
 * {@code partialFingerprints}, and baselined findings as externally suppressed.
 */
final class Sarif {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String FINGERPRINT_KEY = "crosscheck/v1";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Sarif() {}

  static String render(CheckReport report) {
    ObjectNode root = NODES.objectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "crosscheck");
    driver.put("semanticVersion", "0.1.0");
    driver.put("informationUri", "https://github.com/crosscheck/crosscheck");
    ArrayNode rules = driver.putArray("rules");
    for (Verdict v : Verdict.values()) {
      rule(rules.addObject(), v);
    }
    ArrayNode results = run.putArray("results");
    for (Finding f : report.findings()) {
      result(results.addObject(), f);
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void rule(ObjectNode rule, Verdict v) {
    rule.put("id", ruleId(v));
    rule.put("name", v == Verdict.CONTRADICTION ? "ContradictsCorpus"
        : v == Verdict.SUPPORTED ? "SupportedByCorpus" : "NotInCorpus");
    rule.putObject("shortDescription").put("text", description(v));
    rule.putObject("defaultConfiguration").put("level", v == Verdict.CONTRADICTION ? "error" : "note");
  }

  private static void result(ObjectNode result, Finding f) {
    result.put("ruleId", ruleId(f.type()));
    result.put("ruleIndex", f.type().ordinal());
    result.put("level", level(f.severity()));
    result.putObject("message").put("text", f.message());
    ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", f.file().replace('\\', '/'));
    ObjectNode region = physical.putObject("region");
    String surface = f.assessment().claim().surface();
    int newlines = (int) surface.chars().filter(ch -> ch == '\n').count();
    region.put("startLine", f.line());
    region.put("startColumn", f.column());
    region.put("endLine", f.line() + newlines);
    region.put("endColumn", newlines == 0
        ? f.column() + surface.length() : surface.length() - surface.lastIndexOf('\n'));
    region.putObject("snippet").put("text", surface);
    result.putObject("partialFingerprints").put(FINGERPRINT_KEY, f.fingerprint());
    if (f.baselined()) {
      result.putArray("suppressions").addObject().put("kind", "external")
          .put("justification", "accepted in the crosscheck baseline");
    }
  }

  static String ruleId(Verdict v) {
    return "crosscheck/" + v.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String description(Verdict v) {
    switch (v) {
      case CONTRADICTION:
        return "A number in the draft contradicts what the corpus states about the same thing.";
      case SUPPORTED:
        return "A number in the draft agrees with what the corpus states about the same thing.";
      default:
        return "The corpus says nothing about a number in the draft.";
    }
  }

  private static String level(Severity s) {
    return s == Severity.ERROR ? "error" : s == Severity.WARNING ? "warning" : "note";
  }
}
