package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code crosscheck bench} parses its options, prints the table and keeps corpora in --dir. */
class BenchCommandTest {
  @Test
  void tinyBenchInAGivenDirectory(@TempDir Path dir) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new BenchCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute("--articles", "8", "--seed", "5", "--dir", dir.toString(),
        "--tagging-sample-mb", "1");
    assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("seed 5", "N=8", "end-to-end s", "re-run 1% changed s");
    assertThat(dir.resolve("corpus-8-seed-5")).isDirectory();
    assertThat(Files.exists(dir.resolve("index-8"))).isFalse();
  }

  @Test
  void rejectsAZeroSize() {
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new BenchCommand());
    cl.setErr(new PrintWriter(err));
    cl.setExecutionExceptionHandler(new Failures());
    cl.setExitCodeExceptionMapper(e -> ExitCodes.ERROR);
    assertThat(cl.execute("--articles", "0")).isEqualTo(ExitCodes.ERROR);
    assertThat(err.toString()).contains("corpus sizes must be >= 1 article, was 0");
  }
}
