package dev.crosscheck;

import dev.crosscheck.model.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Content fingerprints that decide whether an article must be analysed again: SHA-256 over its
 * metadata, its text and the analysis code ({@link AnalysisCode}), so a new extractor re-analyses
 * everything.
 */
final class Fingerprints {
  private Fingerprints() {}

  static String of(Article a) {
    return sha256(List.of(AnalysisCode.current(), a.id().value(), a.path(), a.title(), a.source(),
        a.url(), a.credit(), String.valueOf(a.published()), Integer.toString(a.firstLine()),
        a.text()));
  }

  /** SHA-256 over {@code parts}, each closed by a zero byte so no two lists run together. */
  static String sha256(List<String> parts) {
    MessageDigest digest = sha256();
    for (String part : parts) {
      digest.update(part.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM lacks SHA-256, which every Java 17 must have", e);
    }
  }
}
