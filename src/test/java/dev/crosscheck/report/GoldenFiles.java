package dev.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares rendered output with the golden files in src/test/resources/report/golden/, exactly.
 *
 * <p>To regenerate them after an intended change, run {@code mvn -B -q test
 * -Dtest='dev.crosscheck.report.**' -Dgolden.update=true} and review the diff before committing;
 * the run rewrites the files and the comparison then passes.
 */
final class GoldenFiles {
  private static final Path DIR =
      Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "report", "golden");

  private GoldenFiles() {}

  static void assertMatches(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(file).as("golden file %s (regenerate with -Dgolden.update=true)", file).exists();
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(actual).as("output differs from golden file %s", file).isEqualTo(expected);
  }
}
