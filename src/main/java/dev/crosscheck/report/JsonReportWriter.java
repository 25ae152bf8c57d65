package dev.crosscheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.CrossCheckResult;
import dev.crosscheck.model.Diagnostic;
import dev.crosscheck.model.Dimension;
import dev.crosscheck.model.Position;
import dev.crosscheck.model.Quantity;
import dev.crosscheck.model.ResultSummary;
import dev.crosscheck.model.Topic;
import dev.crosscheck.model.ValueFormat;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes one result through one generator in the field order {@link JsonReportRenderer} documents.
 * Single-use and not thread-safe.
 */
final class JsonReportWriter {
  private final JsonGenerator gen;
  private final CrossCheckResult result;
  private final ArticleIndex articles;

  JsonReportWriter(JsonGenerator gen, CrossCheckResult result) {
    this.gen = gen;
    this.result = result;
    this.articles = new ArticleIndex(result.articles());
  }

  void write() throws IOException {
    gen.writeStartObject();
    gen.writeArrayFieldStart("articles");
    for (Article article : result.articles()) {
      article(article);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("topics");
    for (Topic topic : result.topics()) {
      topic(topic);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("diagnostics");
    for (Diagnostic diagnostic : result.diagnostics()) {
      diagnostic(diagnostic);
    }
    gen.writeEndArray();
    summary();
    gen.writeEndObject();
  }

  private void article(Article article) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", article.id().value());
    gen.writeStringField("path", article.path());
    gen.writeStringField("title", article.title());
    gen.writeStringField("source", article.source());
    gen.writeStringField("url", article.url());
    gen.writeFieldName("published");
    gen.writeString(article.published() == null ? null : article.published().toString());
    gen.writeStringField("credit", article.credit());
    gen.writeEndObject();
  }

  private void topic(Topic topic) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", topic.id().value());
    gen.writeStringField("label", topic.label());
    gen.writeStringField("kind", name(topic.kind()));
    gen.writeStringField("status", name(topic.status()));
    gen.writeStringField("explanation", topic.explanation());
    gen.writeFieldName("severity");
    if (Double.isFinite(topic.severity())) {
      gen.writeNumber(topic.severity());
    } else {
      gen.writeNull();
    }
    gen.writeArrayFieldStart("positions");
    Map<Claim, Integer> indexes = new IdentityHashMap<>(topic.claims().size());
    for (int i = topic.claims().size() - 1; i >= 0; i--) {
      indexes.put(topic.claims().get(i), i); // backwards, so that a repeated claim keeps its first
    }
    for (Position position : topic.positions()) {
      position(topic, position, indexes);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("claims");
    for (Claim claim : topic.claims()) {
      claim(claim);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  /**
   * Writes one position; {@code indexes} holds each claim's place in the topic by identity, where
   * {@code indexOf} for every claim made topics of hundreds of claims quadratic.
   */
  private void position(Topic topic, Position position, Map<Claim, Integer> indexes)
      throws IOException {
    Quantity q = position.quantity();
    Dimension dimension = q.unit().dimension();
    gen.writeStartObject();
    value("value", q.value(), dimension);
    value("low", q.low(), dimension);
    value("high", q.high(), dimension);
    gen.writeStringField("unit", q.unit().code());
    gen.writeStringField("display", ValueFormat.display(q, topic.kind()));
    gen.writeStringField("range", ValueFormat.displayInterval(q, topic.kind()));
    gen.writeNumberField("articles", position.articles());
    gen.writeNumberField("origins", position.origins());
    gen.writeArrayFieldStart("claims");
    Set<String> ids = new LinkedHashSet<>();
    for (Claim claim : position.claims()) {
      Integer known = indexes.get(claim);
      int index = known != null ? known : topic.claims().indexOf(claim);
      if (index >= 0) {
        gen.writeNumber(index);
      }
      ids.add(claim.articleId().value());
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("articleIds");
    for (String id : ids) {
      gen.writeString(id);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  private void claim(Claim claim) throws IOException {
    Quantity q = claim.quantity();
    Dimension dimension = q.unit().dimension();
    gen.writeStartObject();
    gen.writeStringField("articleId", claim.articleId().value());
    gen.writeStringField("kind", name(claim.kind()));
    value("value", q.value(), dimension);
    gen.writeStringField("unit", q.unit().code());
    value("low", q.low(), dimension);
    value("high", q.high(), dimension);
    gen.writeStringField("role", name(claim.role()));
    gen.writeStringField("change", name(claim.change()));
    gen.writeStringField("timeframe", name(claim.timeframe()));
    gen.writeStringField("text", claim.surface());
    gen.writeStringField("sentence", claim.sentence());
    gen.writeNumberField("sentenceIndex", claim.sentenceIndex());
    gen.writeNumberField("start", claim.span().start());
    gen.writeNumberField("end", claim.span().end());
    line(claim);
    subject(claim);
    gen.writeStringField("display", ValueFormat.display(q, claim.kind()));
    gen.writeStringField("range", ValueFormat.displayInterval(q, claim.kind()));
    gen.writeEndObject();
  }

  private void line(Claim claim) throws IOException {
    gen.writeFieldName("line");
    Optional<Article> article = articles.find(claim.articleId());
    if (article.isPresent() && claim.span().end() <= article.get().text().length()) {
      gen.writeNumber(article.get().lineOf(claim.span().start()));
    } else {
      gen.writeNull();
    }
  }

  private void subject(Claim claim) throws IOException {
    gen.writeArrayFieldStart("subject");
    for (String term : claim.subject().terms()) {
      gen.writeString(term);
    }
    gen.writeEndArray();
    gen.writeStringField("holder", claim.subject().holder());
    gen.writeStringField("attribute", claim.subject().attribute());
    gen.writeStringField("counterpart", claim.subject().counterpart());
    gen.writeStringField("scope", claim.subject().scope());
  }

  private void diagnostic(Diagnostic diagnostic) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("severity", name(diagnostic.severity()));
    gen.writeStringField("file", diagnostic.file());
    gen.writeNumberField("line", diagnostic.line());
    gen.writeStringField("message", diagnostic.message());
    gen.writeEndObject();
  }

  private void summary() throws IOException {
    ResultSummary summary = ResultSummary.of(result);
    gen.writeObjectFieldStart("summary");
    gen.writeNumberField("articles", summary.articles());
    gen.writeNumberField("topics", summary.topics());
    gen.writeNumberField("conflicts", summary.conflicts());
    gen.writeNumberField("agreements", summary.agreements());
    gen.writeNumberField("single", summary.singles());
    gen.writeEndObject();
  }

  /**
   * Writes {@code value} by dimension: null for an open bound, an ISO string for a calendar date,
   * an integer for a whole calendar year, else a plain decimal.
   */
  private void value(String field, BigDecimal value, Dimension dimension) throws IOException {
    gen.writeFieldName(field);
    if (value == null) {
      gen.writeNull();
      return;
    }
    Optional<String> date =
        dimension == Dimension.CALENDAR_DATE ? ValueFormat.isoDate(value) : Optional.empty();
    if (date.isPresent()) {
      gen.writeString(date.get());
    } else if (dimension == Dimension.CALENDAR_YEAR && value.scale() <= 0) {
      gen.writeNumber(value.toBigIntegerExact());
    } else {
      gen.writeNumber(value);
    }
  }

  private static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
