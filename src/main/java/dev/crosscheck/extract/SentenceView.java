package dev.crosscheck.extract;

import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.model.Token;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tokens of one sentence with what subject attribution asks of them: which token covers an
 * offset, the entities named, and distances that grow when they cross clause boundaries, so that
 * "Google, which said it is investing up to $40 billion in Anthropic, a move that comes days after
 * Amazon made a $5 billion investment" ties each amount to its own investor. Not thread-safe;
 * built per sentence.
 */
final class SentenceView {
  /** Extra distance for crossing a strong clause boundary (";", "which", "while", "but"). */
  static final int STRONG_BOUNDARY = 8;
  /** Extra distance for crossing a dash, usually a parenthesis. */
  static final int DASH = 4;
  /** How many tokens around a number are searched for its attribute, holder and counterpart. */
  static final int REACH = 32;
  /** Extra distance for crossing a comma. */
  static final int COMMA = 2;


  private static final Set<String> STRONG =
      Set.of(";", ":", "which", "who", "while", "whereas", "but", "though", "although", "however");

  /**
   * An organisation named at tokens {@code [from, to)}; {@code possessive} for "Microsoft's";
   * {@code appositive} when it only describes another party (", an AI company in The
   * Netherlands,").
   */
  record Entity(String name, int from, int to, boolean possessive, boolean appositive) {}

  private final Sentence sentence;
  private final List<Token> tokens;
  private final int[] penaltyBefore;
  private final List<Entity> entities;
  private final EntityLexicon lexicon;
  private final int firstVerb;
  /** The first token after a dateline opening the sentence, or 0. */
  private final int bodyStart;
  private final Map<ClaimKind, Optional<AttributeLexicon.Match>[]> attributeCache =
      new EnumMap<>(ClaimKind.class);

  SentenceView(Sentence sentence, EntityLexicon lexicon, ExtractionContext context) {
    this.sentence = sentence;
    this.lexicon = lexicon;
    this.tokens = sentence.tokens();
    this.penaltyBefore = penalties(tokens);
    this.bodyStart = Datelines.after(tokens);
    this.entities = TitleCaseLines.isTitleCase(sentence, context)
        ? SentenceNames.find(TitleCaseLines.namesOnly(tokens, context, lexicon), lexicon,
            TitleCaseLines.context(context), bodyStart)
        : SentenceNames.find(tokens, lexicon, context, bodyStart);
    int verb = 0;
    while (verb < tokens.size() && (!(tokens.get(verb).isVerb()
        || tokens.get(verb).tag().equals("AUX")) || inEntity(verb))) {
      verb++; // not "Fried" of "Sam Bankman-Fried", which the tagger calls a verb
    }
    this.firstVerb = verb;
  }

  Sentence sentence() {
    return sentence;
  }

  /** True when token {@code i} is part of a name the sentence mentions. */
  boolean inEntity(int i) {
    return entityAt(i).isPresent();
  }

  private Optional<Entity> entityAt(int i) {
    for (Entity e : entities) {
      if (e.from() <= i && i < e.to()) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  List<Token> tokens() {
    return tokens;
  }

  List<Entity> entities() {
    return entities;
  }

  /** The index of the first token ending after {@code offset}, or the token count. */
  int tokenAt(int offset) {
    return Window.tokenAt(tokens, offset);
  }

  /**
   * The lexicon phrase starting at token {@code i} for claims of {@code kind}, looked up once per
   * sentence however many numbers ask for it.
   */
  Optional<AttributeLexicon.Match> attributeAt(AttributeLexicon lexicon, int i, ClaimKind kind) {
    Optional<AttributeLexicon.Match>[] cache = attributeCache.computeIfAbsent(kind, k -> newCache());
    if (cache[i] == null) {
      // a word of a name is no attribute: "Helix Pay raised $200 million" is no pay raise
      cache[i] = insideName(i) || hyphenParticiple(i) ? Optional.empty()
          : lexicon.at(tokens, i, kind).filter(m -> !otherRate(m));
    }
    return cache[i];
  }

  /** "Buffett-backed", "Virginia-based": a participle of a modifier names no attribute. */
  private boolean hyphenParticiple(int i) {
    return i > 0 && SentenceNames.HYPHEN_PARTICIPLES.contains(lower(i)) && tokens.get(i - 1).text().endsWith("-");
  }

  /**
   * "The cancellation rate", "the vacancy rate": a rate of something the lexicon does not know is
   * no interest rate, which a bare "rate" names ("the rate", "its key rate", "the base rate").
   */
  private boolean otherRate(AttributeLexicon.Match m) {
    if (m.to() - m.from() != 1 || m.from() == 0 || !lower(m.from()).equals("rate")
        || !m.concept().name().equals(INTEREST_RATE)) {
      return false;
    }
    Token before = tokens.get(m.from() - 1);
    return before.isNoun() && !INTEREST_RATE_KINDS.contains(lower(m.from() - 1));
  }

  static final String INTEREST_RATE = "interest rate";
  private static final Set<String> INTEREST_RATE_KINDS = Set.of("interest", "policy", "base",
      "bank", "key", "benchmark", "lending", "repo", "deposit", "mortgage", "funds", "prime",
      "discount", "overnight", "borrowing", "refinancing", "cash", "bond", "coupon");

  private boolean insideName(int i) {
    String text = tokens.get(i).text();
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0))
        && entityAt(i).filter(e -> e.to() - e.from() > 1).isPresent();
  }

  @SuppressWarnings("unchecked")
  private Optional<AttributeLexicon.Match>[] newCache() {
    return (Optional<AttributeLexicon.Match>[]) new Optional<?>[tokens.size()];
  }

  /** The entities that start within {@link #REACH} tokens of {@code [first, last]}, in order. */
  List<Entity> entitiesNear(int first, int last) {
    int lo = 0;
    int hi = entities.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (entities.get(mid).to() < first - REACH) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int end = lo;
    while (end < entities.size() && entities.get(end).from() <= last + REACH) {
      end++;
    }
    return entities.subList(lo, end);
  }

  /** The first entity before the sentence's first verb: its grammatical subject, if a name. */
  Optional<Entity> sentenceSubject() {
    // "SAN JOSE (Meridian) - Lumen on Tuesday launched": a dateline is no subject
    return entities.stream().filter(e -> e.to() <= firstVerb && !e.appositive()).findFirst();
  }

  /** Token distance between {@code i} and {@code j}, plus penalties for boundaries in between. */
  int distance(int i, int j) {
    int lo = Math.min(i, j);
    int hi = Math.max(i, j);
    if (hi <= lo + 1) {
      return hi - lo;
    }
    return hi - lo + penaltyBefore[hi] - penaltyBefore[lo + 1];
  }

  /** True when the entity lexicon marks this capitalised word as no entity ("Shares", "Exports"). */
  boolean entityStopword(Token t) {
    return lexicon.isStopword(bare(t.text()));
  }

  String lower(int i) {
    return tokens.get(i).text().toLowerCase(Locale.ROOT);
  }

  private static int[] penalties(List<Token> tokens) {
    int[] before = new int[tokens.size() + 1];
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i).text().toLowerCase(Locale.ROOT);
      int cost = t.equals("and") ? (joinsVerbs(tokens, i) ? 0 : COMMA) : penalty(t);
      before[i + 1] = before[i] + cost;
    }
    return before;
  }

  /**
   * "Profit doubled and came in at $2 billion": an "and" before a verb joins two verbs of one
   * subject; before anything else ("and some 41,000 had been") it opens a clause.
   */
  private static boolean joinsVerbs(List<Token> tokens, int and) {
    int next = and + 1;
    while (next < tokens.size() && tokens.get(next).tag().equals("ADV")) {
      next++;
    }
    return next < tokens.size()
        && (tokens.get(next).isVerb() || tokens.get(next).tag().equals("AUX"));
  }

  private static int penalty(String t) {
    if (STRONG.contains(t)) {
      return STRONG_BOUNDARY;
    }
    if (t.equals("-") || t.equals("--")) {
      return DASH;
    }
    if (t.equals(",") || t.equals("(") || t.equals(")")) {
      return COMMA;
    }
    return t.equals("|") ? 1 : 0;
  }

  /** The first token after a dateline opening the sentence ("ATHENS (Meridian) -"), or 0. */
  int bodyStart() {
    return bodyStart;
  }

  /** The name without a possessive ending. */
  static String bare(String word) {
    if (word.length() > 1 && word.endsWith("-")) {
      return word.substring(0, word.length() - 1); // "Buffett-" of "Buffett-backed"
    }
    if (word.endsWith("'s")) {
      return word.substring(0, word.length() - 2);
    }
    return word.endsWith("'") ? word.substring(0, word.length() - 1) : word;
  }
}
