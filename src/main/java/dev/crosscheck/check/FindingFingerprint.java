package dev.crosscheck.check;

import dev.crosscheck.model.Assessment;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A fingerprint that follows a finding across commits: the file, the verdict, the claim's kind and
 * text (white space folded) and the corpus topic; not its line, so edits above it keep it.
 */
final class FindingFingerprint {
  private FindingFingerprint() {}

  static String of(String file, Assessment a) {
    String key = String.join("\u0000", file.replace('\\', '/'), a.verdict().name(),
        a.claim().kind().name(), a.claim().surface().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT),
        a.label());
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM lacks SHA-256, which every Java 17 must have", e);
    }
  }
}
