package dev.crosscheck.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;

/** Loads stored documents from one searcher (one point-in-time view of the last commit). */
final class StoredDocuments {
  private StoredDocuments() {}

  /**
   * Gives {@code action} every live document of {@code type}, in index order (so each block of
   * stored fields is decompressed once), loading only {@code fields} (all when null). Nothing is
   * held between documents: a corpus's claims are more than the heap should hold twice.
   */
  static void forEachOfType(IndexSearcher searcher, String type, Set<String> fields,
      Consumer<Document> action) throws IOException {
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      forEachOfType(leaf, type, fields, action);
    }
  }

  /** As {@link #forEachOfType(IndexSearcher, String, Set, Consumer)}, in one segment. */
  static void forEachOfType(LeafReaderContext leaf, String type, Set<String> fields,
      Consumer<Document> action) throws IOException {
    StoredFields stored = sequentialReader(leaf.reader());
    eachLive(leaf, type,
        d -> action.accept(fields == null ? stored.document(d) : stored.document(d, fields)));
  }

  /**
   * Hands each live document of {@code type} in {@code leaf}, in order, to {@code visitor}, then
   * calls {@code visited}: for readers that fill their own structures rather than a {@code
   * Document}.
   */
  static void visitEachOfType(LeafReaderContext leaf, String type, StoredFieldVisitor visitor,
      Runnable visited) throws IOException {
    visitEachOfType(leaf, 0, leaf.reader().maxDoc(), type, visitor, visited);
  }

  /**
   * As {@link #visitEachOfType(LeafReaderContext, String, StoredFieldVisitor, Runnable)}, for the
   * documents numbered {@code from} (inclusive) to {@code to} (exclusive) only, through a reader
   * of their own: slices of one segment may be read at once.
   */
  static void visitEachOfType(LeafReaderContext leaf, int from, int to, String type,
      StoredFieldVisitor visitor, Runnable visited) throws IOException {
    StoredFields stored = sequentialReader(leaf.reader());
    eachLive(leaf, from, to, type, d -> {
      stored.document(d, visitor);
      visited.run();
    });
  }

  /**
   * The {@link Fields#ID} of each live document of {@code type} in {@code leaf}, from doc values;
   * from stored fields in a segment without them, since a missed id reads as a deleted article.
   */
  static void forEachIdOfType(LeafReaderContext leaf, String type, Consumer<String> action)
      throws IOException {
    LeafReader reader = leaf.reader();
    FieldInfo info = reader.getFieldInfos().fieldInfo(Fields.ID);
    if (info == null || info.getDocValuesType() != DocValuesType.SORTED_SET) {
      forEachOfType(leaf, type, Set.of(Fields.ID), doc -> action.accept(doc.get(Fields.ID)));
      return;
    }
    SortedSetDocValues ids = DocValues.getSortedSet(reader, Fields.ID);
    eachLive(leaf, type, d -> {
      if (ids.advanceExact(d)) {
        action.accept(ids.lookupOrd(ids.nextOrd()).utf8ToString());
      }
    });
  }

  /** Hands {@code action} the number of each live document of {@code type} in {@code leaf}. */
  static void forEachDocOfType(LeafReaderContext leaf, String type, DocAction action)
      throws IOException {
    eachLive(leaf, type, action);
  }

  @FunctionalInterface
  interface DocAction {
    void accept(int doc) throws IOException;
  }

  /** Hands {@code action} each live document of {@code type} in {@code leaf}, in index order. */
  private static void eachLive(LeafReaderContext leaf, String type, DocAction action)
      throws IOException {
    eachLive(leaf, 0, leaf.reader().maxDoc(), type, action);
  }

  /** As {@link #eachLive(LeafReaderContext, String, DocAction)}, documents from to to only. */
  private static void eachLive(LeafReaderContext leaf, int from, int to, String type,
      DocAction action) throws IOException {
    LeafReader reader = leaf.reader();
    PostingsEnum docs = reader.postings(new Term(Fields.TYPE, type), PostingsEnum.NONE);
    if (docs == null || from >= to) {
      return;
    }
    Bits live = reader.getLiveDocs();
    for (int d = docs.advance(from); d < to; d = docs.nextDoc()) {
      if (live == null || live.get(d)) {
        action.accept(d);
      }
    }
  }

  /**
   * The segment's stored fields for reading in order, as merges read them when the codec offers
   * that: it decompresses each block once and keeps it, where random access decompresses it again
   * for each document. Loading 750,000 claims took a fifth of the time.
   */
  static StoredFields sequentialReader(LeafReader reader) throws IOException {
    if (reader instanceof CodecReader codec && codec.getFieldsReader() != null) {
      return codec.getFieldsReader().getMergeInstance();
    }
    return reader.storedFields();
  }

  /**
   * The article document with {@code id}, or none. Ids are unique, so one hit is asked for: a
   * collector sized to the whole index would cost as much as the index is large, per article.
   */
  static List<Document> article(IndexSearcher searcher, String id, Set<String> fields)
      throws IOException {
    return load(searcher, articleQuery(id), 1, fields);
  }

  /** The hit of the article document with {@code id}, or null; see {@link #article}. */
  static ScoreDoc articleDoc(IndexSearcher searcher, String id) throws IOException {
    if (searcher.getIndexReader().maxDoc() == 0) {
      return null;
    }
    ScoreDoc[] hits = searcher.search(articleQuery(id), 1).scoreDocs;
    return hits.length == 0 ? null : hits[0];
  }

  private static Query articleQuery(String id) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_ARTICLE)), Occur.FILTER)
        .add(new TermQuery(new Term(Fields.ID, id)), Occur.FILTER)
        .build();
  }

  private static List<Document> load(IndexSearcher searcher, Query query, int max, Set<String> fields)
      throws IOException {
    if (searcher.getIndexReader().maxDoc() == 0) {
      return List.of();
    }
    return documents(searcher, searcher.search(query, max), fields);
  }

  /** The stored documents of {@code hits}, in hit order. */
  static List<Document> documents(IndexSearcher searcher, TopDocs hits, Set<String> fields)
      throws IOException {
    StoredFields stored = searcher.storedFields();
    List<Document> docs = new ArrayList<>(hits.scoreDocs.length);
    for (ScoreDoc hit : hits.scoreDocs) {
      docs.add(fields == null ? stored.document(hit.doc) : stored.document(hit.doc, fields));
    }
    return docs;
  }
}
