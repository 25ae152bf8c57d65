package dev.crosscheck.cli;

import dev.crosscheck.CrossChecker;
import dev.crosscheck.IndexSummary;
import dev.crosscheck.model.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The corpus folders and index options that {@code index} and {@code report} share. */
final class CorpusOptions {
  @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders or files of articles.")
  List<Path> roots;

  @Option(
      names = "--index",
      paramLabel = "INDEXDIR",
      description = "Index directory (default: <first DIR>/.crosscheck/index).")
  Path index;

  @Option(names = "--rebuild", description = "Delete the index and build it anew from the corpus.")
  boolean rebuild;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  /** The index directory: {@code --index}, else beside the first corpus folder. */
  Path indexDirectory() {
    if (index != null) {
      return index;
    }
    Path first = roots.get(0).toAbsolutePath().normalize();
    Path folder = Files.isDirectory(first) ? first : first.getParent();
    return folder.resolve(".crosscheck").resolve("index");
  }

  /** Opens the checker, deleting the index first with {@code --rebuild}. */
  CrossChecker open() {
    Path dir = indexDirectory();
    if (rebuild) {
      deleteTree(dir);
    }
    return CrossChecker.open(dir);
  }

  /** Prints the summary line to {@code out} and each diagnostic to {@code err}. */
  static void print(IndexSummary summary, PrintWriter out, PrintWriter err) {
    for (Diagnostic d : summary.diagnostics()) {
      err.println(d.format());
    }
    out.printf(java.util.Locale.ROOT,
        "Indexed %d articles: %d analysed, %d unchanged, %d removed; %d claims extracted%s.%n",
        summary.articles(), summary.analysed(), summary.unchanged(), summary.removed(),
        summary.claims(),
        summary.diagnostics().isEmpty() ? "" : "; " + summary.diagnostics().size() + " warnings");
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete index " + dir + " for --rebuild", e);
    }
  }
}
