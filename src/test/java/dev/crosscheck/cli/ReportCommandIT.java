package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosscheck report --html-topics N}: how much of the report the page shows. */
class ReportCommandIT {
  @Test
  void htmlTopicsCutsThePageButNotTheJson(@TempDir Path dir) throws Exception {
    String[] cut = args(dir, "--html-topics", "3");
    Result first = run(cut);
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out()).contains("Wrote ");
    Document page = Jsoup.parse(dir.resolve("out/index.html").toFile());
    assertThat(page.select(".card.agree")).hasSize(3);
    assertThat(page.select("p.more").eachText())
        .anyMatch(t -> t.startsWith("Showing the first 3 of "));
    int topics = new ObjectMapper().readTree(dir.resolve("out/report.json").toFile())
        .get("topics").size();
    assertThat(topics).isGreaterThan(page.select(".card").size());

    assertThat(run(cut).out()).contains("already hold this report");
    // another limit is another page
    Result whole = run(args(dir));
    assertThat(whole.out()).contains("Wrote ");
    assertThat(Jsoup.parse(dir.resolve("out/index.html").toFile()).select("p.more")).isEmpty();
  }

  @Test
  void htmlTopicsMustBePositive(@TempDir Path dir) {
    Result run = run(args(dir, "--html-topics", "0"));
    assertThat(run.code()).isEqualTo(ExitCodes.ERROR);
    assertThat(run.err()).contains("--html-topics must be at least 1");
    assertThat(Files.exists(dir.resolve("out"))).isFalse();
  }

  private static String[] args(Path dir, String... more) {
    String[] base = {"report", "corpus", "--out", dir.resolve("out").toString(),
        "--index", dir.resolve("index").toString()};
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CrossCheckCommand.commandLine(new PrintWriter(out), new PrintWriter(err))
        .execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}
