package dev.crosscheck.text;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The five sample articles in the project's corpus/ folder, and models shared by the tests. */
final class SampleCorpus {
  static final Path DIR = Path.of("corpus");

  private SampleCorpus() {}

  /** Models loaded once for all tests of this package (loading takes about half a second). */
  static NlpModels models() {
    return ModelsHolder.MODELS;
  }

  static Article article(String text) {
    return new Article(ArticleId.of("x"), "x", "", "", "", "", null, text, 1);
  }

  /** The sample article whose file name starts with {@code prefix}, e.g. "000". */
  static Article article(String prefix, List<Article> all) {
    return all.stream()
        .filter(a -> a.id().value().startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no sample article " + prefix));
  }

  static List<Article> articles() {
    try (Stream<Path> files = Files.list(DIR)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".txt"))
          .sorted()
          .map(SampleCorpus::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + DIR.toAbsolutePath(), e);
    }
  }

  private static Article read(Path path) {
    try {
      String text = Files.readString(path, StandardCharsets.UTF_8);
      return new Article(
          ArticleId.of(path.getFileName().toString()),
          path.toString(),
          "",
          "",
          "",
          "",
          null,
          text,
          1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static final class ModelsHolder {
    static final NlpModels MODELS = NlpModels.loadDefault();
  }
}
