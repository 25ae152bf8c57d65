package dev.crosscheck.eval;

import dev.crosscheck.CrossChecker;
import dev.crosscheck.internal.Checks;
import dev.crosscheck.model.CrossCheckResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures the reconciler against hand-written gold files: runs the real front door ({@link
 * CrossChecker}) on a corpus with a throw-away index and a fixed clock, then matches the topics it
 * reports to the corpus's {@code gold.tsv}. Immutable and thread-safe; each {@link #evaluate} call
 * uses its own temporary index.
 *
 * <p>A corpus is a folder holding {@code gold.tsv} and (by default) an {@code articles/} folder;
 * the gold file's syntax is described in {@code src/test/resources/corpus/reconcile/README.md}.
 * Matching works as follows.
 *
 * <ol>
 *   <li><b>Claims of a reference.</b> A reference {@code file: text [mark] text} names the claims
 *       of the one article whose file name starts with {@code file} whose spans overlap the marked
 *       text, found once and only once in the article body (whitespace, apostrophe and hyphen
 *       variants are ignored). A reference that names no claim is "not extracted"; one whose
 *       article or text cannot be found, or is ambiguous, is a gold error. A group's claims are the
 *       union of its references' claims.
 *   <li><b>Apart.</b> Two sets of claims are apart in a topic when some claim of one and some
 *       claim of the other lie in the topic and in different {@link dev.crosscheck.model.Position
 *       positions}.
 *   <li><b>Recall.</b> A gold CONFLICT is found when one CONFLICT topic holds at least one claim of
 *       every group and every two groups are apart in it. Found conflicts missing some listed claim
 *       are reported as PARTIAL but still count. Recall = found / gold CONFLICTs (1 when none).
 *   <li><b>Precision.</b> A CONFLICT topic is real when two groups of some gold CONFLICT are apart
 *       in it, or when it disagrees only through a gold PREVIOUS item's earlier value: it holds a
 *       current claim of the item's first group and earlier claims all marked {@link
 *       dev.crosscheck.model.Timeframe#PREVIOUS}, and all its current claims share one position
 *       (the issue wants such topics flagged with "stated as the previous value"). Precision =
 *       real / CONFLICT topics (1 when none).
 *   <li><b>Agreements.</b> A gold AGREE is found when one AGREE topic holds a claim of every one
 *       of its references.
 *   <li><b>Traps.</b> A TRAP or PREVIOUS item is flagged when, in one CONFLICT topic, a current
 *       claim of its first group and a current claim of its second group are apart: values about
 *       different things, or an earlier value not marked as such, presented as competing. A marked
 *       earlier value in the same topic is allowed.
 *   <li><b>Earlier values.</b> A PREVIOUS item is marked when every reference of its second group
 *       names claims and all of them are marked PREVIOUS.
 *   <li><b>Sources.</b> A SOURCES item is right when all of its group's claims lie in positions
 *       backed by exactly the given numbers of articles and independent origins.
 * </ol>
 *
 * <p>Targets ({@link ReconcileScores#meetsTargets()}): precision and recall of at least 0.9 and no
 * flagged trap on every corpus; a gold file that says {@code exact yes} (the sample corpus) must
 * also have no mismatch at all.
 */
public final class ReconcileEvaluator {
  /** Where the evaluation corpora live, relative to the project folder. */
  public static final Path DEFAULT_ROOT = Path.of("src/test/resources/corpus/reconcile");

  /** The clock relative dates resolve against when an article has no date: 2026-05-01 UTC. */
  public static final Clock DEFAULT_CLOCK =
      Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC);

  private final Clock clock;

  private ReconcileEvaluator(Clock clock) {
    this.clock = clock;
  }

  /** An evaluator using {@link #DEFAULT_CLOCK}. */
  public static ReconcileEvaluator create() {
    return new ReconcileEvaluator(DEFAULT_CLOCK);
  }

  /** An evaluator whose front door uses {@code clock}. */
  public static ReconcileEvaluator create(Clock clock) {
    return new ReconcileEvaluator(Checks.notNull(clock, "clock"));
  }

  /**
   * The corpus folders at or below {@code root} that hold a {@code gold.tsv}, sorted by path.
   *
   * @throws IllegalArgumentException when {@code root} is not a folder
   */
  public static List<Path> discover(Path root) {
    Checks.notNull(root, "root");
    Checks.argument(Files.isDirectory(root), "not a folder: %s", root);
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(p -> p.getFileName().toString().equals(ReconcileGold.FILE))
          .map(Path::getParent).sorted(Comparator.comparing(Path::toString)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list gold corpora under " + root, e);
    }
  }

  /**
   * Runs the front door on the corpus in {@code corpusDir} and scores it against its gold file.
   *
   * @throws IllegalArgumentException when the gold file is malformed or the articles are missing
   */
  public ReconcileScores evaluate(Path corpusDir) {
    Checks.notNull(corpusDir, "corpusDir");
    ReconcileGold gold = ReconcileGold.read(corpusDir);
    Checks.argument(Files.exists(gold.articles()), "%s: articles not found at %s", gold.goldFile(),
        gold.articles());
    return new ReconcileScoring(gold, new ReconcileView(run(gold.articles()))).score();
  }

  private CrossCheckResult run(Path articles) {
    Path index = temporaryIndex();
    try (CrossChecker checker = CrossChecker.builder().indexDirectory(index).clock(clock).build()) {
      checker.index(List.of(articles));
      return checker.report();
    } finally {
      delete(index);
    }
  }

  /** The per-corpus table: conflicts flagged, precision, recall, agreements, traps, and so on. */
  public static String table(List<ReconcileScores> scores) {
    return ReconcileTable.of(Checks.notNull(scores, "scores"));
  }

  private static Path temporaryIndex() {
    try {
      return Files.createTempDirectory("crosscheck-eval-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary index folder", e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete temporary index " + dir, e);
    }
  }
}
