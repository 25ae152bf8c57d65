package dev.crosscheck;

import dev.crosscheck.internal.Checks;
import dev.crosscheck.model.CrossCheckResult;
import java.io.Writer;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/**
 * One file of a report for {@link CrossChecker#writeReport}: where it goes, the name of its format
 * (a file written in another format is written again), and what writes a result in that format,
 * such as {@code new JsonReportRenderer()::render}. The renderer may throw {@link
 * java.io.UncheckedIOException}. Immutable.
 */
public record ReportFile(Path target, String format, BiConsumer<CrossCheckResult, Writer> renderer) {
  public ReportFile {
    Checks.notNull(target, "target");
    Checks.notNull(format, "format");
    Checks.notNull(renderer, "renderer");
  }
}
