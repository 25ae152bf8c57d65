package dev.crosscheck.cli;

import dev.crosscheck.eval.ReconcileEvaluator;
import dev.crosscheck.eval.ReconcileScores;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck eval-reconcile [DIR…]}: scores the reconciler on gold corpora and prints a
 * table, then every mismatch. Exit 0 when every corpus meets its targets, 1 when one misses them.
 */
@Command(
    name = "eval-reconcile",
    mixinStandardHelpOptions = true,
    header = "Scores topics and conflicts against gold corpora.",
    description = {
      "Runs the pipeline on each gold corpus (a folder with gold.tsv and articles/) and prints"
          + " CONFLICT precision and recall, agreements found, traps flagged, earlier values"
          + " marked and origin counts, then every mismatch. DIR may also be a folder of gold"
          + " corpora.",
      "Targets: precision >= 0.9, recall >= 0.9, no trap flagged; exact corpora: no mismatch."
    })
final class EvalReconcileCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "DIR",
      description = "Gold corpora or folders of them (default: ${DEFAULT-VALUE}).",
      defaultValue = "src/test/resources/corpus/reconcile")
  List<Path> dirs;

  @Option(names = "--summary", description = "Print only the table, not the mismatches.")
  boolean summary;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    List<Path> corpora = new ArrayList<>();
    for (Path dir : dirs) {
      if (!Files.isDirectory(dir)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "not a folder: " + dir);
      }
      corpora.addAll(ReconcileEvaluator.discover(dir));
    }
    if (corpora.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no gold.tsv under " + dirs);
    }
    ReconcileEvaluator evaluator = ReconcileEvaluator.create();
    List<ReconcileScores> scores = corpora.stream().map(evaluator::evaluate).toList();
    PrintWriter out = spec.commandLine().getOut();
    out.print(ReconcileEvaluator.table(scores));
    out.println("(precision: real/flagged; recall: found/expected; traps: flagged/expected;"
        + " previous, origins, agreements: right/expected)");
    if (!summary) {
      printMismatches(scores, out);
    }
    out.flush();
    return scores.stream().allMatch(ReconcileScores::meetsTargets) ? ExitCodes.OK
        : ExitCodes.FINDINGS;
  }

  private static void printMismatches(List<ReconcileScores> scores, PrintWriter out) {
    for (ReconcileScores s : scores) {
      if (s.mismatches().isEmpty()) {
        continue;
      }
      out.printf(java.util.Locale.ROOT, "%n== %s: %d mismatches%n", s.corpus(), s.mismatches().size());
      s.mismatches().forEach(m -> out.println("- " + m));
    }
  }
}
