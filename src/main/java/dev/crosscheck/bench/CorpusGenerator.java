package dev.crosscheck.bench;

import dev.crosscheck.bench.Stories.Story;
import dev.crosscheck.bench.Words.Outlet;
import dev.crosscheck.internal.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates a realistic news corpus for benchmarks: invented stories (takeovers, results,
 * disasters, budgets, funding rounds, fines, strikes, economic data), each covered by two to seven
 * outlets whose figures mostly agree, sometimes are hedged ("more than $4 billion") and sometimes
 * contradict each other; wire stories syndicated with an "Originally reported by" line; and filler
 * paragraphs with no figures. Immutable and thread-safe.
 *
 * <p>The output is a pure function of the seed and the article count: the same seed gives the same
 * bytes on every run and platform ({@link java.util.Random} is specified exactly, and story {@code
 * i} depends only on the seed and {@code i}). Articles are Markdown files with front matter, named
 * {@code SSS/IIIIII-outlet.md} (200 stories per folder), generated and written one story at a time
 * so that no corpus is ever held in memory.
 */
public final class CorpusGenerator {
  private static final int STORIES_PER_FOLDER = 200;
  private static final long STORY_STRIDE = 0x9E3779B97F4A7C15L;
  private static final Pattern GENERATED_NAME = Pattern.compile("(?:^|/)(\\d{6})-[^/]+\\.md$");

  private final long seed;

  private CorpusGenerator(long seed) {
    this.seed = seed;
  }

  /**
   * The story an article of a generated corpus tells, from its name ({@code SSS/IIIIII-outlet.md}):
   * "000921" for every outlet's article on story 921; empty for a name this class does not write.
   */
  static Optional<String> storyOf(String articleName) {
    Matcher m = GENERATED_NAME.matcher(articleName);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** A generator for {@code seed}. */
  public static CorpusGenerator withSeed(long seed) {
    return new CorpusGenerator(seed);
  }

  /**
   * Writes {@code articles} articles under {@code directory} (created when missing; existing files
   * of the same names are overwritten) and returns the number of bytes written.
   *
   * @throws IllegalArgumentException when {@code articles} is negative
   * @throws UncheckedIOException naming the file that cannot be written
   */
  public long write(Path directory, int articles) {
    Checks.notNull(directory, "directory");
    long[] bytes = {0};
    generate(
        articles,
        (name, content) -> {
          Path file = directory.resolve(name);
          byte[] data = content.getBytes(StandardCharsets.UTF_8);
          try {
            Files.createDirectories(file.getParent());
            Files.write(file, data);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot write generated article " + file, e);
          }
          bytes[0] += data.length;
        });
    return bytes[0];
  }

  /** Hands each article's relative path and content to {@code sink}, in path order. */
  void generate(int articles, BiConsumer<String, String> sink) {
    Checks.argument(articles >= 0, "articles must be >= 0, was %d", articles);
    int left = articles;
    for (int story = 0; left > 0; story++) {
      left -= story(story, left, sink);
    }
  }

  private int story(int index, int max, BiConsumer<String, String> sink) {
    Random r = new Random(seed ^ (index + 1) * STORY_STRIDE);
    Story story = Stories.story(index, r);
    List<Outlet> outlets = new ArrayList<>(Words.OUTLETS);
    Collections.shuffle(outlets, r);
    int count = Math.min(max, 2 + r.nextInt(3) + r.nextInt(4));
    Outlet wire = outlets.get(0).wire() ? outlets.get(0) : null;
    String wireBody = null;
    for (int i = 0; i < count; i++) {
      Outlet outlet = outlets.get(i);
      boolean syndicated = wire != null && i > 0 && i <= 2 && r.nextInt(10) < 4;
      String body = syndicated ? wireBody : ArticleWriter.body(story, r);
      if (i == 0) {
        wireBody = body;
      }
      String name = String.format(Locale.ROOT, "%03d/%06d-%s.md", index / STORIES_PER_FOLDER,
          index, outlet.host().substring(0, outlet.host().indexOf('.')));
      sink.accept(name, ArticleWriter.file(story, outlet, body, syndicated ? wire : null, r));
    }
    return count;
  }
}
