package dev.crosscheck.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The report's inline stylesheet, read once from {@code report.css} next to this class. */
final class Stylesheet {
  private static final String RESOURCE = "report.css";

  /** The CSS text; fixed, never built from report data. */
  static final String CSS = load();

  private Stylesheet() {}

  private static String load() {
    try (InputStream in = Stylesheet.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource dev/crosscheck/report/" + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
    }
  }
}
