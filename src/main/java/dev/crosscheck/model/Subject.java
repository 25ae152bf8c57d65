package dev.crosscheck.model;

import dev.crosscheck.internal.Checks;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a claim is about, as far as its sentence shows it. Immutable.
 *
 * <p>{@code holder} is who the number belongs to (Microsoft in "Microsoft's $5 billion investment
 * in Anthropic"), {@code attribute} the canonical name of the measured thing (investment), and
 * {@code counterpart} the other party (Anthropic). Each is empty when the sentence does not say.
 * {@code attributeText} is the attribute as written. {@code terms} are the entities and content
 * lemmas of the claim's clause, most relevant first, for search and display. {@code scope} names
 * the event a number is tied to when the sentence dates it ("2019" in "in 2019, it gave the
 * startup $1 billion"), so that a figure for one event is not compared with a running total; or
 * the period a change is measured over ({@link #OVER_A_YEAR}, {@link #OVER_A_QUARTER}, {@link
 * #OVER_A_MONTH}), after a reporting period when there is one ("Q1 q/q"); or that a figure is
 * adjusted for inflation ({@link #REAL_TERMS}). A figure of one part of a whole ("data center
 * revenue", "inflation for gas") puts the part first: "for data center; Q3".
 */
public record Subject(
    String holder,
    String attribute,
    String attributeText,
    String counterpart,
    String scope,
    List<String> terms) {
  public static final Subject NONE = new Subject("", "", "", "", "", List.of());
  /** The scope of a change over a year: "rose 5.1% in the year to October". */
  public static final String OVER_A_YEAR = "y/y";
  /**
   * The scope of a change over a month: "climbing 0.4% from September"; followed by the month when
   * the words name it, "m/m 2026-10" for "increased by 0.4% in October".
   */
  public static final String OVER_A_MONTH = "m/m";
  /** The scope of a change over a quarter: "up 18% from the previous quarter". */
  public static final String OVER_A_QUARTER = "q/q";
  /**
   * The scope of a figure adjusted for inflation ("even after adjusting for inflation, it held $434
   * billion"), never the nominal figure.
   */
  public static final String REAL_TERMS = "real";
  /**
   * The scope of a figure of a past year an earlier sentence named: "That year, Reddit raised $1.3
   * billion".
   */
  public static final String THAT_YEAR = "that year";
  /**
   * The scope of a price or a value at a market's first trade ("opened at $56.10"), which the
   * close that names no time does not contradict.
   */
  public static final String AT_THE_OPEN = "at the open";
  /** The prefix of the scope of a rate of one part of a whole: "for electricity". */
  public static final String PART_PREFIX = "for ";
  /** The prefix of the scope of a rate stated for one month: "month 2022-10". */
  public static final String MONTH_PREFIX = "month ";
  /** Between a part and the rest of a scope: "for data center; Q3". */
  public static final String PART_SEPARATOR = "; ";
  /**
   * The attribute of the time since the last or a larger such event: "the largest deal in two
   * decades", "a 22-year high".
   */
  public static final String TIME_SINCE = "time since";
  /**
   * The attribute of a bar to reach, which nobody's figure is: "the 289 seats needed for a
   * majority", "the critical threshold of 200 degrees".
   */
  public static final String THRESHOLD = "threshold";

  /**
   * The attribute of a forecast, expectation or guidance that does not say of what ("analysts
   * expected $33.2 billion"); one that does is that measure's estimate: "inflation estimate".
   */
  public static final String ESTIMATE = "estimate";

  /**
   * Whether {@code vague} is an estimate that does not say of what, and {@code measured} the
   * estimate of a measure, which it may be: "estimate" and "revenue estimate".
   */
  public static boolean estimateOf(String vague, String measured) {
    return vague.equals(ESTIMATE) && measured.endsWith(" " + ESTIMATE);
  }

  /**
   * Whether {@code attribute} is one that only meets itself: a figure that names no attribute is
   * not the time since an event, nor a threshold.
   */
  public static boolean meetsOnlyItself(String attribute) {
    return attribute.equals(TIME_SINCE) || attribute.equals(THRESHOLD);
  }

  public Subject {
    Checks.notNull(holder, "holder");
    Checks.notNull(attribute, "attribute");
    Checks.notNull(attributeText, "attributeText");
    Checks.notNull(counterpart, "counterpart");
    Checks.notNull(scope, "scope");
    terms = List.copyOf(terms);
  }

  /** The part of a whole the figure is of ("for data center"), or "". */
  public String part() {
    if (!scope.startsWith(PART_PREFIX)) {
      return "";
    }
    int separator = scope.indexOf(PART_SEPARATOR);
    return separator < 0 ? scope : scope.substring(0, separator);
  }

  /** The scope without its {@link #part()}: "Q3" of "for data center; Q3". */
  public String scopeBesidesPart() {
    String part = part();
    return part.isEmpty() ? scope
        : scope.substring(Math.min(scope.length(), part.length() + PART_SEPARATOR.length()));
  }

  /**
   * Subject strings longer than this are not searched: they are extraction noise, not names, and
   * Lucene rejects terms over 32766 bytes.
   */
  public static final int MAX_TERM_CHARS = 500;

  /**
   * The English stop words of Lucene's {@code EnglishAnalyzer}: "the" matches nearly every claim,
   * so searching it would make every claim a candidate of every other. A test holds the two lists
   * equal, so the index and the reconciler's in-memory search find the same candidates.
   */
  public static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be",
      "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such",
      "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with");

  /**
   * The lower-cased holder, counterpart, attribute and terms, most relevant first, without blanks,
   * {@link #STOP_WORDS} and strings longer than {@link #MAX_TERM_CHARS}: what candidate searches
   * match claims on.
   */
  public Set<String> searchTerms() {
    Set<String> out = new LinkedHashSet<>();
    addTerm(out, holder);
    addTerm(out, counterpart);
    addTerm(out, attribute);
    terms.forEach(t -> addTerm(out, t));
    return out;
  }

  private static void addTerm(Set<String> terms, String term) {
    String t = term.strip().toLowerCase(Locale.ROOT);
    if (!t.isEmpty() && t.length() <= MAX_TERM_CHARS && !STOP_WORDS.contains(t)) {
      terms.add(t);
    }
  }

  /** Holder and counterpart, those that are known. */
  public List<String> parties() {
    if (holder.isEmpty()) {
      return counterpart.isEmpty() ? List.of() : List.of(counterpart);
    }
    return counterpart.isEmpty() ? List.of(holder) : List.of(holder, counterpart);
  }
}
