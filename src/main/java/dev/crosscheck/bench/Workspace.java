package dev.crosscheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The bench's working directory: generated corpora ({@code corpus-N-seed-S}, reused when complete),
 * scratch indexes and reports. Not thread-safe.
 */
final class Workspace {
  private static final String COMPLETE = ".complete";

  private final Path root;
  private final long seed;

  Workspace(Path root, long seed) {
    this.root = root;
    this.seed = seed;
  }

  /** The corpus of {@code articles} articles, generated unless a complete one is there. */
  Path corpus(int articles) {
    Path dir = root.resolve(String.format(Locale.ROOT, "corpus-%d-seed-%d", articles, seed));
    Path marker = dir.resolve(COMPLETE);
    if (Files.exists(marker)) {
      return dir;
    }
    delete(dir);
    CorpusGenerator.withSeed(seed).write(dir, articles);
    try {
      Files.writeString(marker, "generated\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + marker, e);
    }
    return dir;
  }

  /** An empty scratch directory called {@code name}. */
  Path scratch(String name) {
    Path dir = root.resolve(name);
    delete(dir);
    return dir;
  }

  Path file(String name) {
    return root.resolve(name);
  }

  /**
   * The corpus's article files, sorted; hidden files and folders are left out, as the corpus
   * scanner leaves them out (an index kept in the corpus's {@code .crosscheck} is no article).
   */
  static List<Path> files(Path corpus) {
    try (Stream<Path> s = Files.walk(corpus)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> java.util.stream.StreamSupport.stream(corpus.relativize(p).spliterator(), false)
              .noneMatch(name -> name.toString().startsWith(".")))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + corpus, e);
    }
  }

  /** Total size in bytes of the files under {@code dir}. */
  static long size(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(Workspace::length).sum();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot measure " + dir, e);
    }
  }

  /** Total size in bytes of {@code files}. */
  static long bytes(List<Path> files) {
    return files.stream().mapToLong(Workspace::length).sum();
  }

  /** Deletes {@code dir} and everything under it; nothing when absent. */
  static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }

  private static long length(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the size of " + file, e);
    }
  }
}
