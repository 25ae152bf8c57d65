package dev.crosscheck.index;

/**
 * Names and fixed values of the index fields; the layout belongs to schema version 3, whose story
 * keys are names of up to two words (version 2 keyed stories by first words and added the block
 * fields).
 */
final class Fields {
  /** {@code article} or {@code claim}; indexed, not stored. */
  static final String TYPE = "type";

  static final String TYPE_ARTICLE = "article";
  static final String TYPE_CLAIM = "claim";

  /**
   * Keyword (indexed, sorted doc values, stored): article id for articles, {@code
   * <articleId>|<start>-<end>|<kind>} for claims.
   */
  static final String ID = "id";
  /**
   * A 64-bit hash of a claim's {@link #ID} as numeric doc values: candidates with equal scores
   * are ordered by it, deterministically and without decompressing the string ids.
   */
  static final String ID_HASH = "idHash";

  /** The article id on both kinds of document, so one term deletes an article with its claims. */
  static final String ARTICLE = "article";

  // article documents
  static final String PATH = "path";
  static final String TITLE = "title";
  static final String SOURCE = "source";
  static final String URL = "url";
  static final String CREDIT = "credit";
  static final String PUBLISHED = "published";
  static final String FIRST_LINE = "firstLine";
  static final String FINGERPRINT = "fingerprint";

  // claim documents
  static final String KIND = "kind";
  static final String ROLE = "role";
  static final String CHANGE = "change";
  static final String TIMEFRAME = "timeframe";
  static final String UNIT_CODE = "unit";
  static final String DIMENSION = "dimension";
  static final String BASE = "base";
  static final String TO_BASE = "toBase";
  static final String VALUE = "value";
  static final String LOW = "low";
  static final String HIGH = "high";

  /** Lower bound in base units as a {@code DoublePoint}; negative infinity when open. */
  static final String LOW_POINT = "lowPoint";

  /** Upper bound in base units as a {@code DoublePoint}; positive infinity when open. */
  static final String HIGH_POINT = "highPoint";

  static final String SURFACE = "surface";
  static final String SPAN_START = "spanStart";
  static final String SPAN_END = "spanEnd";
  static final String SENTENCE_INDEX = "sentenceIndex";
  static final String SENTENCE = "sentence";
  static final String HOLDER = "holder";
  static final String ATTRIBUTE = "attribute";
  static final String ATTRIBUTE_TEXT = "attributeText";
  static final String COUNTERPART = "counterpart";
  static final String SCOPE = "scope";
  /** An article's MinHash signature as binary doc values. */
  static final String MIN_HASH = "minHash";
  /**
   * An article's MinHash signature as a stored field, in segments written before {@link
   * #MIN_HASH}; a field keeps one doc values type for the life of an index, hence the new name.
   */
  static final String SIGNATURE = "signature";

  /** The subject's terms as written, stored in order. */
  static final String SUBJECT_TERM = "subjectTerm";

  /** Lower-cased holder, counterpart, attribute and terms; indexed, multi-valued, not stored. */
  static final String TERM = "term";
  /**
   * The {@linkplain dev.crosscheck.model.StoryKeys#indexTerms index terms} of the story keys of a
   * claim's article (indexed; {@link #KEYLESS} for an article without keys, which may meet any
   * story), and the keys of an article ({@link #STORED_STORY_KEY}, stored).
   */
  static final String STORY_KEY = "storyKey";
  static final String STORED_STORY_KEY = "storedStoryKey";
  static final String KEYLESS = "-";

  /** The claim's {@link dev.crosscheck.model.Claim#block()}: candidates share it exactly. */
  static final String BLOCK = "block";
  /**
   * Each {@link #STORY_KEY} of a claim joined to its {@link #BLOCK}: one term names the claims of
   * one story that may be a probe's candidates, so a query need not intersect the two.
   */
  static final String STORY_BLOCK = "storyBlock";

  /** {@code true} when the claim has at least one {@link #TERM}, else {@code false}. */
  static final String HAS_TERMS = "hasTerms";

  private Fields() {}
}
