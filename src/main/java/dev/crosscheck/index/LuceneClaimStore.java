package dev.crosscheck.index;

import dev.crosscheck.internal.Checks;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.StoryKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;

/**
 * A {@link ClaimStore} on an embedded Lucene index in one directory. Thread-safe: any number of
 * threads may read and write at once; reads see the last {@link #commit()} as one consistent
 * snapshot and never see uncommitted changes. {@link #close()} discards uncommitted changes and
 * must only be called once the other calls have returned; after it every call but {@code close}
 * throws {@link IllegalStateException}.
 *
 * <p>One open store owns the directory: the index write lock keeps a second store, in this or
 * another process, from opening it ({@link IndexLockedException}). Unreadable index files raise
 * {@link IndexCorruptedException}; an index written with another {@link #SCHEMA_VERSION} is refused
 * with an {@link IllegalStateException}. Both ask for a rebuild from the corpus. Other I/O failures
 * are thrown as {@link UncheckedIOException} naming the directory.
 */
public final class LuceneClaimStore implements ClaimStore {
  /** The version of the document layout; stored in every commit and checked on open. */
  public static final int SCHEMA_VERSION = 3;

  /** The commit user-data key that holds the schema version. */
  static final String SCHEMA_KEY = "schema";
  /** Commit data key of {@link #version()}: a random id per commit. */
  static final String VERSION_KEY = "commit";

  private static final Comparator<Claim> CLAIM_ORDER =
      Comparator.comparing(Claim::articleId)
          .thenComparingInt(c -> c.span().start())
          .thenComparingInt(c -> c.span().end())
          .thenComparing(Claim::kind);

  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Map<ArticleId, StoryKeys> storyKeys = new java.util.concurrent.ConcurrentHashMap<>();

  private LuceneClaimStore(
      Path path, Directory directory, IndexWriter writer, SearcherManager searchers) {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
  }

  /**
   * Opens the index in {@code directory}, creating the directory and an empty index when missing.
   *
   * @throws IndexLockedException when another open store holds the index
   * @throws IndexCorruptedException when the index files cannot be read
   * @throws IllegalStateException when the index has another schema version
   * @throws UncheckedIOException on other I/O failures
   */
  public static LuceneClaimStore open(Path directory) {
    Checks.notNull(directory, "directory");
    Directory dir = fsDirectory(directory);
    IndexWriter writer = null;
    boolean opened = false;
    try {
      boolean exists = DirectoryReader.indexExists(dir);
      writer = new IndexWriter(dir, new IndexWriterConfig().setCommitOnClose(false));
      initOrCheckSchema(writer, exists, directory);
      LuceneClaimStore store =
          new LuceneClaimStore(directory, dir, writer, new SearcherManager(dir, null));
      opened = true;
      return store;
    } catch (LockObtainFailedException e) {
      throw new IndexLockedException(directory, e);
    } catch (IOException e) {
      throw Failures.wrap(e, directory);
    } finally {
      if (!opened) {
        IOUtils.closeWhileHandlingException(writer, dir);
      }
    }
  }

  /**
   * The schema version of the index in {@code directory} when it has another than {@link
   * #SCHEMA_VERSION} ("none" for an index without one); empty when it matches, when there is no
   * index, or when the index cannot be read ({@link #open} reports that). Opens no writer.
   */
  public static Optional<String> otherSchema(Path directory) {
    Checks.notNull(directory, "directory");
    if (!Files.isDirectory(directory)) {
      return Optional.empty();
    }
    try (Directory dir = FSDirectory.open(directory)) {
      if (!DirectoryReader.indexExists(dir)) {
        return Optional.empty();
      }
      String found = org.apache.lucene.index.SegmentInfos.readLatestCommit(dir).getUserData()
          .getOrDefault(SCHEMA_KEY, "none");
      return found.equals(Integer.toString(SCHEMA_VERSION)) ? Optional.empty() : Optional.of(found);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Directory fsDirectory(Path directory) {
    try {
      Files.createDirectories(directory);
      return FSDirectory.open(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open index directory " + directory, e);
    }
  }

  private static void initOrCheckSchema(IndexWriter writer, boolean exists, Path directory)
      throws IOException {
    String expected = Integer.toString(SCHEMA_VERSION);
    if (!exists) {
      setCommitData(writer);
      writer.commit();
      return;
    }
    String found = "none";
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    for (Map.Entry<String, String> entry :
        data == null ? Set.<Map.Entry<String, String>>of() : data) {
      if (SCHEMA_KEY.equals(entry.getKey())) {
        found = entry.getValue();
      }
    }
    Checks.state(
        expected.equals(found),
        "index %s has schema version %s but this crosscheck uses %s;"
            + " run with --rebuild to rebuild it from the corpus",
        directory,
        found,
        expected);
  }

  @Override
  public Optional<String> fingerprint(ArticleId id) {
    Checks.notNull(id, "id");
    Set<String> fields = Set.of(Fields.FINGERPRINT);
    return read(s -> StoredDocuments.article(s, id.value(), fields)).stream()
        .findFirst()
        .map(doc -> doc.get(Fields.FINGERPRINT));
  }

  @Override
  public void upsert(Article article, String fingerprint, List<Claim> claims) {
    Checks.notNull(article, "article");
    Checks.notNull(fingerprint, "fingerprint");
    Checks.notNull(claims, "claims");
    List<Document> docs = new ArrayList<>(claims.size() + 1);
    StoryKeys keys = StoryKeys.of(article, claims);
    docs.add(ArticleDocuments.toDocument(article, fingerprint, keys));
    Set<String> ids = new HashSet<>();
    for (Claim claim : claims) {
      Checks.notNull(claim, "claim");
      Checks.argument(claim.articleId().equals(article.id()), () -> "claim '"
          + Checks.snippet(claim.surface()) + "' belongs to article " + claim.articleId()
          + ", not " + article.id());
      String id = ClaimDocuments.id(claim);
      Checks.argument(ids.add(id), "duplicate claim %s in article %s", id, article.id());
      docs.add(ClaimDocuments.toDocument(claim, keys));
    }
    write(() -> writer.updateDocuments(articleTerm(article.id()), docs));
    storyKeys.put(article.id(), keys);
  }

  @Override
  public void delete(ArticleId id) {
    Checks.notNull(id, "id");
    write(() -> writer.deleteDocuments(articleTerm(id)));
    storyKeys.remove(id);
  }

  @Override
  public Set<ArticleId> articleIds() {
    // from the ids' doc values: every run asks, and stored fields would be decompressed for each
    return read(s -> {
      Set<ArticleId> ids = new TreeSet<>();
      for (org.apache.lucene.index.LeafReaderContext leaf : s.getIndexReader().leaves()) {
        StoredDocuments.forEachIdOfType(leaf, Fields.TYPE_ARTICLE, id -> ids.add(ArticleId.of(id)));
      }
      return Collections.unmodifiableSet(ids);
    });
  }

  @Override
  public void commit() {
    write(
        () -> {
          if (!writer.hasUncommittedChanges()) {
            return;
          }
          setCommitData(writer);
          writer.commit();
          searchers.maybeRefreshBlocking();
        });
  }

  private static void setCommitData(IndexWriter writer) {
    writer.setLiveCommitData(Map.of(SCHEMA_KEY, Integer.toString(SCHEMA_VERSION),
        VERSION_KEY, java.util.UUID.randomUUID().toString()).entrySet());
  }

  @Override
  public String version() {
    return read(s -> {
      Map<String, String> data = ((org.apache.lucene.index.DirectoryReader) s.getIndexReader())
          .getIndexCommit().getUserData();
      return data.getOrDefault(VERSION_KEY, "");
    });
  }

  @Override
  public List<Set<ArticleId>> nearDuplicates() {
    NearDuplicates groups = new NearDuplicates();
    read(s -> {
      for (org.apache.lucene.index.LeafReaderContext leaf : s.getIndexReader().leaves()) {
        Signatures.addAll(leaf, groups);
      }
      return null;
    });
    return groups.groups();
  }

  @Override
  public List<Set<ArticleId>> nearDuplicates(java.util.Collection<ArticleId> articles) {
    NearDuplicates groups = new NearDuplicates();
    read(s -> {
      for (ArticleId id : new TreeSet<>(articles)) {
        Signatures.add(s, id, groups);
      }
      return null;
    });
    return groups.groups();
  }

  @Override
  public Optional<Article> article(ArticleId id) {
    Checks.notNull(id, "id");
    return read(s -> StoredDocuments.article(s, id.value(), null)).stream()
        .findFirst()
        .map(ArticleDocuments::fromDocument);
  }

  @Override
  public List<Article> articles() {
    List<Article> out = new ArrayList<>();
    forEachOfType(Fields.TYPE_ARTICLE, null, doc -> out.add(ArticleDocuments.fromDocument(doc)));
    out.sort(Comparator.comparing(Article::id));
    return Collections.unmodifiableList(out);
  }

  /**
   * Documents one task of {@link #claims()} reads: a merged index is one segment, which would
   * leave all but one core idle.
   */
  private static final int CLAIM_SLICE_DOCS = 1 << 15;

  /** Documents {@code from} (inclusive) to {@code to} (exclusive) of one segment. */
  private record Slice(LeafReaderContext leaf, int from, int to) {}

  private static List<Slice> slices(List<LeafReaderContext> leaves) {
    List<Slice> out = new ArrayList<>();
    for (LeafReaderContext leaf : leaves) {
      int max = leaf.reader().maxDoc();
      for (int from = 0; from < max; from += CLAIM_SLICE_DOCS) {
        out.add(new Slice(leaf, from, Math.min(max, from + CLAIM_SLICE_DOCS)));
      }
    }
    return out;
  }

  private static List<Claim> claimsOf(Slice slice, Canonical shared) {
    List<Claim> out = new ArrayList<>();
    ClaimVisitor visitor = new ClaimVisitor(shared);
    try {
      StoredDocuments.visitEachOfType(slice.leaf(), slice.from(), slice.to(), Fields.TYPE_CLAIM,
          visitor, () -> out.add(visitor.claim()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Override
  public ClaimPage claims(Optional<String> cursor, int max) {
    Checks.notNull(cursor, "cursor");
    Checks.argument(max >= 1, "max must be >= 1, was %d", max);
    org.apache.lucene.search.BooleanQuery.Builder query =
        new org.apache.lucene.search.BooleanQuery.Builder()
            .add(new org.apache.lucene.search.TermQuery(new Term(Fields.TYPE, Fields.TYPE_CLAIM)),
                org.apache.lucene.search.BooleanClause.Occur.FILTER);
    cursor.ifPresent(after -> query.add(
        org.apache.lucene.search.TermRangeQuery.newStringRange(Fields.ID, after, null, false, false),
        org.apache.lucene.search.BooleanClause.Occur.FILTER));
    org.apache.lucene.search.Sort byId =
        new org.apache.lucene.search.Sort(new org.apache.lucene.search.SortedSetSortField(Fields.ID, false));
    List<Claim> claims = read(s -> StoredDocuments.documents(s, s.search(query.build(), max, byId), null))
        .stream().map(ClaimDocuments::fromDocument).toList();
    Optional<String> next = claims.size() < max
        ? Optional.empty() : Optional.of(ClaimDocuments.id(claims.get(claims.size() - 1)));
    return new ClaimPage(claims, next);
  }

  @Override
  public List<Claim> claims() {
    // Slices of segments load in parallel: decompressing and parsing 750,000 stored claims is
    // most of a re-run that finds nothing to regroup.
    List<Claim> out = new ArrayList<>();
    Canonical shared = Canonical.create();
    read(s -> {
      try {
        slices(s.getIndexReader().leaves()).parallelStream()
            .map(slice -> claimsOf(slice, shared)).toList()
            .forEach(out::addAll);
      } catch (UncheckedIOException e) {
        throw e.getCause(); // reported like any other failure to read the index
      }
      return null;
    });
    out.sort(CLAIM_ORDER);
    return Collections.unmodifiableList(out);
  }

  @Override
  public List<Claim> candidates(Claim probe, int max) {
    return candidates(probe, StoryKeys.NONE, max);
  }

  @Override
  public List<Claim> candidates(Claim probe, StoryKeys story, int max) {
    Checks.notNull(probe, "probe");
    return candidates(List.of(probe), story, max).get(0);
  }

  /**
   * One query per probe; the candidates that several probes share (a draft's claims are about one
   * story) are loaded once, in index order, so that neighbouring claims of one article come out of
   * one decompressed block of stored fields.
   */
  @Override
  public List<List<Claim>> candidates(List<Claim> probes, StoryKeys story, int max) {
    Checks.notNull(probes, "probes");
    Checks.notNull(story, "story");
    Checks.argument(max >= 1, "max must be >= 1, was %d", max);
    return read(s -> {
      List<int[]> hits = new ArrayList<>(probes.size());
      java.util.TreeMap<Integer, Claim> loaded = new java.util.TreeMap<>();
      for (Claim probe : probes) {
        StoryKeys keys = story.isEmpty() ? storyKeys(probe.articleId()) : story;
        org.apache.lucene.search.ScoreDoc[] docs =
            s.search(candidateQuery(s, probe, keys), max, CandidateQuery.ORDER).scoreDocs;
        int[] ids = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
          ids[i] = docs[i].doc;
          loaded.put(ids[i], null);
        }
        hits.add(ids);
      }
      org.apache.lucene.index.StoredFields stored = s.storedFields();
      for (Map.Entry<Integer, Claim> e : loaded.entrySet()) {
        e.setValue(ClaimDocuments.fromDocument(stored.document(e.getKey())));
      }
      List<List<Claim>> out = new ArrayList<>(hits.size());
      for (int[] ids : hits) {
        out.add(java.util.Arrays.stream(ids).mapToObj(loaded::get).toList());
      }
      return out;
    });
  }

  /**
   * The candidate query with the story's {@linkplain StoryKeys#searchTerms terms} that still
   * select: a term more than one claim in {@link #COMMON_KEY_SHARE} carries (a first name, a word
   * many names begin with) would filter nothing and make the query visit the corpus; when every
   * term is that common, the rarest stays.
   */
  private static Query candidateQuery(IndexSearcher searcher, Claim probe, StoryKeys story)
      throws IOException {
    if (story.isEmpty()) {
      return CandidateQuery.forProbe(probe);
    }
    int limit = Math.max(MIN_COMMON_KEY_CLAIMS, searcher.getIndexReader().numDocs() / COMMON_KEY_SHARE);
    Set<String> kept = new HashSet<>();
    String rarest = null;
    int rarestCount = Integer.MAX_VALUE;
    for (String term : story.searchTerms()) {
      int count = searcher.getIndexReader().docFreq(new Term(Fields.STORY_KEY, term));
      if (count <= limit) {
        kept.add(term);
      }
      if (count < rarestCount) {
        rarest = term;
        rarestCount = count;
      }
    }
    if (kept.isEmpty()) {
      kept.add(rarest);
    }
    return CandidateQuery.forProbe(probe, kept);
  }

  /** See {@link #candidateQuery}: a key is common above max(this, one claim in {@link #COMMON_KEY_SHARE}). */
  static final int MIN_COMMON_KEY_CLAIMS = 2000;
  static final int COMMON_KEY_SHARE = 200;

  /**
   * The story keys stored with an article, read once and kept: every claim of an article asks for
   * them. An article not in the index (a draft) has none, so its candidates come from every story.
   */
  @Override
  public StoryKeys storyKeys(ArticleId id) {
    Checks.notNull(id, "id");
    StoryKeys known = storyKeys.get(id);
    if (known != null) {
      return known;
    }
    Set<String> fields = Set.of(Fields.STORED_STORY_KEY);
    StoryKeys read = read(s -> StoredDocuments.article(s, id.value(), fields)).stream()
        .findFirst()
        .map(doc -> new StoryKeys(Set.of(doc.getValues(Fields.STORED_STORY_KEY))))
        .orElse(StoryKeys.NONE);
    storyKeys.putIfAbsent(id, read);
    return read;
  }

  @Override
  public String idOf(Claim claim) {
    return ClaimDocuments.id(Checks.notNull(claim, "claim"));
  }

  /** Releases the write lock and discards changes made since the last commit. Idempotent. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        IOUtils.close(searchers, writer, directory);
      } catch (IOException e) {
        throw Failures.wrap(e, path);
      }
    }
  }

  @Override
  public String toString() {
    return "LuceneClaimStore[" + path + "]";
  }

  private static Term articleTerm(ArticleId id) {
    return new Term(Fields.ARTICLE, id.value());
  }

  private void ensureOpen() {
    Checks.state(!closed.get(), "claim store %s is closed", path);
  }

  private void write(IndexAction action) {
    ensureOpen();
    try {
      action.run();
    } catch (IOException e) {
      throw Failures.wrap(e, path);
    }
  }

  private <T> T read(IndexRead<T> read) {
    ensureOpen();
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return read.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw Failures.wrap(e, path);
    }
  }

  private void forEachOfType(String type, Set<String> fields,
      java.util.function.Consumer<org.apache.lucene.document.Document> action) {
    read(s -> {
      StoredDocuments.forEachOfType(s, type, fields, action);
      return null;
    });
  }

  @FunctionalInterface
  private interface IndexAction {
    void run() throws IOException;
  }

  @FunctionalInterface
  private interface IndexRead<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }
}
