package dev.crosscheck.cli;

import dev.crosscheck.CrossChecker;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crosscheck index DIR…}: brings the index up to date, nothing else. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    header = "Updates the index of a corpus.",
    description = "Updates the Lucene index with the articles under DIR: new and changed files"
        + " are analysed, unchanged ones skipped, deleted ones removed; the run commits"
        + " atomically.")
final class IndexCommand implements Callable<Integer> {
  @Mixin CorpusOptions corpus;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (CrossChecker checker = corpus.open(spec.commandLine().getErr())) {
      CorpusOptions.print(checker.index(corpus.roots), spec.commandLine().getOut(),
          spec.commandLine().getErr());
    }
    return ExitCodes.OK;
  }
}
