package dev.crosscheck.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.index.LuceneClaimStore;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.Claim;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Other processes and killed processes: child JVMs run {@code crosscheck index} on a corpus of
 * {@value #ARTICLES} small generated articles. First, while one child builds the index, a second
 * process (this JVM, another child, and this JVM with --rebuild) is refused with "is in use by
 * another crosscheck process" and exit 2, and the first run completes unharmed. Then every article
 * changes and a child is SIGKILLed ({@link Process#destroyForcibly()}) several times: at random
 * points of the run (seeded, so a failure can be replayed) and once as soon as the commit starts
 * writing files. After each kill the index opens, Lucene's CheckIndex finds it clean, and it holds
 * exactly one consistent version of every article: the last committed one. The next run
 * completes. The tests share the index and run in order: the second starts from the first's.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IndexProcessesIT {
  static final int ARTICLES = 1_000;
  private static final long SEED = 20_260_501L;
  private static final int RANDOM_KILLS = 2;

  @TempDir static Path work;
  private static Path corpus;
  private static Path index;
  private static Path logs;
  private static long fullRunMillis;

  @Test
  @Order(1)
  void aSecondProcessIsRefusedWhileTheFirstIndexes() throws Exception {
    corpus = work.resolve("corpus");
    index = work.resolve("index");
    logs = work.resolve("logs");
    Corpora.smallArticles(corpus, ARTICLES, 0);
    long start = System.nanoTime();
    Process first = Cli.start(logs, "first", "index", corpus.toString(), "--index", index.toString());
    try {
      awaitCommitPoint(first);
      Cli.Run here = Cli.run("index", corpus.toString(), "--index", index.toString());
      Cli.Run child = Cli.runChild(logs, "second", 120, "index", corpus.toString(), "--index",
          index.toString());
      Cli.Run rebuild = Cli.run("index", corpus.toString(), "--index", index.toString(), "--rebuild");
      assertThat(first.isAlive()).as("the first run must still be indexing; make it longer").isTrue();
      for (Cli.Run second : List.of(here, child, rebuild)) {
        assertThat(second.exit()).as("%s", second).isEqualTo(2);
        assertThat(second.errLines()).singleElement().asString()
            .isEqualTo("crosscheck: index " + index + " is in use by another crosscheck process");
      }
    } finally {
      Cli.Run run = Cli.await(first, logs, "first", 600);
      fullRunMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertThat(run.exit()).as("%s", run).isZero();
      assertThat(run.out()).contains("Indexed " + ARTICLES + " articles: " + ARTICLES + " analysed");
    }
    Trees.assertIntact(index);
    assertThat(versionOf(index)).isZero();
  }

  @Test
  @Order(2)
  void killedMidRunTheIndexKeepsItsLastCommitAndTheNextRunCompletes() throws Exception {
    Assumptions.assumeTrue(fullRunMillis > 0, "needs the index built by the first test");
    Corpora.smallArticles(corpus, ARTICLES, 1);
    Random random = new Random(SEED);
    int committed = 0;
    for (int kill = 1; kill <= RANDOM_KILLS + 1; kill++) {
      Process child = Cli.start(logs, "kill" + kill, "index", corpus.toString(), "--index",
          index.toString());
      String when;
      if (kill <= RANDOM_KILLS) {
        long delay = (long) (fullRunMillis * (0.15 + 0.75 * random.nextDouble()));
        when = "after " + delay + " ms (seed " + SEED + ")";
        child.waitFor(delay, TimeUnit.MILLISECONDS);
      } else {
        when = "when the commit started writing";
        awaitNewIndexFile(child);
      }
      boolean finished = !child.isAlive();
      child.destroyForcibly().waitFor();
      if (finished && child.exitValue() == 0) {
        committed = 1;
      }
      Trees.assertIntact(index);
      int version = versionOf(index);
      assertThat(version).as("kill %d %s", kill, when).isIn(committed, 1);
      committed = version;
    }
    Cli.Run last = Cli.runChild(logs, "last", 600, "index", corpus.toString(), "--index",
        index.toString());
    assertThat(last.exit()).as("%s", last).isZero();
    assertThat(last.out()).contains("Indexed " + ARTICLES + " articles");
    Trees.assertIntact(index);
    assertThat(versionOf(index)).isEqualTo(1);
  }

  /**
   * The one version all articles of the index have; fails when some article is missing, versions
   * are mixed, or claims and articles disagree.
   */
  private static int versionOf(Path index) {
    try (LuceneClaimStore store = LuceneClaimStore.open(index)) {
      List<Article> articles = store.articles();
      List<Claim> claims = store.claims();
      assertThat(articles).hasSize(ARTICLES);
      Set<String> versions = articles.stream()
          .map(a -> a.title().substring(a.title().lastIndexOf(' ') + 1))
          .collect(Collectors.toCollection(TreeSet::new));
      assertThat(versions).as("versions in the index").hasSize(1);
      Set<String> withClaims = claims.stream().map(c -> c.articleId().value())
          .collect(Collectors.toCollection(TreeSet::new));
      assertThat(withClaims).isEqualTo(articles.stream().map(a -> a.id().value())
          .collect(Collectors.toCollection(TreeSet::new)));
      int version = Integer.parseInt(versions.iterator().next().substring(1));
      long expected = 10L + version * 1000L;
      assertThat(claims).filteredOn(c -> c.articleId().value().equals("a0000.md"))
          .anySatisfy(c -> assertThat(c.quantity().value().longValueExact())
              .isEqualTo(expected * 1_000_000));
      return version;
    }
  }

  /** Waits until the child has created the index and committed its first (empty) commit. */
  private static void awaitCommitPoint(Process child) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!(Files.exists(index.resolve("write.lock")) && hasCommit(index))) {
      assertThat(child.isAlive()).as("first run ended early").isTrue();
      assertThat(System.nanoTime()).as("no index after 120 s").isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  /** Waits until a file appears in the index that was not there before: the commit has begun. */
  private static void awaitNewIndexFile(Process child) throws InterruptedException {
    Set<String> before = names(index);
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(3 * fullRunMillis + 60_000);
    while (child.isAlive() && before.containsAll(names(index))) {
      assertThat(System.nanoTime()).as("no commit within the deadline").isLessThan(deadline);
      Thread.sleep(1);
    }
  }

  private static boolean hasCommit(Path dir) {
    return names(dir).stream().anyMatch(n -> n.startsWith("segments_"));
  }

  private static Set<String> names(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString())
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
