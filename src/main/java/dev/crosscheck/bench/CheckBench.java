package dev.crosscheck.bench;

import dev.crosscheck.CrossChecker;
import dev.crosscheck.DraftMetadata;
import dev.crosscheck.internal.Checks;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Times {@code check} of one draft against an existing index: in-process after warm-up (p50,
 * p99), and as whole CLI processes including JVM start. The draft is about 1,000 words of
 * generated news unless one is given. Not thread-safe; use once.
 */
public final class CheckBench {
  private static final int WARMUP = 30;
  private static final int PROCESSES = 5;
  private static final int DRAFT_WORDS = 1_000;

  private CheckBench() {}

  /** Runs the benchmark and prints one line per figure to {@code out}. */
  public static void run(Path index, Path draft, int runs, long seed, PrintWriter out) {
    Checks.argument(runs >= 1, "runs must be >= 1, was %d", runs);
    Path file = draft != null ? draft : writeDraft(seed);
    String text = read(file);
    List<Long> nanos = new ArrayList<>();
    int claims;
    try (CrossChecker checker = CrossChecker.open(index)) {
      claims = checker.check(text, DraftMetadata.forFile(file.toString())).assessments().size();
      for (int i = 0; i < WARMUP + runs; i++) {
        long t0 = System.nanoTime();
        checker.check(text, DraftMetadata.forFile(file.toString()));
        if (i >= WARMUP) {
          nanos.add(System.nanoTime() - t0);
        }
      }
    }
    Collections.sort(nanos);
    out.printf(Locale.ROOT, "draft: %s (%d words, %d claims), index: %s%n", file,
        text.split("\\s+").length, claims, index);
    out.printf(Locale.ROOT, "in-process check after %d warm-up runs, %d runs: p50 %.1f ms, p99 %.1f ms%n",
        WARMUP, runs, percentile(nanos, 50), percentile(nanos, 99));
    cliProcesses(index, file).ifPresent(line -> out.println(line));
    out.flush();
  }

  private static java.util.Optional<String> cliProcesses(Path index, Path draft) {
    Path jar = Path.of("target", "crosscheck-cli.jar");
    if (!Files.isRegularFile(jar)) {
      return java.util.Optional.of("CLI process: skipped, target/crosscheck-cli.jar not built");
    }
    List<Long> nanos = new ArrayList<>();
    for (int i = 0; i < PROCESSES; i++) {
      long t0 = System.nanoTime();
      exec(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toString(), "check",
          draft.toString(), "--index", index.toString(), "--fail-on", "never"));
      nanos.add(System.nanoTime() - t0);
    }
    Collections.sort(nanos);
    return java.util.Optional.of(String.format(Locale.ROOT,
        "CLI process (JVM start + models + index + check), %d runs: median %.2f s, max %.2f s",
        PROCESSES, percentile(nanos, 50) / 1000, nanos.get(nanos.size() - 1) / 1e9));
  }

  private static void exec(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("check process did not finish in 120 s");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command.get(0), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while timing the CLI", e);
    }
  }

  /** About 1,000 words of generated news, written to a temporary Markdown file. */
  private static Path writeDraft(long seed) {
    StringBuilder draft = new StringBuilder();
    CorpusGenerator.withSeed(seed + 7919).generate(40, (name, text) -> {
      if (draft.toString().split("\\s+").length < DRAFT_WORDS) {
        draft.append(text).append("\n\n");
      }
    });
    try {
      Path file = Files.createTempFile("crosscheck-draft-", ".md");
      file.toFile().deleteOnExit();
      String[] words = draft.toString().split(" ");
      Files.writeString(file, String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, DRAFT_WORDS))));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the benchmark draft", e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read draft " + file, e);
    }
  }

  /** The p-th percentile of sorted nanoseconds, in milliseconds. */
  private static double percentile(List<Long> sorted, int p) {
    int i = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
    return sorted.get(Math.max(0, i)) / 1e6;
  }
}
