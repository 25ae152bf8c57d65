package dev.crosscheck.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.StoryKeys;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneClaimStoreTest extends ClaimStoreContract {
  @TempDir Path other;

  @Override
  protected ClaimStore newStore(Path dir) {
    return LuceneClaimStore.open(dir);
  }

  @Test
  void secondOpenOfTheSameDirectoryIsLocked() {
    assertThatThrownBy(() -> LuceneClaimStore.open(dir))
        .isInstanceOf(IndexLockedException.class)
        .hasMessage("index " + dir + " is in use by another crosscheck process");
  }

  @Test
  void closeReleasesTheLockAndDiscardsUncommittedChanges() {
    upsertBoth();
    store.delete(TestClaims.DISPATCH);
    store.close();
    store = LuceneClaimStore.open(dir);
    assertThat(store.claims()).isEqualTo(allClaims());
  }

  @Test
  void openCreatesMissingDirectories() {
    Path nested = other.resolve("a/b/index");
    try (ClaimStore created = LuceneClaimStore.open(nested)) {
      assertThat(created.articleIds()).isEmpty();
    }
    assertThat(nested).isDirectory();
  }

  @Test
  void truncatedSegmentsFileIsReportedAsCorruption() throws IOException {
    upsertBoth();
    store.close();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.copy(file, other.resolve(file.getFileName()));
      }
    }
    truncateSegmentsFile(other);
    store = LuceneClaimStore.open(dir);
    assertThatThrownBy(() -> LuceneClaimStore.open(other))
        .isInstanceOf(IndexCorruptedException.class)
        .hasMessageStartingWith("index " + other + " is corrupted")
        .hasMessageEndingWith("; run with --rebuild to rebuild it from the corpus");
    try (ClaimStore reopened = LuceneClaimStore.open(other.resolve("fresh"))) {
      assertThat(reopened.claims()).isEmpty();
    }
  }

  private static void truncateSegmentsFile(Path index) throws IOException {
    try (Stream<Path> files = Files.list(index)) {
      Path segments =
          files.filter(f -> f.getFileName().toString().startsWith("segments_")).findFirst().get();
      try (FileChannel channel = FileChannel.open(segments, StandardOpenOption.WRITE)) {
        channel.truncate(channel.size() / 2);
      }
    }
  }

  @Test
  void otherSchemaVersionIsRefused() throws IOException {
    store.close();
    writeCommitData(dir, Map.of(LuceneClaimStore.SCHEMA_KEY, "0"));
    assertThatThrownBy(() -> LuceneClaimStore.open(dir))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage(
            "index "
                + dir
                + " has schema version 0 but this crosscheck uses "
                + LuceneClaimStore.SCHEMA_VERSION + ";"
                + " run with --rebuild to rebuild it from the corpus");
    writeCommitData(dir, Map.of("other", "x"));
    assertThatThrownBy(() -> LuceneClaimStore.open(dir))
        .hasMessageContaining("has schema version none");
    writeCommitData(dir, Map.of(LuceneClaimStore.SCHEMA_KEY, Integer.toString(LuceneClaimStore.SCHEMA_VERSION)));
    store = LuceneClaimStore.open(dir);
  }

  private static void writeCommitData(Path path, Map<String, String> data) throws IOException {
    try (Directory directory = FSDirectory.open(path);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
    }
  }

  @Test
  void signaturesStoredBeforeDocValuesHeldThemStillFindCopies() throws IOException {
    String story = longText(7, 120);
    Article old = withText(ArticleId.of("a/old.md"), story);
    Article copy = withText(ArticleId.of("b/copy.md"), story.replace("river", "stream"));
    store.close();
    try (Directory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      Document doc = ArticleDocuments.toDocument(old, "fp", StoryKeys.NONE);
      doc.removeField(Fields.MIN_HASH);
      doc.add(new StoredField(Fields.SIGNATURE, MinHash.toBytes(MinHash.signature(story))));
      writer.addDocument(doc);
      writer.setLiveCommitData(Map.of(LuceneClaimStore.SCHEMA_KEY,
          Integer.toString(LuceneClaimStore.SCHEMA_VERSION)).entrySet());
      writer.commit();
    }
    store = LuceneClaimStore.open(dir);
    store.upsert(copy, "fp", List.of());
    store.commit();
    Set<ArticleId> both = Set.of(old.id(), copy.id());
    assertThat(store.nearDuplicates()).containsExactly(both);
    assertThat(store.nearDuplicates(both)).containsExactly(both);
    store.close();
    try (Directory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      writer.forceMerge(1); // one segment where only some documents have the doc values
    }
    store = LuceneClaimStore.open(dir);
    assertThat(store.nearDuplicates()).containsExactly(both);
    assertThat(store.nearDuplicates(both)).containsExactly(both);
  }

  @Test
  void schemaVersionIsInEveryCommit() throws IOException {
    upsertBoth();
    store.close();
    try (Directory directory = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      assertThat(reader.getIndexCommit().getUserData())
          .containsEntry("schema", Integer.toString(LuceneClaimStore.SCHEMA_VERSION));
    }
    store = LuceneClaimStore.open(dir);
  }

  @Test
  void boundsAreIndexedInBaseUnitsForRangeQueries() throws IOException {
    upsertBoth();
    store.close();
    try (Directory directory = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      // "up to 20%" has an open low bound; "1.2 GW" is 1.15e9..1.25e9 W; "18 months" is 1.5 years.
      assertThat(
              searcher.count(DoublePoint.newExactQuery(Fields.LOW_POINT, Double.NEGATIVE_INFINITY)))
          .isEqualTo(1);
      assertThat(searcher.count(DoublePoint.newRangeQuery(Fields.HIGH_POINT, 1.2e9, 1.3e9)))
          .isEqualTo(1);
      assertThat(searcher.count(DoublePoint.newExactQuery(Fields.HIGH_POINT, 1.5))).isEqualTo(1);
    }
    store = LuceneClaimStore.open(dir);
  }

  @Test
  void claimIdsAreDeterministic() {
    Claim claim = TestClaims.dispatchClaims().get(0);
    assertThat(ClaimDocuments.id(claim)).isEqualTo("002_acb12901e763e04e.txt|1741-1745|YEAR");
  }

  @Test
  void hugeSubjectStringsAreStoredButNotSearched() {
    String noise = "x".repeat(40_000);
    Claim claim =
        TestClaims.money13(TestClaims.subject(noise, "investment", "OpenAI", noise, "Microsoft"));
    store.upsert(NP, "fp", List.of(claim));
    store.commit();
    assertThat(store.claims()).containsExactly(claim);
    assertThat(claim.subject().searchTerms())
        .containsExactly("openai", "investment", "microsoft");
  }

  @Test
  void subjectStopWordsAreLucenesEnglishStopWords() {
    java.util.Set<String> lucene = new java.util.HashSet<>();
    org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET
        .forEach(w -> lucene.add(new String((char[]) w)));
    assertThat(dev.crosscheck.model.Subject.STOP_WORDS).isEqualTo(lucene);
  }

  /** {@link LuceneClaimStore#claims()} reads slices of a segment at once: any split is lossless. */
  @Test
  void slicesOfASegmentReadExactlyItsClaims() throws IOException {
    upsertBoth();
    try (Directory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
      org.apache.lucene.index.LeafReaderContext leaf = reader.leaves().get(0);
      int max = leaf.reader().maxDoc();
      List<Claim> whole = claimsBetween(leaf, 0, max);
      assertThat(whole).hasSameElementsAs(allClaims());
      for (int split = 0; split <= max; split++) {
        List<Claim> joined = new java.util.ArrayList<>(claimsBetween(leaf, 0, split));
        joined.addAll(claimsBetween(leaf, split, max));
        assertThat(joined).as("split at %d", split).isEqualTo(whole);
      }
    }
  }

  private static List<Claim> claimsBetween(
      org.apache.lucene.index.LeafReaderContext leaf, int from, int to) throws IOException {
    List<Claim> out = new java.util.ArrayList<>();
    ClaimVisitor visitor = new ClaimVisitor(Canonical.create());
    StoredDocuments.visitEachOfType(leaf, from, to, Fields.TYPE_CLAIM, visitor,
        () -> out.add(visitor.claim()));
    return out;
  }

  @Test
  void toStringNamesTheDirectory() {
    assertThat(store).hasToString("LuceneClaimStore[" + dir + "]");
  }
}
