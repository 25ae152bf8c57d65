package dev.crosscheck.robustness;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Test corpora: copies of the committed ones and generated articles. */
final class Corpora {
  private Corpora() {}

  /** The sample corpus of the repository (five real articles). */
  static Path sample() {
    Path corpus = Path.of("corpus").toAbsolutePath();
    if (!Files.isDirectory(corpus)) {
      throw new IllegalStateException("run the tests from the project folder: no " + corpus);
    }
    return corpus;
  }

  /** A copy of the test resource folder {@code name} (e.g. {@code weird}) in {@code target}. */
  static Path copyResource(String name, Path target) {
    URL url = Corpora.class.getResource("/" + name);
    if (url == null) {
      throw new IllegalStateException("no test resource folder " + name);
    }
    try (Stream<Path> files = Files.walk(Path.of(url.toURI()))) {
      Path source = Path.of(url.toURI());
      for (Path file : files.toList()) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Writes {@code count} small Markdown articles {@code a0000.md}… into {@code dir}; {@code
   * version} goes into every title and changes every number, so that a new version makes every
   * article change.
   */
  static void smallArticles(Path dir, int count, int version) {
    try {
      Files.createDirectories(dir);
      for (int i = 0; i < count; i++) {
        String text = String.format(Locale.ROOT,
            "---\ntitle: Plant %d v%d\nsource: Wire %d\n---\n"
                + "Acme paid $%d million for plant %d in %d.\n",
            i, version, i % 7, 10 + i % 900 + version * 1000, i, 2000 + i % 30);
        Files.writeString(dir.resolve(String.format(Locale.ROOT, "a%04d.md", i)), text);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes lines to {@code file} until it holds at least {@code bytes} bytes. */
  static void repeatLines(Path file, String line, long bytes) {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      long written = 0;
      for (int i = 0; written < bytes; i++) {
        String l = String.format(Locale.ROOT, line, i) + "\n";
        out.write(l);
        written += l.length();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lists a directory's entries, sorted, for messages. */
  static List<Path> list(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
