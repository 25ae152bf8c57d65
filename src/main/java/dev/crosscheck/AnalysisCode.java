package dev.crosscheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Names the code and data that turn an article into claims: the classes and resources of the
 * text, extract, model and internal packages (lexicons and the names of the OpenNLP model files
 * among them), {@link Analysis}, and OpenNLP's version. A build that changes any of them changes
 * the name, so every article is analysed again; one that changes only the index, the reconciler
 * or the reports keeps it, and no article is. Unlike {@link CodeVersion} the name depends on
 * content only, not on when or where the jar was built.
 */
final class AnalysisCode {
  /** What analysis runs on, as paths in the jar or the folder of classes. */
  static final List<String> PARTS = List.of("dev/crosscheck/text/", "dev/crosscheck/extract/",
      "dev/crosscheck/model/", "dev/crosscheck/internal/", "dev/crosscheck/Analysis.class");

  /** Read on first use: reading the jar's directory costs a tenth of a second in a new JVM. */
  private static final String CURRENT = compute();

  private AnalysisCode() {}

  /** The name of the running build's analysis; {@link CodeVersion} when it cannot be read. */
  static String current() {
    return CURRENT;
  }

  private static String compute() {
    try {
      Path code = Path.of(AnalysisCode.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      return of(code, opennlp.tools.util.Version.currentVersion().toString());
    } catch (URISyntaxException | UncheckedIOException | SecurityException e) {
      return CodeVersion.current(); // unknown: analyse again with every build
    }
  }

  /**
   * The name of the analysis code in {@code code}, a jar or a folder of classes, run with
   * OpenNLP {@code opennlpVersion}: a digest of each part's path and content (in a jar, its size
   * and CRC).
   *
   * @throws UncheckedIOException when {@code code} cannot be read
   */
  static String of(Path code, String opennlpVersion) {
    MessageDigest sha = Fingerprints.sha256();
    update(sha, "opennlp " + opennlpVersion);
    try {
      if (Files.isDirectory(code)) {
        for (Path file : filesIn(code)) {
          update(sha, code.relativize(file).toString().replace('\\', '/'));
          sha.update(Files.readAllBytes(file));
        }
      } else {
        try (JarFile jar = new JarFile(code.toFile())) {
          List<JarEntry> entries = new ArrayList<>();
          Collections.list(jar.entries()).stream()
              .filter(e -> !e.isDirectory() && isPart(e.getName()))
              .forEach(entries::add);
          entries.sort(java.util.Comparator.comparing(JarEntry::getName));
          for (JarEntry e : entries) {
            update(sha, e.getName() + "|" + e.getSize() + "|" + e.getCrc());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the analysis code in " + code, e);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static List<Path> filesIn(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> isPart(root.relativize(f).toString().replace('\\', '/')))
          .sorted()
          .toList();
    }
  }

  private static boolean isPart(String name) {
    return PARTS.stream().anyMatch(p -> p.endsWith("/") ? name.startsWith(p) : name.equals(p));
  }

  private static void update(MessageDigest sha, String text) {
    sha.update(text.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
  }
}
