package dev.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Enforces the package table of STYLE.md from the import lines under src/main/java: stages depend
 * only on the shared model, each third-party library stays in the packages listed for it.
 */
class PackageDependencyTest {
  private static final Path MAIN = Path.of("src/main/java/dev/crosscheck");
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);

  private static final Set<String> STAGES = Set.of("corpus", "text", "index", "extract", "reconcile", "report");

  /** Project packages each package may import (besides itself). "" is the root front door. */
  private static final Map<String, Set<String>> PROJECT = Map.ofEntries(
      Map.entry("internal", Set.of()),
      Map.entry("model", Set.of("internal")),
      Map.entry("corpus", Set.of("model", "internal")),
      Map.entry("text", Set.of("model", "internal")),
      Map.entry("index", Set.of("model", "internal")),
      Map.entry("extract", Set.of("model", "internal")),
      Map.entry("reconcile", Set.of("model", "internal")),
      Map.entry("report", Set.of("model", "internal")),
      Map.entry("", Set.of("model", "internal", "corpus", "text", "index", "extract", "reconcile")),
      Map.entry("check", Set.of("", "model", "internal")),
      Map.entry("eval", Set.of("", "model", "internal")),
      Map.entry("bench", Set.of("", "model", "internal", "corpus", "text", "index", "extract", "reconcile", "report")),
      Map.entry("cli", Set.of("", "model", "internal", "corpus", "text", "index", "extract", "reconcile", "report", "check", "eval", "bench")));

  /** Third-party prefixes and the packages allowed to import them. */
  private static final Map<String, Set<String>> THIRD_PARTY = Map.of(
      "org.jsoup", Set.of("corpus"),
      "opennlp", Set.of("text", "bench"),
      "org.apache.lucene", Set.of("index", "bench"),
      "picocli", Set.of("cli"),
      "com.fasterxml.jackson", Set.of("corpus", "report", "cli"),
      "org.apache.commons.text", Set.of("extract", "report"));

  @Test
  void importsFollowThePackageTable() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String pkg = packageOf(file);
        assertThat(PROJECT).as("package %s is not in the table", pkg).containsKey(pkg);
        Matcher m = IMPORT.matcher(Files.readString(file));
        while (m.find()) {
          check(pkg, m.group(1), file, violations);
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void everyPackageHasPackageInfo() throws IOException {
    try (Stream<Path> dirs = Files.walk(MAIN)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        boolean hasJava;
        try (Stream<Path> files = Files.list(dir)) {
          hasJava = files.anyMatch(f -> f.toString().endsWith(".java"));
        }
        if (hasJava) {
          assertThat(dir.resolve("package-info.java")).as("package-info in %s", dir).exists();
        }
      }
    }
  }

  private static void check(String pkg, String imported, Path file, List<String> violations) {
    if (imported.startsWith("dev.crosscheck")) {
      String target = imported.equals("dev.crosscheck") ? "" : imported.substring("dev.crosscheck.".length()).split("\\.")[0];
      if (!target.equals(pkg) && !PROJECT.get(pkg).contains(target)) {
        violations.add(file + " imports " + imported);
      }
      return;
    }
    for (Map.Entry<String, Set<String>> lib : THIRD_PARTY.entrySet()) {
      if (imported.startsWith(lib.getKey()) && !lib.getValue().contains(pkg)) {
        violations.add(file + " imports " + imported + ", allowed only in " + lib.getValue());
      }
    }
    if (STAGES.contains(pkg) && imported.startsWith("dev.crosscheck.") && STAGES.contains(imported.split("\\.")[2])
        && !imported.split("\\.")[2].equals(pkg)) {
      violations.add(file + " (a stage) imports another stage: " + imported);
    }
  }

  private static String packageOf(Path file) {
    Path rel = MAIN.relativize(file.getParent());
    return rel.toString().isEmpty() ? "" : rel.getName(0).toString();
  }
}
