package dev.crosscheck.cli;

import dev.crosscheck.bench.Bench;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crosscheck bench}: times the pipeline on generated corpora against the raw libraries. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    subcommands = BenchCheckCommand.class,
    header = "Times the pipeline against OpenNLP and Lucene.",
    description = {
      "Generates realistic news corpora (seeded, so every run sees the same text), runs the"
          + " whole pipeline on each (ingest, extract, index, reconcile, JSON report), re-runs it"
          + " unchanged and with 1%% of the files changed, and compares it with OpenNLP and Lucene"
          + " on the same text. Prints one table with a column per corpus size. Give the JVM room"
          + " for large corpora:",
      "  CROSSCHECK_JAVA_OPTS=-Xmx1536m ./crosscheck bench --articles 100000"
    })
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--articles", split = ",", paramLabel = "N", defaultValue = "1000,10000",
      description = "Corpus sizes in articles (default: ${DEFAULT-VALUE}).")
  List<Integer> articles;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Generator seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--dir", paramLabel = "D",
      description = "Working directory; generated corpora are kept there and reused"
          + " (default: a temporary directory, deleted afterwards).")
  Path dir;

  @Option(names = "--tagging-sample-mb", paramLabel = "MB", defaultValue = "5",
      description = "Megabytes of each corpus the tokenize+POS baseline reads (default:"
          + " ${DEFAULT-VALUE}).")
  int taggingSampleMb;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Path work = dir != null ? dir : temporaryDirectory();
    try {
      Bench.run(new Bench.Settings(articles, seed, work, taggingSampleMb * 1_000_000L),
          spec.commandLine().getOut(), spec.commandLine().getErr());
    } finally {
      if (dir == null) {
        deleteTree(work);
      }
    }
    return ExitCodes.OK;
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("crosscheck-bench");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary directory for the bench", e);
    }
  }

  private static void deleteTree(Path dir) {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the bench directory " + dir, e);
    }
  }
}
