package dev.crosscheck;

import dev.crosscheck.corpus.ArticleReader;
import dev.crosscheck.corpus.CorpusFile;
import dev.crosscheck.corpus.CorpusScanner;
import dev.crosscheck.corpus.FileRead;
import dev.crosscheck.index.ClaimStore;
import dev.crosscheck.index.LuceneClaimStore;
import dev.crosscheck.internal.Checks;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.CrossCheckResult;
import dev.crosscheck.model.Diagnostic;
import dev.crosscheck.model.Topic;
import dev.crosscheck.reconcile.Reconciler;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The front door: indexes corpus folders, reports the topics their articles agree and disagree on,
 * and extracts claims from single files. Thread-safe: {@link #report()} and {@link #extract} may
 * run from many threads at once; {@link #index} calls are serialized.
 *
 * <p>Lifecycle: build with {@link #builder()} or {@link #open(Path)}, use, then {@link #close()},
 * which releases the index (the index directory is locked against other processes while open). The
 * index opens on first use, so a checker used only to {@link #extract} never touches it.
 */
public final class CrossChecker implements AutoCloseable {
  private final Path indexDirectory;
  private final Analysis analysis;
  private final Reconciler reconciler = Reconciler.defaults();
  private final Object lock = new Object();
  private ClaimStore store;
  private List<Diagnostic> lastDiagnostics = List.of();
  private boolean closed;

  private CrossChecker(Builder builder) {
    this.indexDirectory = builder.indexDirectory;
    this.analysis = new Analysis(builder.clock);
  }

  /** A checker with default settings on the index in {@code indexDirectory}. */
  public static CrossChecker open(Path indexDirectory) {
    return builder().indexDirectory(indexDirectory).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Brings the index up to date with the articles under {@code roots}; see {@link IndexSummary}. */
  public IndexSummary index(List<Path> roots) {
    Checks.notNull(roots, "roots");
    Checks.argument(!roots.isEmpty(), "roots must name at least one folder or file");
    synchronized (lock) {
      IndexSummary summary = new Indexer(analysis).update(store(), roots);
      lastDiagnostics = summary.diagnostics();
      return summary;
    }
  }

  /** The topics of everything indexed, with the diagnostics of the last {@link #index} call. */
  public CrossCheckResult report() {
    ClaimStore s;
    List<Diagnostic> diagnostics;
    synchronized (lock) {
      s = store();
      diagnostics = lastDiagnostics;
    }
    List<Article> articles = s.articles();
    List<Claim> claims = s.claims();
    List<Topic> topics = reconciler.reconcile(articles, claims, s::candidates);
    return new CrossCheckResult(articles, topics, diagnostics);
  }

  /** Reads {@code file} and extracts the claims of each article in it; touches no index. */
  public Extraction extract(Path file) {
    Checks.notNull(file, "file");
    CorpusScanner.Scan scan = new CorpusScanner().scan(List.of(file));
    List<Diagnostic> diagnostics = new ArrayList<>(scan.diagnostics());
    List<ArticleClaims> out = new ArrayList<>();
    for (CorpusFile f : scan.files()) {
      FileRead read = new ArticleReader().read(f);
      diagnostics.addAll(read.diagnostics());
      for (Article article : read.articles()) {
        out.add(new ArticleClaims(article, analysis.claims(article)));
      }
    }
    return new Extraction(out, diagnostics);
  }

  /** The claims of an article already in memory. */
  public List<Claim> claims(Article article) {
    return analysis.claims(Checks.notNull(article, "article"));
  }

  private ClaimStore store() {
    Checks.state(!closed, "this CrossChecker is closed");
    Checks.state(indexDirectory != null, "no index directory was set on the builder");
    if (store == null) {
      store = LuceneClaimStore.open(indexDirectory);
    }
    return store;
  }

  @Override
  public void close() {
    synchronized (lock) {
      if (store != null) {
        store.close();
        store = null;
      }
      closed = true;
    }
  }

  /** Builds a {@link CrossChecker}; every setting is checked when set. Not thread-safe. */
  public static final class Builder {
    private Path indexDirectory;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** Where the Lucene index lives; created when missing. */
    public Builder indexDirectory(Path directory) {
      this.indexDirectory = Checks.notNull(directory, "directory");
      return this;
    }

    /** The clock that dates undated articles' relative expressions; the system clock by default. */
    public Builder clock(Clock clock) {
      this.clock = Checks.notNull(clock, "clock");
      return this;
    }

    public CrossChecker build() {
      return new CrossChecker(this);
    }
  }
}
