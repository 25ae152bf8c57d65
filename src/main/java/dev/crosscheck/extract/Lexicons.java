package dev.crosscheck.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the TAB-separated lexicon resources beside this class, skipping comments. */
final class Lexicons {
  private Lexicons() {}

  /** The non-comment, non-blank lines of {@code resource}, split at TABs. */
  static List<String[]> rows(String resource, int columns) {
    try (InputStream in = Lexicons.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource missing from the classpath: " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> rows = new ArrayList<>();
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        if (cells.length != columns) {
          throw new IllegalStateException(String.format(java.util.Locale.ROOT,
              "%s:%d: expected %d TAB-separated columns, found %d: %s", resource, number, columns,
              cells.length, line));
        }
        rows.add(cells);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + resource, e);
    }
  }
}
