package dev.crosscheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Dimension;
import dev.crosscheck.model.Quantity;
import dev.crosscheck.model.Timeframe;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/** One claim of one file as the {@code claims} command prints it. */
record ClaimRow(String file, Article article, Claim claim) {
  private static final ObjectMapper JSON = new ObjectMapper();

  int line() {
    return article.lineOf(claim.span().start());
  }

  int column() {
    return article.columnOf(claim.span().start());
  }

  /**
   * {@code {"file","line","column","kind","value","low","high","unit","role","change","timeframe",
   * "text","sentence","subject","holder","attribute","counterpart","scope","start","end"}}.
   */
  ObjectNode json() {
    Quantity q = claim.quantity();
    ObjectNode node = JSON.createObjectNode();
    node.put("file", file);
    node.put("line", line());
    node.put("column", column());
    node.put("kind", claim.kind().name());
    node.set("value", value(q.value(), q));
    node.set("low", value(q.low(), q));
    node.set("high", value(q.high(), q));
    node.put("unit", q.unit().code());
    node.put("role", claim.role().name());
    node.put("change", claim.change().name());
    node.put("timeframe", claim.timeframe().name());
    node.put("text", claim.surface());
    node.put("sentence", claim.sentence());
    node.set("subject", JSON.valueToTree(claim.subject().terms()));
    node.put("holder", claim.subject().holder());
    node.put("attribute", claim.subject().attribute());
    node.put("counterpart", claim.subject().counterpart());
    node.put("scope", claim.subject().scope());
    node.put("start", claim.span().start());
    node.put("end", claim.span().end());
    return node;
  }

  /**
   * {@code file:line:col: KIND value [low, high] unit ROLE CHANGE "text" (holder · attribute ·
   * counterpart) [scope]}, the scope only when there is one.
   */
  String text() {
    Quantity q = claim.quantity();
    return String.format(Locale.ROOT,
        "%s:%d:%d: %s %s [%s, %s] %s %s %s%s \"%s\" (%s · %s · %s)%s",
        file, line(), column(), claim.kind(), plain(q.value(), q), plain(q.low(), q),
        plain(q.high(), q), q.unit().code(), claim.role(), claim.change(),
        claim.timeframe() == Timeframe.CURRENT ? "" : " " + claim.timeframe().name(),
        claim.surface().replaceAll("\\s+", " "), claim.subject().holder(),
        claim.subject().attribute(), claim.subject().counterpart(),
        claim.subject().scope().isEmpty() ? "" : " [" + claim.subject().scope() + "]");
  }

  private static JsonNode value(BigDecimal v, Quantity q) {
    if (v == null) {
      return JSON.nullNode();
    }
    if (q.unit().dimension() == Dimension.CALENDAR_DATE) {
      return JSON.getNodeFactory().textNode(LocalDate.ofEpochDay(v.longValueExact()).toString());
    }
    BigDecimal plain = v.stripTrailingZeros();
    return plain.scale() <= 0
        ? JSON.getNodeFactory().numberNode(plain.toBigIntegerExact())
        : JSON.getNodeFactory().numberNode(plain);
  }

  private static String plain(BigDecimal v, Quantity q) {
    if (v == null) {
      return "open";
    }
    return q.unit().dimension() == Dimension.CALENDAR_DATE
        ? LocalDate.ofEpochDay(v.longValueExact()).toString()
        : v.stripTrailingZeros().toPlainString();
  }
}
