package dev.crosscheck;

import dev.crosscheck.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Content fingerprints that decide whether an article must be analysed again: SHA-256 over its
 * metadata, its text and the analysis version, so a new extractor re-analyses everything.
 */
final class Fingerprints {
  /** The data extraction reads: an edited lexicon changes claims as a code change does. */
  private static final List<String> LEXICONS =
      List.of("dev/crosscheck/extract/attributes.tsv", "dev/crosscheck/extract/entities.tsv");

  /**
   * Bump the number when extraction code changes what it produces for the same text; the lexicons
   * take part through their bytes. An upgrade of OpenNLP or its models needs a bump too.
   */
  static final String ANALYSIS_VERSION = "extract-6+" + lexiconDigest().substring(0, 16);

  private Fingerprints() {}

  private static String lexiconDigest() {
    MessageDigest digest = sha256();
    for (String name : LEXICONS) {
      try (InputStream in = Fingerprints.class.getClassLoader().getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("the class path lacks " + name);
        }
        digest.update(in.readAllBytes());
        digest.update((byte) 0);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + name, e);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static String of(Article a) {
    return sha256(List.of(ANALYSIS_VERSION, a.id().value(), a.path(), a.title(), a.source(),
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

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM lacks SHA-256, which every Java 17 must have", e);
    }
  }
}
