package dev.crosscheck.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.crosscheck.ArticleClaims;
import dev.crosscheck.CrossChecker;
import dev.crosscheck.Extraction;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Diagnostic;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crosscheck claims FILE…}: prints the claims extracted from files, for debugging and scripts. */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    header = "Prints the claims extracted from articles.",
    description = "Prints the claims extracted from each FILE, with the 1-based line where each"
        + " claim's text starts. Touches no index.")
final class ClaimsCommand implements Callable<Integer> {
  enum Format { text, json, jsonl }

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files (md, txt, html, json, jsonl) or folders of them.")
  List<Path> files;

  @Option(names = "--format", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<ClaimRow> rows = new ArrayList<>();
    try (CrossChecker checker = CrossChecker.builder().build()) {
      for (Path file : files) {
        Extraction extraction = checker.extract(file);
        for (Diagnostic d : extraction.diagnostics()) {
          spec.commandLine().getErr().println(d.format());
        }
        for (ArticleClaims ac : extraction.articles()) {
          for (Claim claim : ac.claims()) {
            // A folder holds many files: name the one the claim is in.
            String shown = java.nio.file.Files.isDirectory(file)
                ? file.resolve(ac.article().path()).toString() : file.toString();
            rows.add(new ClaimRow(shown, ac.article(), claim));
          }
        }
      }
    }
    print(rows, out);
    out.flush();
    return ExitCodes.OK;
  }

  private void print(List<ClaimRow> rows, PrintWriter out) {
    ObjectMapper json = new ObjectMapper();
    switch (format) {
      case jsonl:
        rows.forEach(r -> out.println(r.json().toString()));
        break;
      case json:
        ArrayNode array = json.createArrayNode();
        rows.forEach(r -> array.add(r.json()));
        try {
          out.println(json.enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(array));
        } catch (JsonProcessingException e) {
          throw new UncheckedIOException(e);
        }
        break;
      default:
        rows.forEach(r -> out.println(r.text()));
    }
  }
}
