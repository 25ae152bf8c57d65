package dev.crosscheck.index;

import dev.crosscheck.model.ArticleId;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;

/**
 * The MinHash signatures of article documents, kept as binary doc values: read apart from the
 * stored fields, finding copies decompresses no claims (a third of a report's reading at 100,000
 * articles). Documents written before keep the signature as a stored field, and are read from
 * there. Stateless.
 */
final class Signatures {
  private static final Set<String> STORED_FIELDS = Set.of(Fields.ID, Fields.SIGNATURE);

  private Signatures() {}

  static void add(Document doc, String text) {
    doc.add(new BinaryDocValuesField(Fields.MIN_HASH, new BytesRef(
        MinHash.toBytes(MinHash.signature(text)))));
  }

  /** Adds the id and signature of every live article in {@code leaf} to {@code groups}. */
  static void addAll(LeafReaderContext leaf, NearDuplicates groups) throws IOException {
    BinaryDocValues values = docValues(leaf.reader());
    if (values == null) {
      StoredDocuments.forEachOfType(leaf, Fields.TYPE_ARTICLE, STORED_FIELDS,
          doc -> addStored(groups, doc));
      return;
    }
    SortedSetDocValues ids = idValues(leaf.reader());
    StoredFields stored = StoredDocuments.sequentialReader(leaf.reader());
    StoredDocuments.forEachDocOfType(leaf, Fields.TYPE_ARTICLE, d -> {
      if (ids != null && values.advanceExact(d) && ids.advanceExact(d)) {
        groups.add(ArticleId.of(ids.lookupOrd(ids.nextOrd()).utf8ToString()),
            bytes(values.binaryValue()));
      } else { // merged in from a segment that stored it
        addStored(groups, stored.document(d, STORED_FIELDS));
      }
    });
  }

  /** The segment's id doc values; null in a segment written before ids had them. */
  private static SortedSetDocValues idValues(LeafReader reader) throws IOException {
    FieldInfo info = reader.getFieldInfos().fieldInfo(Fields.ID);
    return info == null || info.getDocValuesType() != DocValuesType.SORTED_SET
        ? null
        : reader.getSortedSetDocValues(Fields.ID);
  }

  /** Adds the signature of the article with {@code id}, when it is indexed, to {@code groups}. */
  static void add(IndexSearcher searcher, ArticleId id, NearDuplicates groups) throws IOException {
    ScoreDoc hit = StoredDocuments.articleDoc(searcher, id.value());
    if (hit == null) {
      return;
    }
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
    BinaryDocValues values = docValues(leaf.reader());
    if (values != null && values.advanceExact(hit.doc - leaf.docBase)) {
      groups.add(id, bytes(values.binaryValue()));
    } else {
      addStored(groups, searcher.storedFields().document(hit.doc, STORED_FIELDS));
    }
  }

  /** The segment's signature doc values; null when it keeps signatures as stored fields. */
  private static BinaryDocValues docValues(LeafReader reader) throws IOException {
    FieldInfo info = reader.getFieldInfos().fieldInfo(Fields.MIN_HASH);
    return info == null || info.getDocValuesType() != DocValuesType.BINARY
        ? null
        : reader.getBinaryDocValues(Fields.MIN_HASH);
  }

  private static void addStored(NearDuplicates groups, Document doc) {
    BytesRef bytes = doc.getBinaryValue(Fields.SIGNATURE);
    if (bytes != null) {
      groups.add(ArticleId.of(doc.get(Fields.ID)), bytes(bytes));
    }
  }

  private static int[] bytes(BytesRef bytes) {
    return MinHash.fromBytes(bytes.bytes, bytes.offset, bytes.length);
  }
}
