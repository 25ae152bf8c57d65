package dev.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.CrossChecker;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A smoke run of the check benchmark on the sample corpus: every figure is printed. */
class CheckBenchIT {
  @Test
  void printsInProcessPercentilesAndProcessTimes(@TempDir Path index) {
    try (CrossChecker checker = CrossChecker.open(index)) {
      checker.index(List.of(Path.of("corpus")));
    }
    StringWriter out = new StringWriter();
    CheckBench.run(index, null, 3, 1, new PrintWriter(out));
    assertThat(out.toString())
        .containsPattern("draft: .+ \\(\\d+ words, \\d+ claims\\)")
        .containsPattern("p50 \\d+\\.\\d ms, p99 \\d+\\.\\d ms")
        .containsPattern("CLI process .*(median \\d+\\.\\d\\d s|skipped)");
  }
}
