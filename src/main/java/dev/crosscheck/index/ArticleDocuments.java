package dev.crosscheck.index;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.StoryKeys;
import dev.crosscheck.model.ArticleId;
import java.time.LocalDate;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;

/**
 * Maps an {@link Article} with its fingerprint to an index document and back, without text but
 * with the MinHash signature of its text, for finding copies.
 */
final class ArticleDocuments {
  private ArticleDocuments() {}

  static Document toDocument(Article article, String fingerprint, StoryKeys keys) {
    Document doc = new Document();
    keys.words().forEach(k -> doc.add(new StoredField(Fields.STORED_STORY_KEY, k)));
    doc.add(new StringField(Fields.TYPE, Fields.TYPE_ARTICLE, Store.NO));
    doc.add(new KeywordField(Fields.ID, article.id().value(), Store.YES));
    doc.add(new StringField(Fields.ARTICLE, article.id().value(), Store.YES));
    doc.add(new StoredField(Fields.PATH, article.path()));
    doc.add(new StoredField(Fields.TITLE, article.title()));
    doc.add(new StoredField(Fields.SOURCE, article.source()));
    doc.add(new StoredField(Fields.URL, article.url()));
    doc.add(new StoredField(Fields.CREDIT, article.credit()));
    if (article.published() != null) {
      doc.add(new StoredField(Fields.PUBLISHED, article.published().toString()));
    }
    doc.add(new StoredField(Fields.FIRST_LINE, article.firstLine()));
    doc.add(new StoredField(Fields.FINGERPRINT, fingerprint));
    Signatures.add(doc, article.text());
    return doc;
  }

  /** The stored article; its text is empty because bodies are not stored. */
  static Article fromDocument(Document doc) {
    String published = doc.get(Fields.PUBLISHED);
    return new Article(
        ArticleId.of(doc.get(Fields.ID)),
        doc.get(Fields.PATH),
        doc.get(Fields.TITLE),
        doc.get(Fields.SOURCE),
        doc.get(Fields.URL),
        doc.get(Fields.CREDIT),
        published == null ? null : LocalDate.parse(published),
        "",
        doc.getField(Fields.FIRST_LINE).numericValue().intValue());
  }
}
