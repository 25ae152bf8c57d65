package dev.crosscheck.cli;

import dev.crosscheck.CrossChecker;
import dev.crosscheck.check.Baseline;
import dev.crosscheck.check.CheckPolicy;
import dev.crosscheck.check.DraftChecker;
import dev.crosscheck.check.FailOn;
import dev.crosscheck.index.LuceneClaimStore;
import dev.crosscheck.model.CheckReport;
import dev.crosscheck.report.CheckFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crosscheck check DRAFT…}: holds drafts against the corpus, for CI. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    header = "Checks drafts against the corpus; fails on contradictions.",
    description = "Checks the numbers in each DRAFT against an indexed corpus and reports each"
        + " claim the corpus contradicts, supports, or says nothing about. Exits 1 when a finding"
        + " at the --fail-on level is not in the --baseline.")
final class CheckCommand implements Callable<Integer> {
  enum Format { text, json, sarif, github }

  enum Level { conflict, unsupported, never }

  @Parameters(arity = "1..*", paramLabel = "DRAFT", description = "Draft files (md, txt, html).")
  List<Path> drafts;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "Corpus folder; indexed incrementally before checking.")
  Path corpus;

  @Option(names = "--index", paramLabel = "DIR",
      description = "Index built earlier (default with --corpus: the corpus's own index).")
  Path index;

  @Option(names = "--format", defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--fail-on", defaultValue = "conflict",
      description = "Which findings fail: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Level failOn;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Findings accepted earlier (from --write-baseline); they never fail the check.")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "Write the fingerprints of this run's findings to FILE.")
  Path writeBaseline;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Path indexDir = indexDirectory();
    CheckPolicy policy = CheckPolicy.failOn(FailOn.valueOf(failOn.name().toUpperCase(Locale.ROOT)));
    if (baseline != null) {
      policy = policy.withBaseline(Baseline.read(baseline));
    }
    CheckReport report;
    if (corpus != null) {
      CorpusOptions.deleteOutdatedIndex(indexDir, spec.commandLine().getErr());
    }
    try (CrossChecker checker = CrossChecker.open(indexDir)) {
      if (corpus != null) {
        CorpusOptions.print(checker.index(List.of(corpus)), spec.commandLine().getErr(),
            spec.commandLine().getErr());
      }
      report = new DraftChecker(checker).check(drafts, policy);
    }
    if (writeBaseline != null) {
      Baseline.write(writeBaseline, report);
    }
    spec.commandLine().getOut().print(
        CheckFormat.valueOf(format.name().toUpperCase(Locale.ROOT)).render(report));
    spec.commandLine().getOut().flush();
    return report.failed() ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private Path indexDirectory() {
    if (index == null && corpus == null) {
      throw new IllegalArgumentException("say which corpus to check against: --corpus DIR or --index DIR");
    }
    if (index == null) {
      return corpus.toAbsolutePath().normalize().resolve(".crosscheck").resolve("index");
    }
    if (corpus == null && !Files.isDirectory(index)) {
      throw new IllegalArgumentException("index " + index
          + " does not exist; build it with: crosscheck index CORPUS --index " + index);
    }
    if (corpus == null) {
      LuceneClaimStore.otherSchema(index).ifPresent(found -> {
        throw new IllegalArgumentException(String.format(Locale.ROOT, "index %s has schema version"
            + " %s, this crosscheck uses %d; rebuild it with: crosscheck index CORPUS --index %s"
            + " --rebuild, or check with --corpus CORPUS", index, found,
            LuceneClaimStore.SCHEMA_VERSION, index));
      });
    }
    return index;
  }
}
