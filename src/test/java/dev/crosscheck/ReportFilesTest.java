package dev.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
  @TempDir Path out;

  @Test
  void filesAreRenderedAtOnce() throws IOException {
    CountDownLatch jsonStarted = new CountDownLatch(1);
    Map<Path, ReportFiles.Content> files = new LinkedHashMap<>();
    files.put(out.resolve("page.html"), w -> {
      // waits for the other file: rendering them one after the other would never finish
      await(jsonStarted);
      write(w, "<p>page</p>");
    });
    files.put(out.resolve("report.json"), w -> {
      jsonStarted.countDown();
      write(w, "{}");
    });

    ReportFiles.writeAll(files);

    assertThat(Files.readString(out.resolve("page.html"))).isEqualTo("<p>page</p>");
    assertThat(Files.readString(out.resolve("report.json"))).isEqualTo("{}");
  }

  @Test
  void oneFailureWritesNothingAndNamesTheFirstFileThatFailed() throws IOException {
    Files.writeString(out.resolve("report.json"), "old");
    Map<Path, ReportFiles.Content> files = new LinkedHashMap<>();
    files.put(out.resolve("report.json"), w -> write(w, "{}"));
    files.put(out.resolve("a.html"), w -> {
      throw new UncheckedIOException(new IOException("disk full"));
    });
    files.put(out.resolve("b.html"), w -> {
      throw new IllegalStateException("renderer bug");
    });

    assertThatThrownBy(() -> ReportFiles.writeAll(files))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot write report " + out.resolve("a.html"));

    assertThat(Files.readString(out.resolve("report.json"))).isEqualTo("old");
    try (Stream<Path> left = Files.list(out)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("report.json");
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS)).as("the other file started").isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void write(Writer w, String text) {
    try {
      w.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
