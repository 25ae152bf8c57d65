package dev.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny bench run: every row of the table is printed with a value for the one size. */
class BenchSmokeTest {
  @Test
  void printsEveryRowForATinyCorpus(@TempDir Path dir) {
    StringWriter out = new StringWriter();
    StringWriter progress = new StringWriter();
    Bench.run(new Bench.Settings(List.of(20), 3, dir, 20_000), new PrintWriter(out),
        new PrintWriter(progress));
    String table = out.toString();
    assertThat(table).contains("crosscheck bench: seed 3", "N=20");
    List<String> lines = table.lines().toList();
    for (String row : BenchTable.ROWS) {
      assertThat(lines).as("row '%s' in%n%s", row, table)
          .anySatisfy(l -> assertThat(l).startsWith(row + " ").matches(".*\\S\\s*$")
              .doesNotEndWith(" -"));
    }
    assertThat(lines).filteredOn(l -> l.startsWith("articles ")).singleElement()
        .satisfies(l -> assertThat(l).endsWith(" 20"));
    assertThat(progress.toString()).contains("bench: full run on 20 articles");
  }

  @Test
  void settingsAreChecked(@TempDir Path dir) {
    assertThatThrownBy(() -> new Bench.Settings(List.of(), 1, dir, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sizes must name at least one corpus size");
    assertThatThrownBy(() -> new Bench.Settings(List.of(10, 0), 1, dir, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("corpus sizes must be >= 1 article, was 0");
  }
}
