package dev.crosscheck.cli;

import dev.crosscheck.CrossChecker;
import dev.crosscheck.ReportFile;
import dev.crosscheck.WrittenReport;
import dev.crosscheck.model.ResultSummary;
import dev.crosscheck.report.HtmlReportRenderer;
import dev.crosscheck.report.JsonReportRenderer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crosscheck report DIR…}: indexes, reconciles, and writes the HTML and JSON reports. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    header = "Indexes a corpus and writes the discrepancy report.",
    description = "Indexes the articles under DIR (incrementally), finds the numbers different"
        + " sources state about the same thing, and writes OUTDIR/index.html (for people) and"
        + " OUTDIR/report.json (for scripts). Conflicts come first. Files that already hold the"
        + " report are left alone.")
final class ReportCommand implements Callable<Integer> {
  @Mixin CorpusOptions corpus;

  @Option(names = "--out", paramLabel = "OUTDIR", defaultValue = "reports",
      description = "Where to write index.html and report.json (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--html-topics", paramLabel = "N",
      defaultValue = "" + HtmlReportRenderer.DEFAULT_TOPICS_PER_SECTION,
      description = "The most conflicts, agreements and single-source topics the HTML page shows"
          + " each (default: ${DEFAULT-VALUE}); the JSON report always has every one.")
  int htmlTopics;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (htmlTopics < 1) {
      throw new ParameterException(spec.commandLine(), "--html-topics must be at least 1");
    }
    Path html = out.resolve("index.html");
    Path json = out.resolve("report.json");
    List<ReportFile> files = List.of(
        new ReportFile(json, "json", new JsonReportRenderer()::render),
        // the format names the limit: a page cut elsewhere is not this report
        new ReportFile(html, "html-" + htmlTopics, new HtmlReportRenderer(htmlTopics)::render));
    WrittenReport report;
    try (CrossChecker checker = corpus.open(spec.commandLine().getErr())) {
      CorpusOptions.print(checker.index(corpus.roots), spec.commandLine().getOut(),
          spec.commandLine().getErr());
      report = checker.writeReport(files);
    }
    ResultSummary s = report.summary();
    String what = report.written() ? "Wrote %s and %s" : "%s and %s already hold this report";
    spec.commandLine().getOut().printf(Locale.ROOT,
        what + ": %d conflicts, %d agreements, %d single-source topics.%n", html, json,
        s.conflicts(), s.agreements(), s.singles());
    return ExitCodes.OK;
  }
}
