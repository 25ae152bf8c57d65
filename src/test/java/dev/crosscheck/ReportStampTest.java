package dev.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.model.CrossCheckResult;
import dev.crosscheck.model.ResultSummary;
import dev.crosscheck.report.HtmlReportRenderer;
import dev.crosscheck.report.JsonReportRenderer;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report whose result has not changed is not made again; anything that changes the result, or
 * the files, makes it again.
 */
class ReportStampTest {
  private static final String WIRE =
      "# Deal\n\nsource: Wire\n\nMicrosoft said its license to OpenAI models runs through 2032.\n";
  private static final String POST = WIRE.replace("Wire", "Post").replace("2032", "2030");

  @TempDir Path corpus;
  @TempDir Path index;
  @TempDir Path out;
  private final CountingJson json = new CountingJson();

  @BeforeEach
  void write() throws IOException {
    Files.writeString(corpus.resolve("wire.md"), WIRE);
    Files.writeString(corpus.resolve("post.md"), POST);
  }

  @Test
  void anUnchangedResultLeavesTheFilesAloneAcrossCheckers() throws IOException {
    WrittenReport first = run();
    String written = Files.readString(report());
    FileTime time = Files.getLastModifiedTime(report());

    WrittenReport second = run();

    assertThat(first.written()).isTrue();
    assertThat(second.written()).isFalse();
    assertThat(second.summary()).isEqualTo(first.summary())
        .isEqualTo(new ResultSummary(2, 1, 1, 0, 0));
    assertThat(json.renders).hasValue(1);
    assertThat(Files.readString(report())).isEqualTo(written);
    assertThat(Files.getLastModifiedTime(report())).isEqualTo(time);
  }

  @Test
  void aChangedArticleMakesTheReportAgain() throws IOException {
    run();
    Files.writeString(corpus.resolve("post.md"), POST.replace("2030", "2032"));

    WrittenReport second = run();

    assertThat(second.written()).isTrue();
    assertThat(second.summary().agreements()).isEqualTo(1);
    assertThat(Files.readString(report())).contains("\"agreements\": 1");
  }

  @Test
  void aRemovedArticleMakesTheReportAgain() throws IOException {
    run();
    Files.delete(corpus.resolve("post.md"));

    assertThat(run().summary()).isEqualTo(new ResultSummary(1, 1, 0, 0, 1));
  }

  @Test
  void aNewProblemMakesTheReportAgainSinceTheReportListsIt() throws IOException {
    run();
    Files.write(corpus.resolve("broken.md"), new byte[] {(byte) 0xC3, 0x28});

    WrittenReport second = run();

    assertThat(second.written()).isTrue();
    assertThat(Files.readString(report())).contains("broken.md");
  }

  @Test
  void aFileTouchedDeletedOrMovedSinceIsWrittenAgain() throws IOException {
    run();
    Files.setLastModifiedTime(report(), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
    assertThat(run().written()).as("touched").isTrue();

    Files.delete(report());
    assertThat(run().written()).as("deleted").isTrue();
    assertThat(report()).exists();

    Path elsewhere = out.resolve("elsewhere.json");
    assertThat(run(List.of(json(elsewhere))).written()).as("another target").isTrue();
    assertThat(run(List.of(json(elsewhere))).written()).isFalse();
  }

  @Test
  void anotherFormatOrAnotherSetOfFilesIsWrittenAgain() throws IOException {
    run();
    ReportFile html = new ReportFile(report(), "html", new HtmlReportRenderer()::render);
    assertThat(run(List.of(html)).written()).as("another format").isTrue();
    assertThat(Files.readString(report())).startsWith("<!DOCTYPE html>");
    assertThat(run(List.of(html, json(out.resolve("b.json")))).written()).as("one more").isTrue();
    assertThat(run(List.of(html)).written()).as("one fewer").isTrue();
  }

  @Test
  void aSameSizeRewriteWithTheOldTimeIsStillSeen() throws IOException {
    run();
    FileTime time = Files.getLastModifiedTime(report());
    String text = Files.readString(report());
    Path other = Files.writeString(out.resolve("other.tmp"), text.replace("2030", "2031"));
    Files.move(other, report(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.setLastModifiedTime(report(), time);

    assertThat(run().written()).isTrue();
    assertThat(Files.readString(report())).isEqualTo(text);
  }

  @Test
  void aRendererThatFailsLeavesNoTemporaryFileAndTheOldReport() throws IOException {
    run();
    String before = Files.readString(report());
    Files.writeString(corpus.resolve("post.md"), POST.replace("2030", "2029"));
    ReportFile failing = new ReportFile(report(), "json", (result, writer) -> {
      throw new IllegalStateException("renderer bug");
    });

    assertThatThrownBy(() -> run(List.of(failing))).hasMessage("renderer bug");

    assertThat(Files.readString(report())).isEqualTo(before);
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.json");
    }
  }

  @Test
  void twoFilesToOneTargetAreRefused() {
    try (CrossChecker checker = CrossChecker.open(index)) {
      Path sameFile = out.resolve("x").resolve("..").resolve("report.json");
      assertThatThrownBy(() -> checker.writeReport(List.of(json(report()), json(sameFile))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("two report files go to " + sameFile);
    }
  }

  @Test
  void aDamagedStampOnlyCostsTime() throws IOException {
    run();
    Path stamp = index.resolve(ReportStamp.FILE_NAME);
    byte[] bytes = Files.readAllBytes(stamp);
    bytes[bytes.length / 2] ^= 0x10;
    Files.write(stamp, bytes);

    assertThat(run().written()).isTrue();
    assertThat(run().written()).isFalse();
  }

  private WrittenReport run() {
    return run(List.of(json(report())));
  }

  private ReportFile json(Path target) {
    return new ReportFile(target, "json", json::render);
  }

  private WrittenReport run(List<ReportFile> files) {
    try (CrossChecker checker = CrossChecker.open(index)) {
      checker.index(List.of(corpus));
      return checker.writeReport(files);
    }
  }

  private Path report() {
    return out.resolve("report.json");
  }

  /** The JSON renderer, counting its calls. */
  private static final class CountingJson {
    final AtomicInteger renders = new AtomicInteger();

    void render(CrossCheckResult result, Writer out) {
      renders.incrementAndGet();
      new JsonReportRenderer().render(result, out);
    }
  }
}
