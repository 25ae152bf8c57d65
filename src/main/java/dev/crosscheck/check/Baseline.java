package dev.crosscheck.check;

import dev.crosscheck.model.CheckReport;
import dev.crosscheck.model.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A baseline file: one finding fingerprint per line, {@code #} comments allowed, so it diffs well
 * in review. Findings in it were accepted and never fail a build. Stateless.
 */
public final class Baseline {
  private Baseline() {}

  /** The fingerprints in {@code file}; a missing file is an error naming it. */
  public static Set<String> read(Path file) {
    try {
      Set<String> out = new LinkedHashSet<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t.split("\\s+", 2)[0]);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read baseline " + file, e);
    }
  }

  /** Writes the fingerprints of every failing-level or reported finding, sorted, with notes. */
  public static void write(Path file, CheckReport report) {
    Set<String> lines = new TreeSet<>();
    for (Finding f : report.findings()) {
      lines.add(f.fingerprint() + "  " + f.file() + " " + f.type().name().toLowerCase(java.util.Locale.ROOT)
          + " " + f.assessment().claim().surface().replaceAll("\\s+", " "));
    }
    List<String> content = new java.util.ArrayList<>();
    content.add("# crosscheck baseline: accepted findings, one fingerprint per line");
    content.addAll(lines);
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write baseline " + file, e);
    }
  }
}
