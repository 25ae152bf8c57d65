package dev.crosscheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.crosscheck.internal.Checks;
import dev.crosscheck.model.CrossCheckResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Renders a {@link CrossCheckResult} as the pretty-printed JSON report that scripts read. Immutable
 * and thread-safe: one instance may render many results concurrently.
 *
 * <p>Field names and their order are fixed; new fields may be added, existing ones are never
 * renamed:
 *
 * <pre>{@code
 * {"articles":[{"id","path","title","source","url","published","credit"}],
 *  "topics":[{"id","label","kind","status","explanation","severity",
 *             "positions":[{"value","low","high","unit","display","range","articles","origins",
 *                           "claims":[indexes into the topic's claims],"articleIds"}],
 *             "claims":[{"articleId","kind","value","unit","low","high","role","change",
 *                        "timeframe","text","sentence","sentenceIndex","start","end","line",
 *                        "subject":[terms],"holder","attribute","counterpart","scope","display",
 *                        "range"}]}],
 *  "diagnostics":[{"severity","file","line","message"}],
 *  "summary":{"articles","topics","conflicts","agreements","single"}}
 * }</pre>
 *
 * <p>Enum values are written in lower case ({@code "conflict"}, {@code "money"}, {@code
 * "previous"}). A position's {@code claims} are indexes into its topic's {@code claims}; its values
 * are in {@code unit}. Numbers are written in plain notation ({@code 13750000000}); calendar years
 * as integers; calendar dates (epoch days) as ISO strings ({@code "2026-04-27"}); open interval
 * bounds as {@code null}. {@code published} is an ISO date or {@code null}. {@code line} is the
 * 1-based line in the article's file where the claim starts, or {@code null} when the article text
 * is not available. Output uses {@code \n} line ends whatever the platform and ends with a newline.
 */
public final class JsonReportRenderer {
  private final JsonFactory factory =
      JsonFactory.builder()
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();
  private final DefaultPrettyPrinter printer = prettyPrinter();

  /** Creates a renderer; it holds no per-result state. */
  public JsonReportRenderer() {}

  /**
   * Writes the report for {@code result} to {@code out} and flushes it; does not close {@code out}.
   *
   * @throws UncheckedIOException when writing to {@code out} fails
   */
  public void render(CrossCheckResult result, Writer out) {
    Checks.notNull(result, "result");
    Checks.notNull(out, "out");
    try (JsonGenerator gen = factory.createGenerator(out)) {
      gen.setPrettyPrinter(printer.createInstance());
      new JsonReportWriter(gen, result).write();
      gen.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON report: " + e.getMessage(), e);
    }
  }

  /** The report for {@code result} as a string. */
  public String render(CrossCheckResult result) {
    StringWriter out = new StringWriter();
    render(result, out);
    return out.toString();
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }
}
