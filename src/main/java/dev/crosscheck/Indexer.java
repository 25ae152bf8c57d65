package dev.crosscheck;

import dev.crosscheck.corpus.ArticleReader;
import dev.crosscheck.corpus.CorpusFile;
import dev.crosscheck.corpus.CorpusScanner;
import dev.crosscheck.corpus.FileRead;
import dev.crosscheck.index.ClaimStore;
import dev.crosscheck.internal.Checks;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Brings a store up to date with corpus folders: articles whose fingerprint changed are analysed
 * again, unchanged ones are skipped, articles whose files are gone are removed, and the whole batch
 * is committed at once. Not thread-safe; the front door runs one at a time.
 *
 * <p>Articles stream through: only the file list is held for the whole run. Worker threads read,
 * fingerprint and analyse files (a pure function per article); the calling thread is the single
 * writer that feeds the store, taking results in file order from a bounded window of pending
 * files, so the summary, the diagnostics and the store's content are exactly those of a
 * single-threaded run.
 */
final class Indexer {
  /** Files in flight per worker thread: enough to keep workers busy, few enough to bound memory. */
  private static final int FILES_IN_FLIGHT_PER_THREAD = 8;

  private final CorpusScanner scanner = new CorpusScanner();
  private final ArticleReader reader = new ArticleReader();
  /** The claims of one article: {@link Analysis#claims}, or a stand-in in tests. */
  private final Function<Article, List<Claim>> analysis;
  private final int threads;

  /** An indexer with one analysis thread per available processor. */
  Indexer(Analysis analysis) {
    this(analysis, Runtime.getRuntime().availableProcessors());
  }

  /** An indexer with {@code threads} analysis threads; 1 analyses on the calling thread. */
  Indexer(Analysis analysis, int threads) {
    this(analysis::claims, threads);
  }

  /** As {@link #Indexer(Analysis, int)}, with claims from {@code analysis}. */
  Indexer(Function<Article, List<Claim>> analysis, int threads) {
    Checks.argument(threads >= 1, "threads must be >= 1, was %d", threads);
    this.analysis = analysis;
    this.threads = threads;
  }

  /**
   * What a worker made of one file: its problems and its articles, analysed or found unchanged;
   * and the ids of articles left as the index holds them (all of a file whose stamp has not
   * changed, or those whose analysis failed).
   */
  private record FileResult(
      List<Diagnostic> diagnostics, List<Analysed> articles, List<ArticleId> untouched) {}

  /** One article with its fingerprint; {@code claims} is null when the stored copy is current. */
  private record Analysed(Article article, String fingerprint, List<Claim> claims) {}

  /** Counts and problems of one run; filled by the writer thread only. */
  private static final class Tally {
    final List<Diagnostic> diagnostics = new ArrayList<>();
    final Set<ArticleId> seen = new HashSet<>();
    int articles;
    int analysed;
    int claims;
  }

  IndexSummary update(ClaimStore store, List<Path> roots) {
    return update(store, roots, FileStamps.none());
  }

  /**
   * As {@link #update(ClaimStore, List)}, skipping the files whose {@code stamps} have not changed
   * and stamping those read without a problem; the caller saves them after the commit.
   */
  IndexSummary update(ClaimStore store, List<Path> roots, FileStamps stamps) {
    CorpusScanner.Scan scan = scanner.scan(roots);
    Tally tally = new Tally();
    tally.diagnostics.addAll(scan.diagnostics());
    if (threads == 1) {
      for (CorpusFile file : scan.files()) {
        write(store, process(store, file, stamps), tally);
      }
    } else {
      parallel(store, scan.files(), stamps, tally);
    }
    int removed = 0;
    for (ArticleId id : store.articleIds()) {
      if (!tally.seen.contains(id)) {
        store.delete(id);
        removed++;
      }
    }
    store.commit();
    return new IndexSummary(tally.articles, tally.analysed, tally.articles - tally.analysed,
        removed, tally.claims, tally.diagnostics);
  }

  private void parallel(ClaimStore store, List<CorpusFile> files, FileStamps stamps, Tally tally) {
    ExecutorService workers = Executors.newFixedThreadPool(threads, new Workers());
    try {
      Deque<Future<FileResult>> window = new ArrayDeque<>();
      int limit = threads * FILES_IN_FLIGHT_PER_THREAD;
      for (CorpusFile file : files) {
        if (window.size() == limit) {
          write(store, next(window), tally);
        }
        window.add(workers.submit(() -> process(store, file, stamps)));
      }
      while (!window.isEmpty()) {
        write(store, next(window), tally);
      }
    } finally {
      workers.shutdownNow();
    }
  }

  /** Reads one file and analyses its new or changed articles; runs on a worker thread. */
  private FileResult process(ClaimStore store, CorpusFile file, FileStamps stamps) {
    Optional<FileStamps.Stamp> stamp = FileStamps.Stamp.of(file.file());
    Optional<List<ArticleId>> untouched = stamp.flatMap(s -> stamps.unchanged(file, s));
    if (untouched.isPresent()) {
      return new FileResult(List.of(), List.of(), untouched.get());
    }
    FileRead read = reader.read(file);
    List<Diagnostic> diagnostics = new ArrayList<>(read.diagnostics());
    List<Analysed> out = new ArrayList<>(read.articles().size());
    List<ArticleId> kept = new ArrayList<>();
    for (Article article : read.articles()) {
      String fingerprint = Fingerprints.of(article);
      boolean current = store.fingerprint(article.id()).equals(Optional.of(fingerprint));
      try {
        out.add(new Analysed(article, fingerprint, current ? null : analysis.apply(article)));
      } catch (RuntimeException e) {
        // a fault of ours that one article's text sets off must not stop the run, nor lose
        // what the index holds of the article: it stays as it was, and the next run tries again
        diagnostics.add(Diagnostic.error(article.path(), "cannot extract claims from article "
            + article.id().value() + " (" + e + "); its indexed claims are kept"));
        kept.add(article.id());
      }
    }
    if (diagnostics.isEmpty() && stamp.isPresent()) {
      stamps.remember(file, stamp.get(), read.articles().stream().map(Article::id).toList());
    }
    return new FileResult(diagnostics, out, kept);
  }

  /** Feeds one file's results to the store; runs on the calling thread only. */
  private static void write(ClaimStore store, FileResult result, Tally tally) {
    tally.diagnostics.addAll(result.diagnostics());
    for (ArticleId id : result.untouched()) {
      tally.articles++;
      tally.seen.add(id);
    }
    for (Analysed a : result.articles()) {
      tally.articles++;
      tally.seen.add(a.article().id());
      if (a.claims() != null) {
        store.upsert(a.article(), a.fingerprint(), a.claims());
        tally.analysed++;
        tally.claims += a.claims().size();
      }
    }
  }

  private static FileResult next(Deque<Future<FileResult>> window) {
    try {
      return window.removeFirst().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("indexing was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("analysis failed", e.getCause());
    }
  }

  /** Daemon threads named after their job, so a stuck run shows where in a thread dump. */
  private static final class Workers implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread t = new Thread(task, "crosscheck-analysis-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
