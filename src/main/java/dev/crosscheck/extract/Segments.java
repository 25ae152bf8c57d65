package dev.crosscheck.extract;

import dev.crosscheck.extract.AttributeLexicon.Match;
import dev.crosscheck.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The part of a business a revenue or a profit is of: "data center revenue reached $30.8 billion",
 * "revenue from gaming products was $2.9 billion". A segment's revenue is not the company's, and
 * two segments' are not each other's. Also the market a film's gross is of, and the rest of a
 * whole ("the other nine deaths"). Stateless.
 */
final class Segments {
  private static final Set<String> MEASURES = Set.of("revenue", "profit");

  /** Modifiers that say when or how a figure is counted, not what part it is of. */
  private static final Set<String> NOT_PARTS = Set.of("total", "quarterly", "annual", "net",
      "gross", "adjusted", "overall", "fiscal", "record", "combined", "global", "worldwide",
      "company", "group", "consolidated", "reported", "organic", "underlying", "operating",
      "full-year", "half-year", "yearly", "monthly", "weekly", "daily", "quarter", "year", "half",
      "annualized", "annualised", "projected", "trailing", "year-end", "deferred", "recognized",
      "cumulative", "incremental", "additional", "extra", "further", "lost",
      "first", "second", "third", "fourth", "new", "higher", "lower", "strong", "weak", "its",
      "pre-tax", "after-tax", "estimated", "expected", "forecast", "average", "recurring", "sales",
      "revenue", "profit", "income", "earnings", "same-store", "like-for-like",
      // verbs the tagger calls nouns before a measure: "Corvant expects revenue of"
      "expects", "reports", "posts", "sees", "forecasts", "projects", "predicts", "targets",
      "books", "records", "generates", "estimates", "guides", "posted", "expecting",
      "forecasting", "projecting", "predicting", "reporting", "posting", "generating",
      "including", "excluding");

  /** Heads after "from" that name no part themselves: "revenue from gaming products". */
  private static final Set<String> GENERIC_HEADS = Set.of("product", "products", "sale", "sales",
      "business", "businesses", "segment", "segments", "division", "divisions", "unit", "units",
      "operation", "operations");

  /** How many words a segment's name may have: "professional visualization". */
  private static final int MAX_WORDS = 3;

  private Segments() {}

  /**
   * The segment a figure at token {@code first} with {@code attribute} is of, lower-cased: the
   * words before or after the measure ("data center revenue", "revenue from gaming"), or before
   * a unit its clause opens with ("the company's data center business was at $30.8 billion").
   */
  static Optional<String> of(SentenceView view, Optional<Match> attribute, int first) {
    if (restOfWhole(view, first)) {
      return Optional.of(REST);
    }
    if (wholeOfPart(view, first)) {
      return Optional.of(WHOLE);
    }
    String concept = attribute.map(m -> m.concept().name()).orElse("");
    if (concept.equals(BOX_OFFICE)) {
      return market(view, first);
    }
    Optional<String> part = attribute.filter(m -> MEASURES.contains(concept))
        .flatMap(m -> ofMeasure(view, m));
    return part.isPresent() || !(concept.isEmpty() || MEASURES.contains(concept)
        || concept.equals(GROWTH)) ? part : ofUnit(view, first);
  }

  /**
   * The market a film's takings are of: "$182 million in other territories", "a worldwide total
   * of $337 million", "$162 million in North America". The worldwide gross is not the domestic
   * one, nor the rest of the world's; a gross that names no market is neither. The market word
   * nearest the figure in its clause counts.
   */
  private static Optional<String> market(SentenceView view, int first) {
    int size = view.tokens().size();
    for (int d = 1; d <= MARKET_REACH; d++) {
      for (int k : new int[] {first + d, first - d}) {
        if (k < 0 || k >= size) {
          continue;
        }
        String market = MARKETS.get(view.lower(k));
        if (market != null && view.lower(k).startsWith("america")
            && (k == 0 || !view.lower(k - 1).equals("north"))) {
          market = null; // "in Latin America" is no domestic gross; "North American theaters" is
        }
        if ("us".equals(view.lower(k)) && k + 1 < size && view.lower(k + 1).equals("box")) {
          market = DOMESTIC; // "at the US box office"
        }
        if (market != null && !clauseBetween(view, Math.min(k, first), Math.max(k, first))) {
          return Optional.of(market);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean clauseBetween(SentenceView view, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (view.lower(k).equals(",") || CLAUSE_ENDS.contains(view.lower(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "The other nine deaths were spread throughout other counties", "the remaining 300 staff": the
   * rest of a whole the sentence or the one before stated, never the whole.
   */
  private static boolean restOfWhole(SentenceView view, int first) {
    return first >= 2 && REST_WORDS.contains(view.lower(first - 1))
        && DETERMINERS.contains(view.lower(first - 2));
  }

  /**
   * "Five out of six crew members lost their lives", "Out of 500 passengers, 12 were hurt": the
   * whole a part was taken from, not what the sentence says of the part. Not "pulled out of 12
   * villages": a number or the sentence's start comes before "out of".
   */
  private static boolean wholeOfPart(SentenceView view, int first) {
    return first >= 2 && view.lower(first - 1).equals("of") && view.lower(first - 2).equals("out")
        && (first == 2 || view.tokens().get(first - 3).tag().equals("NUM"));
  }

  private static final String REST = "the rest";
  private static final String WHOLE = "the whole";
  private static final Set<String> REST_WORDS = Set.of("other", "remaining");
  private static final Set<String> DETERMINERS = Set.of("the", "its", "their", "his", "her");

  private static final String BOX_OFFICE = "box office";
  private static final String DOMESTIC = "domestic";
  private static final int MARKET_REACH = 8;
  private static final Map<String, String> MARKETS = Map.ofEntries(
      Map.entry("worldwide", "worldwide"), Map.entry("global", "worldwide"),
      Map.entry("globally", "worldwide"),
      Map.entry("international", "international"),
      Map.entry("internationally", "international"),
      Map.entry("overseas", "international"),
      Map.entry("territories", "international"),
      Map.entry("abroad", "international"),
      Map.entry("foreign", "international"),
      Map.entry("domestic", "domestic"), Map.entry("domestically", "domestic"),
      Map.entry("america", "domestic"), Map.entry("american", "domestic"),
      Map.entry("u.s.", "domestic"));

  /** "The company's data center business was at": a unit named before the figure, in its clause. */
  private static Optional<String> ofUnit(SentenceView view, int first) {
    List<Token> tokens = view.tokens();
    for (int k = first - 1; k > 0 && first - k <= UNIT_REACH; k--) {
      String w = view.lower(k);
      if (CLAUSE_ENDS.contains(w)) {
        return Optional.empty();
      }
      if (UNITS.contains(w)) {
        int unit = k;
        while (unit > 0 && UNITS.contains(view.lower(unit - 1))) {
          unit--; // "its automotive business unit"
        }
        int from = unit;
        while (from > 0 && from > unit - MAX_WORDS && isPartWord(tokens, from - 1)) {
          from--;
        }
        return from < unit && !objectOfVerb(tokens, from) ? Optional.of(words(view, from, unit))
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * "Acme sold its chemicals division for $2 billion": a unit a verb acts on is what a deal is
   * about, and outlets name it with other words ("its chemicals arm").
   */
  private static boolean objectOfVerb(List<Token> tokens, int from) {
    int k = from - 1;
    while (k >= 0 && (tokens.get(k).tag().equals("DET") || tokens.get(k).tag().equals("PRON")
        || tokens.get(k).text().endsWith("'s") || tokens.get(k).isProperNoun())) {
      k--;
    }
    return k >= 0 && (tokens.get(k).isVerb() || tokens.get(k).tag().equals("ADP"));
  }

  private static final Set<String> CLAUSE_ENDS = Set.of(";", "while", "whereas", "but", "and");

  private static final String GROWTH = "growth";
  private static final Set<String> UNITS = Set.of("business", "segment", "unit", "division");
  /** How far before a figure the unit it belongs to may be named. */
  private static final int UNIT_REACH = 12;

  private static Optional<String> ofMeasure(SentenceView view, Match attribute) {
    List<Token> tokens = view.tokens();
    int from = attribute.from();
    while (from > 0 && from > attribute.from() - MAX_WORDS && isPartWord(tokens, from - 1)
        && !view.inEntity(from - 1)) {
      from--;
    }
    // not "Acme expects revenue of": a word right after a name is its verb
    boolean afterName = from > 0 && Character.isUpperCase(tokens.get(from - 1).text().charAt(0))
        && !tokens.get(from - 1).text().endsWith("'s");
    if (from < attribute.from() && !afterName) {
      return Optional.of(words(view, from, attribute.from()));
    }
    Optional<String> named = namedAfterOwner(view, attribute.from());
    if (named.isPresent()) {
      return named;
    }
    int to = attribute.to();
    if (to + 1 < tokens.size() && view.lower(to).equals("from")) {
      int end = to + 1;
      while (end < tokens.size() && end < to + 1 + MAX_WORDS && isPartWord(tokens, end)) {
        end++;
      }
      if (end > to + 1) {
        return Optional.of(words(view, to + 1, end));
      }
    }
    return Optional.empty();
  }

  /**
   * "Nvidia's Data Center revenue", "Apple's iPhone revenue": a segment its owner's possessive
   * names, written as a name, before the measure at {@code measure}.
   */
  private static Optional<String> namedAfterOwner(SentenceView view, int measure) {
    List<Token> tokens = view.tokens();
    int from = measure;
    while (from > 0 && from > measure - MAX_WORDS && isNamedPartWord(tokens.get(from - 1))) {
      from--;
    }
    String owner = from > 0 ? tokens.get(from - 1).text() : "";
    boolean owned = from < measure && (owner.endsWith("'s") || owner.endsWith("’s"));
    return owned ? Optional.of(words(view, from, measure)) : Optional.empty();
  }

  private static boolean isNamedPartWord(Token t) {
    String word = t.text().toLowerCase(Locale.ROOT);
    return (t.isNoun() || t.isProperNoun()) && !t.text().endsWith("'s")
        && word.chars().allMatch(Character::isLetter) && !NOT_PARTS.contains(word)
        && !GENERIC_HEADS.contains(word);
  }

  /** A common word, lower-cased but at the start of the sentence ("Data center revenue"). */
  private static boolean isPartWord(List<Token> tokens, int k) {
    Token t = tokens.get(k);
    String word = t.text().toLowerCase(Locale.ROOT);
    // "gaming" and "advertising" the tagger may call verbs
    return (t.isNoun() || t.isProperNoun() || t.tag().equals("ADJ")
            || (t.tag().equals("VERB") && word.endsWith("ing")))
        && (k == 0 || Character.isLowerCase(t.text().charAt(0)))
        && word.chars().allMatch(c -> Character.isLetter(c) || c == '-')
        && !NOT_PARTS.contains(word) && !GENERIC_HEADS.contains(word) && !word.contains("quarter")
        && !word.contains("half")
        && !word.endsWith("'s");
  }

  private static String words(SentenceView view, int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int k = from; k < to; k++) {
      out.append(k == from ? "" : " ").append(view.lower(k));
    }
    return out.toString();
  }
}
