package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code eval-extract} on small gold tables of its own; the lead registers it as a subcommand. */
class EvalExtractCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = new CommandLine(new EvalExtractCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    cl.setExecutionExceptionHandler(new Failures());
    return cl.execute(args);
  }

  private Path gold(String... rows) throws IOException {
    Path file = dir.resolve("gold.tsv");
    Files.writeString(file, "# test\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void printsThePerKindTableAndExitsZeroWhenTheTargetsAreMet() throws IOException {
    Path file = gold("2026-04-28\tThe startup raised $5 billion.\t"
            + "MONEY|5e9|USD|4.5e9|5.5e9|-|LEVEL|$5 billion\tstartup",
        "2026-04-28\tThe laptop ships with Windows 11.\t-");
    assertThat(run(file.toString())).isEqualTo(ExitCodes.OK);
    assertThat(out.toString())
        .contains("2 rows, 1 of them without claims")
        .contains("MONEY         1     1 |   1.000 1.000 1.000  |   1.000 1.000 1.000")
        .contains("overall ")
        .contains("subject (1 claims with terms): P 1.000 R 1.000 F1 1.000")
        .contains("no-claim rows with claims: 0");
  }

  @Test
  void exitsOneAndSaysWhichTargetWasMissed() throws IOException {
    Path file = gold("2026-04-28\tThe startup raised $5 billion.\t"
        + "MONEY|6e9|USD|5.5e9|6.5e9|-|LEVEL|$5 billion");
    assertThat(run("--mismatches", file.toString())).isEqualTo(ExitCodes.FINDINGS);
    assertThat(out.toString())
        .contains("line 2: The startup raised $5 billion.")
        .contains("  miss MONEY|6000000000|USD")
        .contains("  extra MONEY|5000000000|USD|4500000000|5500000000|-|LEVEL|$5 billion")
        .contains("missed: value F1 0.000 is below the target 0.97");
  }

  @Test
  void aMissingTableIsAnError() {
    assertThat(run(dir.resolve("none.tsv").toString())).isEqualTo(ExitCodes.ERROR);
    assertThat(err.toString()).contains("cannot read gold table");
  }
}
