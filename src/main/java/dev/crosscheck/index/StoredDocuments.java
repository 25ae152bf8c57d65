package dev.crosscheck.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Loads stored documents from one searcher (one point-in-time view of the last commit). */
final class StoredDocuments {
  private StoredDocuments() {}

  /** Every document of {@code type}, loading only {@code fields} (all fields when null). */
  static List<Document> ofType(IndexSearcher searcher, String type, Set<String> fields)
      throws IOException {
    return load(searcher, new TermQuery(new Term(Fields.TYPE, type)), fields);
  }

  /**
   * The article document with {@code id}, or none. Ids are unique, so one hit is asked for: a
   * collector sized to the whole index would cost as much as the index is large, per article.
   */
  static List<Document> article(IndexSearcher searcher, String id, Set<String> fields)
      throws IOException {
    Query query =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_ARTICLE)), Occur.FILTER)
            .add(new TermQuery(new Term(Fields.ID, id)), Occur.FILTER)
            .build();
    return load(searcher, query, 1, fields);
  }

  private static List<Document> load(IndexSearcher searcher, Query query, Set<String> fields)
      throws IOException {
    return load(searcher, query, searcher.getIndexReader().maxDoc(), fields);
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
