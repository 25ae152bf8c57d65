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
 * text, extract, model and internal packages (the names of the OpenNLP model files among them),
 * {@link Analysis}, the lexicons as the class loader finds them, and OpenNLP's version. A build
 * that changes any of them changes the name, so every article is analysed again; one that changes
 * only code elsewhere (the index, the reconciler, the reports, the command line) keeps it, and no
 * article is. The model records are shared by every stage, so a change to one of them counts as
 * a change of analysis. Unlike {@link CodeVersion} the name depends on content only, not on when
 * or where the jar was built.
 */
final class AnalysisCode {
  /** What analysis runs on, as paths in the jar or the folder of classes. */
  static final List<String> PARTS = List.of("dev/crosscheck/text/", "dev/crosscheck/extract/",
      "dev/crosscheck/model/", "dev/crosscheck/internal/", "dev/crosscheck/Analysis.class",
      "dev/crosscheck/Analysis$");

  /** Read through the class loader too: an IDE may keep resources apart from classes. */
  static final List<String> LEXICONS =
      List.of("dev/crosscheck/extract/attributes.tsv", "dev/crosscheck/extract/entities.tsv");

  /** Read on first use: reading the jar's directory costs a tenth of a second in a new JVM. */
  private static final String CURRENT = compute();

  private AnalysisCode() {}

  /** The name of the running build's analysis; {@link CodeVersion} when it cannot be read. */
  static String current() {
    return CURRENT;
  }

  private static String compute() {
    try {
      Path code = CodeVersion.location();
      String opennlpVersion = opennlp.tools.util.Version.currentVersion().toString();
      return Fingerprints.sha256(List.of(of(code, opennlpVersion), lexicons()));
    } catch (URISyntaxException | IOException | RuntimeException e) {
      return CodeVersion.current(); // unknown (no code source, a nested jar): analyse again
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

  private static String lexicons() throws IOException {
    MessageDigest sha = Fingerprints.sha256();
    for (String name : LEXICONS) {
      try (java.io.InputStream in = AnalysisCode.class.getClassLoader().getResourceAsStream(name)) {
        if (in == null) {
          throw new IOException("the class path lacks " + name);
        }
        update(sha, name);
        sha.update(in.readAllBytes());
      }
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
    return PARTS.stream().anyMatch(
        p -> p.endsWith("/") || p.endsWith("$") ? name.startsWith(p) : name.equals(p));
  }

  private static void update(MessageDigest sha, String text) {
    sha.update(text.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
  }
}
