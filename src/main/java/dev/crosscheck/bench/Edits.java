package dev.crosscheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Changes a seeded one percent of a corpus's files the way a corrected story changes (an update
 * paragraph with a new figure), and puts them back afterwards. Single use.
 */
final class Edits implements AutoCloseable {
  private static final String UPDATE =
      "\nUpdate: officials said on Friday that %d more people had been counted.\n";

  private final Map<Path, byte[]> originals = new LinkedHashMap<>();

  private Edits() {}

  /** Edits {@code percent}% of {@code files} (at least one), picked by {@code seed}. */
  static Edits apply(List<Path> files, int percent, long seed) {
    Edits edits = new Edits();
    List<Path> pool = new ArrayList<>(files);
    Collections.shuffle(pool, new Random(seed));
    int n = Math.max(1, files.size() * percent / 100);
    for (int i = 0; i < Math.min(n, pool.size()); i++) {
      edits.edit(pool.get(i), 2 + i % 50);
    }
    return edits;
  }

  int size() {
    return originals.size();
  }

  private void edit(Path file, int figure) {
    try {
      byte[] before = Files.readAllBytes(file);
      originals.put(file, before);
      String text = new String(before, StandardCharsets.UTF_8);
      Files.writeString(file, text + String.format(java.util.Locale.ROOT, UPDATE, figure),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot edit " + file, e);
    }
  }

  /** Restores every edited file. */
  @Override
  public void close() {
    for (Map.Entry<Path, byte[]> e : originals.entrySet()) {
      try {
        Files.write(e.getKey(), e.getValue());
      } catch (IOException ex) {
        throw new UncheckedIOException("cannot restore " + e.getKey(), ex);
      }
    }
  }
}
