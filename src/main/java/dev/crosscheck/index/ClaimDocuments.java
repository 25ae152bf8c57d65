package dev.crosscheck.index;

import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.Change;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.StoryKeys;
import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.Dimension;
import dev.crosscheck.model.Quantity;
import dev.crosscheck.model.Subject;
import dev.crosscheck.model.TextSpan;
import dev.crosscheck.model.TimeRole;
import dev.crosscheck.model.Timeframe;
import dev.crosscheck.model.Unit;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;

/**
 * Maps a {@link Claim} to an index document and back so that the round trip gives an equal record.
 * Decimals are stored with {@link BigDecimal#toString()}, which keeps the scale exactly (a plain
 * string would turn a {@code toBase} of {@code 1E+3} into {@code 1000}, a different scale).
 */
final class ClaimDocuments {
  private ClaimDocuments() {}

  /** The deterministic document id: {@code <articleId>|<start>-<end>|<kind>}. */
  static String id(Claim claim) {
    return claim.articleId().value()
        + "|"
        + claim.span().start()
        + "-"
        + claim.span().end()
        + "|"
        + claim.kind().name();
  }


  static Document toDocument(Claim claim, StoryKeys keys) {
    Document doc = new Document();
    String block = claim.block();
    doc.add(new StringField(Fields.BLOCK, block, Store.NO));
    for (String key : keys.isEmpty() ? Set.of(Fields.KEYLESS) : keys.indexTerms()) {
      doc.add(new StringField(Fields.STORY_KEY, key, Store.NO));
      doc.add(new StringField(Fields.STORY_BLOCK, CandidateQuery.storyBlock(key, block), Store.NO));
    }
    doc.add(new StringField(Fields.TYPE, Fields.TYPE_CLAIM, Store.NO));
    doc.add(new KeywordField(Fields.ID, id(claim), Store.YES));
    doc.add(new org.apache.lucene.document.NumericDocValuesField(
        Fields.ID_HASH, CandidateQuery.idHash(id(claim))));
    doc.add(new StringField(Fields.ARTICLE, claim.articleId().value(), Store.YES));
    doc.add(new StringField(Fields.KIND, claim.kind().name(), Store.YES));
    doc.add(new StringField(Fields.ROLE, claim.role().name(), Store.YES));
    doc.add(new StringField(Fields.CHANGE, claim.change().name(), Store.YES));
    doc.add(new StringField(Fields.TIMEFRAME, claim.timeframe().name(), Store.YES));
    addQuantity(doc, claim.quantity());
    doc.add(new StoredField(Fields.SURFACE, claim.surface()));
    doc.add(new StoredField(Fields.SPAN_START, claim.span().start()));
    doc.add(new StoredField(Fields.SPAN_END, claim.span().end()));
    doc.add(new StoredField(Fields.SENTENCE_INDEX, claim.sentenceIndex()));
    doc.add(new StoredField(Fields.SENTENCE, claim.sentence()));
    addSubject(doc, claim.subject());
    return doc;
  }

  private static void addQuantity(Document doc, Quantity quantity) {
    Unit unit = quantity.unit();
    doc.add(new StoredField(Fields.UNIT_CODE, unit.code()));
    doc.add(new StringField(Fields.DIMENSION, unit.dimension().name(), Store.YES));
    doc.add(new StringField(Fields.BASE, unit.base(), Store.YES));
    doc.add(new StoredField(Fields.TO_BASE, unit.toBase().toString()));
    doc.add(new StoredField(Fields.VALUE, quantity.value().toString()));
    if (quantity.low() != null) {
      doc.add(new StoredField(Fields.LOW, quantity.low().toString()));
    }
    if (quantity.high() != null) {
      doc.add(new StoredField(Fields.HIGH, quantity.high().toString()));
    }
    doc.add(
        new DoublePoint(Fields.LOW_POINT, inBase(quantity.low(), unit, Double.NEGATIVE_INFINITY)));
    doc.add(
        new DoublePoint(
            Fields.HIGH_POINT, inBase(quantity.high(), unit, Double.POSITIVE_INFINITY)));
  }

  private static double inBase(BigDecimal bound, Unit unit, double open) {
    return bound == null ? open : bound.multiply(unit.toBase()).doubleValue();
  }

  private static void addSubject(Document doc, Subject subject) {
    doc.add(new StoredField(Fields.HOLDER, subject.holder()));
    doc.add(new StoredField(Fields.ATTRIBUTE, subject.attribute()));
    doc.add(new StoredField(Fields.ATTRIBUTE_TEXT, subject.attributeText()));
    doc.add(new StoredField(Fields.COUNTERPART, subject.counterpart()));
    doc.add(new StoredField(Fields.SCOPE, subject.scope()));
    subject.terms().forEach(t -> doc.add(new StoredField(Fields.SUBJECT_TERM, t)));
    Set<String> terms = subject.searchTerms();
    terms.forEach(t -> doc.add(new StringField(Fields.TERM, t, Store.NO)));
    doc.add(new StringField(Fields.HAS_TERMS, Boolean.toString(!terms.isEmpty()), Store.NO));
  }

  static Claim fromDocument(Document doc) {
    return fromDocument(doc, Canonical.NONE);
  }

  /** The claim of {@code doc}, sharing equal parts with the claims {@code shared} has seen. */
  static Claim fromDocument(Document doc, Canonical shared) {
    return fromStored(new StoredClaim() {
      @Override
      public String string(String field) {
        return doc.get(field);
      }

      @Override
      public int integer(String field) {
        return doc.getField(field).numericValue().intValue();
      }

      @Override
      public String[] terms() {
        return doc.getValues(Fields.SUBJECT_TERM);
      }
    }, shared);
  }

  /** The stored values of one claim document, by field name. */
  interface StoredClaim {
    /** The value of a stored string field, or null when the document has none. */
    String string(String field);

    int integer(String field);

    String[] terms();
  }

  /** The claim whose stored values are {@code stored}; see {@link #fromDocument}. */
  static Claim fromStored(StoredClaim stored, Canonical shared) {
    return new Claim(
        shared.of(ArticleId.of(stored.string(Fields.ARTICLE))),
        ClaimKind.valueOf(stored.string(Fields.KIND)),
        quantity(stored, shared),
        TimeRole.valueOf(stored.string(Fields.ROLE)),
        Change.valueOf(stored.string(Fields.CHANGE)),
        Timeframe.valueOf(stored.string(Fields.TIMEFRAME)),
        stored.string(Fields.SURFACE),
        TextSpan.of(stored.integer(Fields.SPAN_START), stored.integer(Fields.SPAN_END)),
        stored.integer(Fields.SENTENCE_INDEX),
        shared.of(stored.string(Fields.SENTENCE)),
        shared.of(subject(stored, shared)));
  }

  private static Quantity quantity(StoredClaim stored, Canonical shared) {
    Unit unit =
        new Unit(
            stored.string(Fields.UNIT_CODE),
            Dimension.valueOf(stored.string(Fields.DIMENSION)),
            stored.string(Fields.BASE),
            new BigDecimal(stored.string(Fields.TO_BASE)));
    return shared.of(Quantity.of(
        new BigDecimal(stored.string(Fields.VALUE)),
        decimal(stored, Fields.LOW),
        decimal(stored, Fields.HIGH),
        shared.of(unit)));
  }

  private static Subject subject(StoredClaim stored, Canonical shared) {
    List<String> terms = new java.util.ArrayList<>();
    for (String t : stored.terms()) {
      terms.add(shared.of(t));
    }
    return new Subject(
        shared.of(stored.string(Fields.HOLDER)),
        shared.of(stored.string(Fields.ATTRIBUTE)),
        shared.of(stored.string(Fields.ATTRIBUTE_TEXT)),
        shared.of(stored.string(Fields.COUNTERPART)),
        shared.of(stored.string(Fields.SCOPE)),
        shared.of(List.copyOf(terms)));
  }

  private static BigDecimal decimal(StoredClaim stored, String field) {
    String value = stored.string(field);
    return value == null ? null : new BigDecimal(value);
  }
}
