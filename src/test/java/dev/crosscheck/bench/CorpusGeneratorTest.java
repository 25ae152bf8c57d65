package dev.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
  private static final long SEED = Long.getLong("bench.seed", 7L);

  @Test
  void sameSeedWritesTheSameBytes(@TempDir Path a, @TempDir Path b) throws IOException {
    long bytesA = CorpusGenerator.withSeed(SEED).write(a, 60);
    long bytesB = CorpusGenerator.withSeed(SEED).write(b, 60);
    assertThat(bytesB).as("seed %d", SEED).isEqualTo(bytesA).isPositive();
    List<Path> files = Workspace.files(a);
    assertThat(files).hasSize(60);
    assertThat(Workspace.files(b)).map(f -> b.relativize(f).toString())
        .containsExactlyElementsOf(files.stream().map(f -> a.relativize(f).toString()).toList());
    for (Path f : files) {
      assertThat(Files.readAllBytes(b.resolve(a.relativize(f)))).as("%s, seed %d", f, SEED)
          .isEqualTo(Files.readAllBytes(f));
    }
  }

  @Test
  void everyArticleNamesItsStory() {
    Map<String, String> written = articles(SEED, 30);
    assertThat(written.keySet()).allSatisfy(name -> assertThat(CorpusGenerator.storyOf(name))
        .hasValueSatisfying(story -> assertThat(name).contains("/" + story + "-")));
    assertThat(written.keySet().stream().map(n -> CorpusGenerator.storyOf(n).orElseThrow())
        .distinct().count()).isBetween(2L, 29L);
    assertThat(CorpusGenerator.storyOf("000/000921-harborledger.md")).hasValue("000921");
    assertThat(CorpusGenerator.storyOf("reuters-2026.md")).isEmpty();
  }

  @Test
  void anotherSeedWritesOtherText() {
    assertThat(articles(SEED + 1, 10)).isNotEqualTo(articles(SEED, 10));
  }

  @Test
  void aLargerCorpusStartsWithTheSmallerOne() {
    Map<String, String> small = articles(SEED, 25);
    Map<String, String> large = articles(SEED, 80);
    small.keySet().stream().filter(k -> !k.equals(lastKey(small)))
        .forEach(k -> assertThat(large.get(k)).as(k).isEqualTo(small.get(k)));
  }

  @Test
  void articlesLookLikeNews() {
    Map<String, String> corpus = articles(SEED, 400);
    assertThat(corpus).hasSize(400);
    assertThat(corpus.values()).allSatisfy(text -> {
      assertThat(text).startsWith("---\ntitle: \"").contains("\nsource: ", "\nurl: https://",
          "\npublished: 20", "\n---\n\n# ", "\n\nBy ");
      assertThat(text.length()).isBetween(800, 12_000);
    });
    assertThat(corpus.values()).anyMatch(t -> t.contains("\nOriginally reported by "));
    assertThat(corpus.values()).anyMatch(t -> t.contains(" billion"));
    assertThat(corpus.values()).anyMatch(t -> t.matches("(?s).*\\b(about|nearly|more than) .*"));
    long paragraphs = corpus.values().stream().flatMap(t -> List.of(t.split("\n\n")).stream())
        .count();
    long withoutDigits = corpus.values().stream().flatMap(t -> List.of(t.split("\n\n")).stream())
        .filter(p -> !p.matches("(?s).*[0-9].*")).count();
    assertThat(withoutDigits).isGreaterThan(paragraphs / 3);
  }

  @Test
  void rejectsANegativeCount() {
    assertThatThrownBy(() -> CorpusGenerator.withSeed(SEED).generate(-1, (n, c) -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("articles must be >= 0, was -1");
  }

  private static Map<String, String> articles(long seed, int n) {
    Map<String, String> out = new LinkedHashMap<>();
    CorpusGenerator.withSeed(seed).generate(n, out::put);
    return out;
  }

  private static String lastKey(Map<String, String> map) {
    return List.copyOf(map.keySet()).get(map.size() - 1);
  }
}
