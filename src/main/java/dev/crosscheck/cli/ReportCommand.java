package dev.crosscheck.cli;

import dev.crosscheck.CrossChecker;
import dev.crosscheck.model.CrossCheckResult;
import dev.crosscheck.model.Topic;
import dev.crosscheck.model.TopicStatus;
import dev.crosscheck.report.HtmlReportRenderer;
import dev.crosscheck.report.JsonReportRenderer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crosscheck report DIR…}: indexes, reconciles, and writes the HTML and JSON reports. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Indexes the articles under DIR (incrementally), finds the numbers different sources state",
      "about the same thing, and writes OUTDIR/index.html (for people) and OUTDIR/report.json",
      "(for scripts). Conflicts come first."
    })
final class ReportCommand implements Callable<Integer> {
  @Mixin CorpusOptions corpus;

  @Option(names = "--out", paramLabel = "OUTDIR", defaultValue = "reports",
      description = "Where to write index.html and report.json (default: ${DEFAULT-VALUE}).")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CrossCheckResult result;
    try (CrossChecker checker = corpus.open()) {
      CorpusOptions.print(checker.index(corpus.roots), spec.commandLine().getOut(),
          spec.commandLine().getErr());
      result = checker.report();
    }
    Path html = out.resolve("index.html");
    Path json = out.resolve("report.json");
    Map<Path, ReportFiles.Content> files = new LinkedHashMap<>();
    files.put(json, w -> new JsonReportRenderer().render(result, w));
    files.put(html, w -> new HtmlReportRenderer().render(result, w));
    ReportFiles.writeAll(files);
    spec.commandLine().getOut().printf(java.util.Locale.ROOT,
        "Wrote %s and %s: %d conflicts, %d agreements, %d single-source topics.%n", html, json,
        count(result, TopicStatus.CONFLICT), count(result, TopicStatus.AGREE),
        count(result, TopicStatus.SINGLE));
    return ExitCodes.OK;
  }

  private static long count(CrossCheckResult result, TopicStatus status) {
    return result.topics().stream().map(Topic::status).filter(status::equals).count();
  }
}
