package dev.crosscheck.cli;

import dev.crosscheck.CrossChecker;
import dev.crosscheck.eval.ExtractionEvaluator;
import dev.crosscheck.eval.ExtractionScores;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck eval-extract [GOLD]}: scores claim extraction against the gold table and
 * prints precision, recall and F1 per claim kind and overall. Exit code 0 when every target is
 * met, 1 when one is missed, 2 when the table cannot be read.
 */
@Command(
    name = "eval-extract",
    mixinStandardHelpOptions = true,
    header = "Scores claim extraction against a gold table.",
    description = "Scores claim extraction against a gold table and prints precision, recall"
        + " and F1 per claim kind and overall, for value, value+unit and subject. Exits 1 below"
        + " the targets.")
public final class EvalExtractCommand implements Callable<Integer> {
  /** Dates rows without a publication date would resolve against; every gold row has one. */
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC);

  @Parameters(
      arity = "0..1",
      paramLabel = "GOLD",
      defaultValue = "src/test/resources/golden/extract/claims.tsv",
      description = "The gold table (default: ${DEFAULT-VALUE}).")
  Path gold;

  @Option(names = "--mismatches", description = "Also print every row not matched perfectly.")
  boolean mismatches;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ExtractionScores scores;
    try (CrossChecker checker = CrossChecker.builder().clock(CLOCK).build()) {
      scores = ExtractionEvaluator.using(checker).evaluate(gold);
    }
    if (mismatches) {
      scores.mismatches().forEach(out::print);
    }
    out.print(scores.table());
    List<String> missed = scores.missedTargets();
    missed.forEach(m -> out.println("missed: " + m));
    out.flush();
    return missed.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }
}
