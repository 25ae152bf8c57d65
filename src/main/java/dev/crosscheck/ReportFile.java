package dev.crosscheck;

import dev.crosscheck.internal.Checks;
import dev.crosscheck.model.CrossCheckResult;
import java.io.Writer;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/**
 * One file of a report for {@link CrossChecker#writeReport}: where it goes, the name of its format,
 * and what writes a result in that format, such as {@code new JsonReportRenderer()::render}. The
 * format names the renderer's output: files written in another format are written again, so a
 * renderer of your own whose output changes needs a new name ({@code "my-csv-2"}); crosscheck's own
 * renderers change only with crosscheck, which writes its files again when it changes. The
 * renderer may throw {@link java.io.UncheckedIOException}. Immutable.
 */
public record ReportFile(
    Path target, String format, BiConsumer<CrossCheckResult, Writer> renderer) {
  public ReportFile {
    Checks.notNull(target, "target");
    Checks.notNull(format, "format");
    Checks.notNull(renderer, "renderer");
  }
}
