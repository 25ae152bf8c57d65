package dev.crosscheck;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Names the build of crosscheck that is running: the jar's path, size and modification time, or
 * those of every class file when running from a folder of classes (tests, an IDE). Anything cached
 * by one build is not trusted by another: a changed rule must never meet groupings of the old one.
 */
final class CodeVersion {
  private static final String CURRENT = compute();

  private CodeVersion() {}

  static String current() {
    return CURRENT;
  }

  /** The jar or the folder of classes this build runs from. */
  static Path location() throws URISyntaxException {
    return Path.of(CodeVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static String compute() {
    try {
      Path code = location();
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      List<Path> files;
      if (Files.isDirectory(code)) {
        try (Stream<Path> walk = Files.walk(code)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        }
      } else {
        files = List.of(code);
      }
      for (Path f : files) {
        sha.update((f + "|" + Files.size(f) + "|" + Files.getLastModifiedTime(f).toMillis() + "\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
      // unknown code: trust nothing cached, not even by this process's previous runs
      return UUID.randomUUID().toString();
    }
  }
}
