package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code crosscheck eval-reconcile}: table, mismatches and exit codes. */
class EvalReconcileCommandIT {
  private static final String GOLD = "src/test/resources/corpus/reconcile";

  @Test
  void theSampleMeetsItsTargetsAndSummaryPrintsOnlyTheTable() {
    Run run = run("--summary", GOLD + "/sample-gold");
    assertThat(run.code).as(run.out + run.err).isZero();
    assertThat(run.out.lines()).hasSize(3);
    assertThat(run.out).startsWith("corpus")
        .containsPattern("sample-gold +2 1\\.00 \\(2/2\\) +1\\.00 \\(2/2\\) +10/10 +0/7 .* met");
  }

  @Test
  void aCorpusMissingItsTargetsExitsWithOneAndListsMismatches() {
    Run run = run(GOLD + "/world-desk");
    assertThat(run.out).startsWith("corpus").contains("world-desk");
    boolean missed = run.out.contains("MISSED");
    assertThat(run.code).as(run.out + run.err).isEqualTo(missed ? 1 : 0);
    if (missed) {
      assertThat(run.out).contains("== world-desk:").contains("- NOT FLAGGED CONFLICT");
    }
  }

  @Test
  void aFolderWithoutGoldIsAUsageError() {
    Run run = run("src/test/resources/check");
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).contains("no gold.tsv under");
    assertThat(run("no/such/folder").err).contains("not a folder: no/such/folder");
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new EvalReconcileCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private record Run(int code, String out, String err) {}
}
