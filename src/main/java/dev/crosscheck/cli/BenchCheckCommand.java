package dev.crosscheck.cli;

import dev.crosscheck.bench.CheckBench;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crosscheck bench check}: how fast a draft is checked against an existing index. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    header = "Times check of a draft against an index built earlier.",
    description = "Times `check` of a ~1,000-word draft against an index built earlier (e.g."
        + " with `crosscheck index corpus`): in-process p50/p99 after warm-up, and whole CLI"
        + " processes.")
final class BenchCheckCommand implements Callable<Integer> {
  @Option(names = "--index", required = true, paramLabel = "DIR",
      description = "Index to check against.")
  Path index;

  @Option(names = "--draft", paramLabel = "FILE",
      description = "Draft to check (default: generated).")
  Path draft;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "200",
      description = "Timed runs (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Seed of the generated draft (default: ${DEFAULT-VALUE}).")
  long seed;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CheckBench.run(index, draft, runs, seed, spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
