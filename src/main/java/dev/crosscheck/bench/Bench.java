package dev.crosscheck.bench;

import dev.crosscheck.internal.Checks;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Runs the benchmark of {@code ./crosscheck bench}: for each corpus size, generates (or reuses) a
 * corpus, times the front door end to end on it, re-runs it unchanged and with one percent of the
 * files changed, measures the baselines on the same files, and prints one aligned table with a
 * column per size. Stateless; a run is single-threaded apart from what the front door does itself.
 *
 * <p>Everything the run writes (corpora, indexes, reports) goes under {@link Settings#directory()};
 * corpora are kept there and reused by later runs with the same size and seed.
 */
public final class Bench {
  /** Articles the JIT warm-up runs on, or the smallest corpus size when that is smaller. */
  private static final int WARMUP_ARTICLES = 300;

  /**
   * What to run: corpus sizes in articles, the generator seed, the working directory, and how many
   * bytes of each corpus the slow tokenize-and-tag baseline reads (its throughput is measured on
   * that prefix). Immutable.
   */
  public record Settings(List<Integer> sizes, long seed, Path directory, long taggingSampleBytes) {
    /** Checks every setting. */
    public Settings {
      Checks.notNull(sizes, "sizes");
      Checks.notNull(directory, "directory");
      Checks.argument(!sizes.isEmpty(), "sizes must name at least one corpus size");
      sizes = List.copyOf(sizes);
      for (int n : sizes) {
        Checks.argument(n >= 1, "corpus sizes must be >= 1 article, was %d", n);
      }
      Checks.argument(taggingSampleBytes >= 1, "taggingSampleBytes must be >= 1, was %d",
          taggingSampleBytes);
    }
  }

  private Bench() {}

  /**
   * Runs the benchmark and prints the table to {@code out}; one line per step goes to {@code
   * progress} as it starts.
   *
   * @throws java.io.UncheckedIOException when the working directory cannot be written
   */
  public static void run(Settings settings, PrintWriter out, PrintWriter progress) {
    Checks.notNull(settings, "settings");
    Checks.notNull(out, "out");
    Checks.notNull(progress, "progress");
    Workspace workspace = new Workspace(settings.directory(), settings.seed());
    Baselines baselines = new Baselines();
    int warmUp = Math.min(WARMUP_ARTICLES, settings.sizes().stream().min(Integer::compare).get());
    progress.println("bench: warming up on " + warmUp + " articles");
    progress.flush();
    new SizeRun(workspace, baselines, settings, progress).warmUp(warmUp);
    BenchTable table = new BenchTable();
    for (int n : settings.sizes()) {
      table.column(String.format(Locale.ROOT, "N=%,d", n));
      new SizeRun(workspace, baselines, settings, progress).run(n, table);
    }
    out.println(header(settings));
    table.print(out);
  }

  private static String header(Settings s) {
    return String.format(
        Locale.ROOT,
        "crosscheck bench: seed %d, %d processors, max heap %,d MB, Java %s;"
            + " tagging baseline on the first %,.1f MB of each corpus",
        s.seed(),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / 1_000_000,
        ManagementFactory.getRuntimeMXBean().getVmVersion(),
        s.taggingSampleBytes() / Measurement.MB);
  }
}
