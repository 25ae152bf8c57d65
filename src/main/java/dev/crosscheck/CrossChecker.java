package dev.crosscheck;

import dev.crosscheck.corpus.ArticleReader;
import dev.crosscheck.corpus.CorpusFile;
import dev.crosscheck.corpus.CorpusScanner;
import dev.crosscheck.corpus.FileRead;
import dev.crosscheck.index.ClaimStore;
import dev.crosscheck.index.LuceneClaimStore;
import dev.crosscheck.internal.Checks;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.Assessment;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.CrossCheckResult;
import dev.crosscheck.model.Diagnostic;
import dev.crosscheck.model.DraftCheck;
import dev.crosscheck.model.Position;
import dev.crosscheck.model.ResultSummary;
import dev.crosscheck.model.StoryKeys;
import dev.crosscheck.model.Topic;
import dev.crosscheck.reconcile.DraftAssessor;
import dev.crosscheck.reconcile.Reconciler;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The front door: indexes corpus folders, reports the topics their articles agree and disagree on,
 * checks drafts against the corpus, and extracts claims from single files. Thread-safe: {@link
 * #report()}, {@link #check} and {@link #extract} may run from many threads at once; {@link
 * #index} calls are serialized, and so are {@link #writeReport} calls.
 *
 * <p>Lifecycle: build with {@link #builder()} or {@link #open(Path)}, use, then {@link #close()},
 * which releases the index (the index directory is locked against other processes while open). The
 * index opens on first use, so a checker used only to {@link #extract} never touches it.
 */
public final class CrossChecker implements AutoCloseable {
  private final Path indexDirectory;
  private final int threads;
  private final Analysis analysis;
  private final Reconciler reconciler = Reconciler.defaults();
  private final DraftAssessor assessor = DraftAssessor.defaults();
  private final Object lock = new Object();
  private final Object reportLock = new Object();
  private ClaimStore store;
  /** Corpus articles checks have quoted, for the current index state. */
  private volatile Map<ArticleId, Optional<Article>> articleCache =
      new java.util.concurrent.ConcurrentHashMap<>();
  private List<Diagnostic> lastDiagnostics = List.of();
  private boolean closed;

  private CrossChecker(Builder builder) {
    this.indexDirectory = builder.indexDirectory;
    this.analysis = new Analysis(builder.clock);
    this.threads = builder.threads;
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
      ClaimStore s = store();
      FileStamps stamps = FileStamps.in(indexDirectory, s.version());
      IndexSummary summary = new Indexer(analysis, threads).update(s, roots, stamps);
      stamps.save(s.version());
      lastDiagnostics = summary.diagnostics();
      articleCache = new java.util.concurrent.ConcurrentHashMap<>();
      return summary;
    }
  }

  /**
   * Adds or replaces the given articles in the index, leaving all others, and commits; for
   * editorial tools that hold articles in memory rather than in files.
   */
  public void index(java.util.Collection<Article> articles) {
    Checks.notNull(articles, "articles");
    synchronized (lock) {
      ClaimStore s = store();
      for (Article article : articles) {
        s.upsert(article, Fingerprints.of(article), analysis.claims(article));
      }
      s.commit();
      articleCache = new java.util.concurrent.ConcurrentHashMap<>();
    }
  }

  /**
   * Checks a draft against everything indexed: one assessment per claim of the draft, saying
   * whether the corpus supports it, contradicts it or says nothing. Safe to call from many
   * threads at once.
   */
  public DraftCheck check(String draftText, DraftMetadata metadata) {
    Checks.notNull(draftText, "draftText");
    Checks.notNull(metadata, "metadata");
    dev.crosscheck.corpus.FileRead read =
        new ArticleReader().parse(metadata.name(), draftText, metadata.format());
    List<Diagnostic> diagnostics = new ArrayList<>(read.diagnostics());
    Article draft = read.articles().isEmpty()
        ? new Article(ArticleId.of(metadata.name()), metadata.name(), "", "", "", "", null, "", 1)
        : withDate(read.articles().get(0), metadata);
    ClaimStore s;
    synchronized (lock) {
      s = store();
    }
    Map<ArticleId, Optional<Article>> known = articleCache;
    List<Claim> claims = analysis.claims(draft);
    StoryKeys story = StoryKeys.of(draft, claims);
    Function<ArticleId, Optional<Article>> article = id -> known.computeIfAbsent(id, s::article);
    Map<Claim, List<Claim>> found = new java.util.IdentityHashMap<>();
    List<List<Claim>> candidates = s.candidates(claims, story, Reconciler.MAX_CANDIDATES);
    for (int i = 0; i < claims.size(); i++) {
      found.put(claims.get(i), candidates.get(i));
    }
    List<Assessment> assessments = assessor.assess(claims,
        (probe, max) -> found.getOrDefault(probe, List.of()).stream().limit(max)
            .filter(c -> !c.articleId().equals(draft.id())).toList(),
        article, s::nearDuplicates, ofStory(draft, story, s, article));
    Map<ArticleId, Article> quoted = new LinkedHashMap<>();
    for (Assessment a : assessments) {
      for (Position p : a.corpus()) {
        p.claims().forEach(
            c -> article.apply(c.articleId()).ifPresent(x -> quoted.putIfAbsent(x.id(), x)));
      }
    }
    return new DraftCheck(draft, assessments, List.copyOf(quoted.values()), diagnostics);
  }

  /**
   * Which corpus articles are about the draft's story: their keys meet its keys and they were
   * published near it. Asked for every pair of candidates, so each article is judged once.
   */
  private static Predicate<ArticleId> ofStory(Article draft, StoryKeys story, ClaimStore s,
      Function<ArticleId, Optional<Article>> article) {
    Map<ArticleId, Boolean> known = new java.util.HashMap<>();
    return id -> known.computeIfAbsent(id, x -> story.meets(s.storyKeys(x)) && article.apply(x)
        .map(a -> DraftAssessor.closeInTime(draft.publishedOn(), a.publishedOn())).orElse(false));
  }

  private static Article withDate(Article a, DraftMetadata metadata) {
    if (a.published() != null || metadata.published() == null) {
      return a;
    }
    return new Article(a.id(), a.path(), a.title(), a.source(), a.url(), a.credit(),
        metadata.published(), a.text(), a.firstLine());
  }

  /** The topics of everything indexed, with the diagnostics of the last {@link #index} call. */
  public CrossCheckResult report() {
    ClaimStore s;
    List<Diagnostic> diagnostics;
    synchronized (lock) {
      s = store();
      diagnostics = lastDiagnostics;
    }
    return report(s, diagnostics);
  }

  private CrossCheckResult report(ClaimStore s, List<Diagnostic> diagnostics) {
    List<Article> articles = s.articles();
    List<Claim> claims = s.claims();
    ClusterMemoryFile memory = ClusterMemoryFile.in(indexDirectory);
    List<Topic> topics = reconciler.reconcile(articles, s.nearDuplicates(), claims, memory);
    memory.save();
    return new CrossCheckResult(articles, topics, diagnostics);
  }

  /**
   * Writes the report of everything indexed into {@code files}, all or none (a failure leaves
   * every target as it was); or, when they already hold that report, leaves them alone and
   * reconciles nothing. They hold it when {@code crosscheck-report.bin} beside this index says
   * that this build of crosscheck wrote them, in the same formats, from the same index commit and
   * the same diagnostics of the last {@link #index} call, and each still has the size,
   * modification time and file identity (inode) it was written with.
   *
   * @throws java.io.UncheckedIOException naming the file that could not be written
   */
  public WrittenReport writeReport(List<ReportFile> files) {
    Checks.notNull(files, "files");
    Checks.argument(!files.isEmpty(), "files must name at least one report file");
    Map<Path, String> formats = new LinkedHashMap<>();
    for (ReportFile file : files) {
      Path target = Checks.notNull(file, "file").target().toAbsolutePath().normalize();
      Checks.argument(formats.put(target, file.format()) == null,
          () -> "two report files go to " + file.target());
    }
    // one at a time, so a stamp never names files another call wrote from another result
    synchronized (reportLock) {
      ClaimStore s;
      String storeVersion;
      List<Diagnostic> diagnostics;
      synchronized (lock) {
        s = store();
        storeVersion = s.version();
        diagnostics = lastDiagnostics;
      }
      // a commit made while the report is read only makes the stamp older than the files
      String version = reportVersion(storeVersion, diagnostics);
      Optional<ResultSummary> current = ReportStamp.current(indexDirectory, version, formats);
      if (current.isPresent()) {
        return new WrittenReport(current.get(), false);
      }
      CrossCheckResult result = report(s, diagnostics);
      Map<Path, ReportFiles.Content> contents = new LinkedHashMap<>();
      for (ReportFile file : files) {
        contents.put(file.target(), out -> file.renderer().accept(result, out));
      }
      Map<Path, BasicFileAttributes> written = ReportFiles.writeAll(contents);
      ResultSummary summary = ResultSummary.of(result);
      ReportStamp.of(version, summary, formats, written).save(indexDirectory);
      return new WrittenReport(summary, true);
    }
  }

  /**
   * A name for what {@link #report()} returns from a store at {@code storeVersion} with these
   * {@code diagnostics}, made by this build: equal names, equal reports.
   */
  private static String reportVersion(String storeVersion, List<Diagnostic> diagnostics) {
    if (storeVersion.isEmpty()) {
      return java.util.UUID.randomUUID().toString(); // an index from before commits were named
    }
    List<String> parts = new ArrayList<>(List.of(storeVersion, CodeVersion.current()));
    for (Diagnostic d : diagnostics) {
      parts.addAll(
          List.of(d.severity().name(), d.file(), Integer.toString(d.line()), d.message()));
    }
    return Fingerprints.sha256(parts);
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
    private int threads = Runtime.getRuntime().availableProcessors();

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

    /** How many threads analyse articles while indexing; one per core by default. */
    public Builder analysisThreads(int threads) {
      Checks.argument(threads >= 1, "threads must be >= 1, was %d", threads);
      this.threads = threads;
      return this;
    }

    public CrossChecker build() {
      return new CrossChecker(this);
    }
  }
}
