package dev.crosscheck.extract;

import dev.crosscheck.extract.AttributeLexicon.Match;
import dev.crosscheck.extract.SentenceView.Entity;
import dev.crosscheck.internal.Texts;
import dev.crosscheck.model.Change;
import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.Subject;
import dev.crosscheck.model.TimeRole;
import dev.crosscheck.model.Token;
import dev.crosscheck.model.ValueFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds what a number is about from the sentence's structure: the attribute is the noun the
 * number modifies ("a $5 billion investment", "20 percent of the revenue") when the lexicon knows
 * it, else the nearest lexicon term by clause-aware distance; the holder is a possessive before it
 * ("Microsoft's planned investment"), the subject of a coordinated verb phrase ("Microsoft ... and
 * also agreed to invest up to $5 billion"), or the nearest organisation before it; the counterpart
 * follows a preposition ("into Anthropic", "with Oracle"). Immutable and thread-safe. Over 500
 * lines: the attribute, the holder and the counterpart are found together, each from where the
 * others stand, and the cues that pick an attribute outright live in {@link AttributeCues}.
 */
final class SubjectAttributor {
  /** How far an attribute may stand from its number, in clause-weighted tokens. */
  static final int MAX_ATTRIBUTE_DISTANCE = 30;
  /**
   * How far the attribute of a point in time may stand: a date attaches to the word it dates ("fined
   * Helix in 2019"); a story's other dates in the sentence ("conduct since 2011") are not fines.
   */
  static final int MAX_POINT_ATTRIBUTE_DISTANCE = 6;
  /** How far a counterpart may stand from the number. */
  static final int MAX_COUNTERPART_DISTANCE = 18;
  private static final int MAX_TERMS = 8;

  private static final Set<String> PARTY_PREPOSITIONS =
      Set.of("in", "into", "to", "with", "from", "for", "on", "of", "by", "at");

  private static final Set<String> GENERIC =
      Set.of("percentage", "number", "amount", "figure", "sum", "time", "year", "month", "day",
          "way", "part", "lot", "deal/YEAR", "night", "morning", "afternoon", "evening",
          "each", "apiece"); // "to pay $4 million each"

  /** A word after these is a noun even where the tagger says otherwise: "the ban", "the safe". */
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  /**
   * Capitalised words of the entity lexicon's stop list that name nothing when they open a
   * sentence. Their tags cannot tell: the tagger calls an opening "Output" an adposition.
   */
  private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "however", "only",
      "most", "some", "between", "less", "more", "fewer", "over", "about", "around", "nearly",
      "almost", "up", "roughly", "approximately", "exactly", "just", "estimated", "total");
  /** Words that count events: "its third increase this year". */
  private static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth",
      "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest", "last", "next");
  /** Words that join a new clause to the one before: ", and the EU has sent", "while the EIB". */
  private static final java.util.regex.Pattern NUMBER_WORDS =
      java.util.regex.Pattern.compile("(?i)" + Numbers.WORDS + "|hundreds|thousands|millions|billions");

  private final AttributeLexicon attributes;
  private final AttributeCues cues;
  private final EntityLexicon entities;

  SubjectAttributor(AttributeLexicon attributes, EntityLexicon entities) {
    this.attributes = attributes;
    this.cues = new AttributeCues(attributes);
    this.entities = entities;
  }

  /**
   * True when {@code concept} only frames claims of {@code kind}: a deal's amount names what it
   * measures, a deal's end date does not.
   */
  boolean onlyFrames(String concept, ClaimKind kind) {
    return attributes.ofNoun(concept, kind).map(AttributeLexicon.Concept::frame).orElse(false);
  }

  /**
   * "Shed 15% of their weight": a percentage followed by "of" is a share of what follows, not a
   * change of an amount of money named elsewhere ("Veltra shares jumped 12% ... after patients
   * shed 15% of their weight").
   */
  private static boolean shareOf(SentenceView view, int last) {
    return last + 1 < view.tokens().size() && view.lower(last + 1).equals("of");
  }

  /**
   * True when an amount follows the term within a few words: "a market value of about $12.8
   * billion", "valuing the company at $9.8 billion". The term is that amount's, not the one before
   * it.
   */
  private static boolean ownsAmountAfter(SentenceView view, Match m) {
    return Amounts.amountBetween(view, m.to(),
        Math.min(view.tokens().size(), m.to() + OWN_AMOUNT_REACH));
  }

  private static final int OWN_AMOUNT_REACH = 4;

  /**
   * "City decided to withdraw and Arsenal were able to agree a fee of £100m": a holder that opens
   * a clause of its own after "and" leaves the names before it to the clause before.
   */
  private static boolean holderOpensClauseAfter(
      SentenceView view, Optional<Entity> holder, Entity e) {
    return holder.filter(h -> h.from() > e.to() && h.from() > 0
        && view.lower(h.from() - 1).equals("and") && Holders.opensClause(view, h)
        && verbBetween(view, e.to(), h.from() - 1)).isPresent();
  }

  /**
   * True when a verb stands in {@code [from, to)}, and none of a deal: "Microsoft and OpenAI
   * agreed" has no verb between; "Chelsea bid for Caicedo and Brighton accepted £115m" keeps
   * Chelsea, the other side of the deal.
   */
  private static boolean verbBetween(SentenceView view, int from, int to) {
    boolean verb = false;
    for (int k = from; k < to; k++) {
      Token t = view.tokens().get(k);
      if (DEALING.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        return false;
      }
      verb |= t.isVerb() || t.tag().equals("AUX");
    }
    return verb;
  }

  private static final Set<String> DEALING = Set.of("bid", "offer", "pay", "buy", "sell",
      "sign", "agree", "acquire", "propose");

  private static final String ESTIMATE = Subject.ESTIMATE;
  private static final String PROFIT = "profit";
  /** What an amount "a share" may measure besides its price: "a dividend of $0.24 a share". */
  private static final Set<String> PER_SHARE_MEASURES = Set.of("dividend",
      AttributeCues.EARNINGS_PER_SHARE, "offer price", "estimate", "price", PROFIT);

  /**
   * "Smashed expectations during its debut with $155 million", "beat Wall Street estimates with
   * revenue of $26 billion", "revenue, which rose 5%, beat forecasts": an estimate that a figure
   * beat or missed is not what the figure is.
   */
  private static boolean beaten(SentenceView view, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
      if (BEATING.contains(view.tokens().get(k).lemma().toLowerCase(Locale.ROOT))
          && !view.tokens().get(k).tag().equals("ADJ")) {
        return true; // not "the top estimate was $5 billion"
      }
      if (!ESTIMATE_MODIFIERS.contains(view.tokens().get(k).tag())) {
        return false;
      }
    }
    return false;
  }

  /**
   * "Surpass Logan's", "overtook 2019's 'The Lion King'": a name right after a verb of beating,
   * past a year, an article and quotes, is what was beaten.
   */
  private static boolean beatenName(SentenceView view, Entity e) {
    for (int k = e.from() - 1; k >= Math.max(0, e.from() - 4); k--) {
      Token t = view.tokens().get(k);
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if ((BEATING.contains(lemma) || lemma.equals("overtake")) && t.isVerb()) {
        return true;
      }
      if (!PAST_BEATEN.contains(t.tag())) {
        return false;
      }
    }
    return false;
  }

  /** What may stand between a verb of beating and what it beat: "2019's 'The Lion King'". */
  private static final Set<String> PAST_BEATEN = Set.of("DET", "PUNCT", "NUM", "PART");

  private static final Set<String> BEATING = Set.of("beat", "smash", "top", "exceed", "surpass",
      "crush", "miss", "outpace", "trounce", "shatter", "defy", "blow", "outstrip", "eclipse");
  private static final Set<String> ESTIMATE_MODIFIERS = Set.of("ADJ", "DET", "PROPN", "NOUN",
      "PRON");

  /**
   * "A 68% boost for starting wages to over $28 an hour": the amount after "to" is where the
   * change took the measure, so the change is still the measure's.
   */
  private static boolean endsChange(SentenceView view, Match m) {
    return m.to() < view.tokens().size() && view.lower(m.to()).equals("to");
  }

  /**
   * "Raised its benchmark rate to 4.25%, its third increase this year": a change counted by an
   * ordinal is an event, not what a number measures.
   */
  private static boolean countedChange(SentenceView view, int i) {
    return i > 0 && ORDINALS.contains(view.lower(i - 1))
        && Changes.isChangeNoun(view.tokens().get(i).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * The nearer of an amount's attribute and a percentage's, the amount's on a tie: "revenue rose
   * 12%" changes revenue, but "under the agreement, rich nations will cut their emissions by 60%"
   * changes emissions, not the deal.
   */
  private static Optional<Match> nearer(
      SentenceView view, int first, int last, Optional<Match> amount, Optional<Match> percentage) {
    if (amount.isEmpty() || percentage.isEmpty()) {
      return amount.or(() -> percentage);
    }
    // "shares of Corvant rose 8%": the verb of the change names no measure
    boolean changeWord = Changes.isChangeVerb(view.lower(percentage.get().from()))
        || Changes.isChangeNoun(view.tokens().get(percentage.get().from()).lemma());
    return !changeWord
        && distance(view, first, last, percentage.get()) < distance(view, first, last, amount.get())
        ? percentage : amount;
  }

  private static int distance(SentenceView view, int first, int last, Match m) {
    return m.to() <= first ? view.distance(m.to() - 1, first) : view.distance(m.from(), last);
  }

  /**
   * No verb, or a word right before a change verb, whatever its tag: "Nordair shares slid", which
   * the tagger reads as a verb. Not "offered" in "offered a 7% increase".
   */
  private static boolean changedAmount(SentenceView view, Match m) {
    int next = m.to();
    // "Halvard shares closed down 7.5%": a market's closing verb, then the change
    if (next + 1 < view.tokens().size() && CLOSING_VERBS.contains(view.lower(next))) {
      next++;
    }
    return !view.tokens().get(m.from()).isVerb()
        || (next < view.tokens().size() && Changes.isChangeVerb(view.lower(next)));
  }

  private static final Set<String> CLOSING_VERBS =
      Set.of("closed", "ended", "finished", "opened", "traded", "were", "was");

  EntityLexicon entities() {
    return entities;
  }

  /**
   * The subject of {@code mention}. A percentage change measures the amount that changed, so
   * "revenue rose 12%" is about revenue and "shares rose 8%" about the share price: it is looked up
   * as money first, by what changed ({@link #changedAmount}). A count is about what it counts when
   * the lexicon names that; a point in time takes only an attribute close to it. No attribute is
   * taken across a semicolon: "a 12% raise over three years; Nordair has offered 7%".
   */
  Subject attribute(SentenceView view, Mention mention, Change change, TimeRole role, String scope) {
    if (view.tokens().isEmpty()) {
      return Subject.NONE;
    }
    ClaimKind kind = mention.kind();
    int first = view.tokenAt(mention.start());
    int last = Math.max(first, view.tokenAt(mention.end() - 1));
    int reach = role == TimeRole.POINT ? MAX_POINT_ATTRIBUTE_DISTANCE : MAX_ATTRIBUTE_DISTANCE;
    boolean level = change == Change.LEVEL && !kind.isTime();
    // "On Wednesday the court cut the penalty": a weekday dates the report of an event, not the
    // penalty, which a draft would otherwise measure against the year it was imposed
    boolean weekday = kind == ClaimKind.DATE && DateFinder.isWeekdayAlone(
        view.sentence().text().substring(mention.start(), mention.end()));
    // "dozens of stores": the thing counted is what the count is about
    boolean aboutItsNoun = kind == ClaimKind.COUNT && !countIsAboutItsContext(mention);
    Optional<Match> attribute = weekday ? Optional.empty() : kind == ClaimKind.COUNT
        ? cues.distance(view, mention, last).or(() -> cues.threshold(view, first, last))
            .or(() -> cues.fate(view, first, last))
            .or(() -> countedConcept(mention, last))
            .or(() -> aboutItsNoun ? Optional.empty()
                : attribute(view, kind, first, last, reach, level))
        : kind == ClaimKind.PERCENT && change == Change.CHANGE && !shareOf(view, last)
            ? nearer(view, first, last, attribute(view, ClaimKind.MONEY, first, last, reach, false)
                .filter(m -> changedAmount(view, m)),
                attribute(view, kind, first, last, reach, false))
            : cues.pay(view, kind, first, last).or(() -> cues.sinceLast(view, kind, first, last))
                .or(() -> cues.offer(view, kind, first, last))
                .or(() -> cues.dealValue(view, kind, first))
                .or(() -> cues.withDebt(view, kind, first, last))
                .or(() -> attribute(view, kind, first, last, reach, level));
    attribute = attribute.map(m -> cues.firstRaise(view, first, m))
        .map(m -> kind == ClaimKind.MONEY ? cues.purchaseDeal(view, first, m) : m)
        .map(m -> cues.measured(view, kind, change == Change.CHANGE && kind == ClaimKind.PERCENT,
            first, last, m));
    int anchor = attribute.map(Match::from).orElse(first);
    Optional<Entity> found = Holders.holder(view, first, last, anchor);
    // a record's beater is no party of the record: "Barbie surpassed the record set by Mario",
    // nor of the figure it beat: "will surpass Logan's entire $226.3 million run"
    Optional<Entity> other =
        Holders.setBy(view, last).isPresent() || found.filter(e -> beatenName(view, e)).isPresent()
            ? Optional.empty() : counterpart(view, first, last, found);
    boolean target = other.isPresent() && Holders.targetsPrice(view, anchor)
        && attribute.filter(m -> m.concept().name().equals(SHARE_PRICE)).isPresent();
    Optional<Entity> owner = attribute.filter(m -> m.concept().name().equals(STAKE)).isPresent()
        ? ownerOfPart(view, first, last, found) : Optional.empty();
    Optional<Entity> holder = target ? other : owner.or(() -> found);
    Optional<Entity> counterpart = target ? found : owner.isPresent() ? found : other;
    String holderName = holder.map(Entity::name).orElse("");
    String counterpartName = counterpart.map(Entity::name).orElse("");
    // A frame ("deal", "agreement") does not name what is measured, so it leaves the attribute open.
    String concept = attribute
        .map(m -> m.concept().frame() ? "" : m.concept().name())
        .orElseGet(() -> (aboutItsNoun ? Optional.<String>empty() : headLemma(view, last))
            .or(() -> role == TimeRole.POINT || role == TimeRole.NONE
                ? Optional.empty() : thingEnded(view, first))
            .orElse(""));
    String text = attribute.map(m -> span(view, m.from(), m.to())).orElse(concept);
    // a frame's name is a term, so that "a six-year deal" finds "a five-year contract"
    String termConcept = attribute.map(m -> m.concept().name()).orElse(concept);
    // "data center revenue", "revenue from gaming products": a segment's figure is its own
    String scoped = scope.startsWith(Subject.PART_PREFIX) ? scope
        : Segments.of(view, attribute, first)
            .map(part -> Subject.PART_PREFIX + part
                + (scope.isEmpty() ? "" : Subject.PART_SEPARATOR + scope))
            .orElse(scope);
    return new Subject(holderName, concept, text, counterpartName, scoped,
        terms(view, first, holderName, counterpartName, termConcept));
  }

  /**
   * "A 461% increase in adjusted earnings per share", "a 262% jump in revenue": what the change
   * noun after a percentage is "in" is what changed, looked up as the amount it is.
   */
  private Optional<Match> changedIn(SentenceView view, int last) {
    int in = last + 2;
    if (in + 1 >= view.tokens().size() || !view.lower(in).equals("in")
        || !Changes.isChangeNoun(view.tokens().get(last + 1).lemma().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    for (int k = in + 1; k < Math.min(view.tokens().size(), in + 5); k++) {
      int at = k;
      Optional<Match> of = view.attributeAt(attributes, at, ClaimKind.MONEY)
          .or(() -> view.attributeAt(attributes, at, ClaimKind.PERCENT));
      if (of.isPresent() && !of.get().concept().frame()) {
        return of;
      }
      if (!IN_GROUP_TAGS.contains(view.tokens().get(k).tag())) {
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the change verb at {@code verb} reaches the level at {@code first} through "to", with
   * only adverbs, adjectives, determiners, numbers and prepositions between: "rose to 64.7%", "is
   * expected to rise once again to 2.75%", "rose quickly from late 2021 to a peak of 5.25%".
   */
  private static boolean leadsToLevel(SentenceView view, int verb, int first) {
    for (int k = verb + 1; k < first; k++) {
      if (view.lower(k).equals("to")) {
        return true;
      }
      if (!LEADING_TAGS.contains(view.tokens().get(k).tag())) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> LEADING_TAGS = Set.of("ADV", "ADJ", "DET", "NUM", "ADP");

  /** "In stock", "an all-stock deal", however the tokenizer splits it: how an amount is paid. */
  private static boolean paidIn(SentenceView view, int i) {
    String w = view.lower(i);
    String bare = w.startsWith("-") ? w.substring(1) : w;
    String before = view.lower(i - 1);
    return PAID_IN.contains(bare) && (before.equals("in") || before.equals("all")
        || w.startsWith("-") || w.startsWith("all-")
        || (before.equals("-") && i > 1 && view.lower(i - 2).equals("all")));
  }

  /** "For $53 billion in stock", "$5 billion in cash": how an amount is paid, not what it is. */
  private static final Set<String> PAID_IN = Set.of("stock", "cash", "shares", "all-stock",
      "all-cash");

  /** Tags of the words of a noun group after "in", up to its head: "in pre-tax synergies". */
  private static final Set<String> IN_GROUP_TAGS = Set.of("ADJ", "NOUN", "NUM", "PUNCT", "X");
  /** How far past an amount the head of its "in" group may stand, hyphens aside. */
  private static final int IN_GROUP_REACH = 6;

  private Optional<Match> attribute(
      SentenceView view, ClaimKind kind, int first, int last, int reach, boolean level) {
    Optional<Match> changed = kind == ClaimKind.PERCENT ? changedIn(view, last) : Optional.empty();
    if (changed.isPresent()) {
      return changed;
    }
    Optional<Integer> head = npHead(view, last);
    // "$5 billion of its shares", "$1 billion of stock": an amount of stock, not its price
    boolean ofStock = last + 1 < view.tokens().size() && view.lower(last + 1).equals("of");
    Match perShare = null; // "a dividend of $0.24 per share": a unit, unless nothing else is named
    if (head.isPresent()) {
      for (int from = Math.max(0, head.get() - 3); from <= head.get(); from++) {
        Optional<Match> m = view.attributeAt(attributes, from, kind);
        if (m.isPresent() && m.get().to() > head.get() && !m.get().concept().frame()
            && !(ofStock && m.get().concept().name().equals(SHARE_PRICE))) {
          if (!m.get().concept().name().equals(SHARE_PRICE) || from > last + 2) {
            return m;
          }
          perShare = m.get();
        }
      }
    }
    if (kind == ClaimKind.COUNT) {
      // "1,260 injured people", "hundreds of missing people": a modifier says what is counted
      for (int i = first; i <= last; i++) {
        Optional<Match> m = view.attributeAt(attributes, i, kind);
        if (m.isPresent() && !m.get().concept().frame() && !view.tokens().get(i).isNoun()) {
          return m;
        }
      }
    }
    if (kind == ClaimKind.MONEY && last + 2 < view.tokens().size()
        && view.lower(last + 1).equals("in") && !PAID_IN.contains(view.lower(last + 2))) {
      // "$209 billion in assets", "$2.7 billion in pre-tax synergies": what it is an amount of
      int end = last + IN_GROUP_REACH;
      for (int k = last + 2; k < Math.min(view.tokens().size(), end); k++) {
        if (view.lower(k).equals("-")) {
          end++; // "in new long-term debt": a hyphen joins two words into one
        }
        Optional<Match> of = view.attributeAt(attributes, k, kind);
        if (of.isPresent() && !of.get().concept().frame()) {
          return of;
        }
        if (!IN_GROUP_TAGS.contains(view.tokens().get(k).tag())) {
          break;
        }
      }
    }
    Match bestSpecific = null;
    Match bestFrame = null;
    int specificDistance = reach + 1;
    int frameDistance = reach + 1;
    int start = Math.max(0, first - SentenceView.REACH);
    int end = Math.min(view.tokens().size(), last + SentenceView.REACH + 1);
    for (int k = start; k < end; k++) {
      if (view.lower(k).equals(";")) { // the number's clause ends here
        start = k < first ? k + 1 : start;
        end = k > last ? k : end;
      }
    }
    for (int i = start; i < end; i++) {
      // "start production in 2027": a date's mention may hold what it dates
      if (i >= first && i <= last && !(kind.isTime() && view.tokens().get(i).isNoun())) {
        continue;
      }
      if (i > last && Amounts.amountBetween(view, last + 1, i)) {
        break; // "€85 million plus up to €10 million in add-ons": the add-ons are the €10m's
      }
      if (level && i < first && view.tokens().get(i).isVerb()
          && Changes.isChangeVerb(view.lower(i)) && leadsToLevel(view, i, first)) {
        continue; // "turnout rose to 64.7%": the verb of a level names no measure, turnout does
      }
      if (i > 0 && paidIn(view, i)) {
        continue; // "for $53 billion in stock", "in an all-stock deal": a means of payment
      }
      Optional<Match> m = view.attributeAt(attributes, i, kind);
      if (m.isPresent() && m.get().concept().name().equals(ESTIMATE) && beaten(view, i)) {
        continue;
      }
      if (m.isPresent() && i > last + 1 && ownsAmountAfter(view, m.get())
          && (level || !endsChange(view, m.get()))) {
        continue; // "closed at $30.13, giving the company a market value of $12.8 billion"
      }
      if (m.isPresent() && m.get().concept().name().equals(SHARE_PRICE) && i > last
          && i <= last + 2
          && (Amounts.PER.contains(view.lower(i)) || Amounts.PER.contains(view.lower(i - 1)))) {
        perShare = m.get(); // "$0.24 per share", "$0.24 a share" right after the amount
        continue;
      }
      if (m.isEmpty() || countedChange(view, i) || (perShare != null && i > last)
          || (!kind.isTime() && i < first && (Amounts.followsAmount(view, i)
              || (shareOf(view, last) && Amounts.amountBetween(view, i + 1, first))))) {
        // "$1.48 a share, compared with $455 million": the share is the $1.48's; but "20% revenue
        // share ... through 2030" dates the revenue share. "Shares jumped 12% after patients shed
        // 15% of their weight": the shares are the 12%'s, and the 15% is a share of what follows.
        continue;
      }
      int d = view.distance(i < first ? m.get().to() - 1 : i, i < first ? first : last);
      if (m.get().concept().frame() ? d < frameDistance : d < specificDistance) {
        if (m.get().concept().frame()) {
          bestFrame = m.get();
          frameDistance = d;
        } else {
          bestSpecific = m.get();
          specificDistance = d;
        }
      }
    }
    if (perShare != null && (bestSpecific == null
        || !PER_SHARE_MEASURES.contains(bestSpecific.concept().name()))) {
      return Optional.of(perShare); // "investors who bought at $50 a share": a share price
    }
    if (perShare != null && bestSpecific.concept().name().equals(PROFIT)) {
      // "net income climbed to $612 million, or $1.48 per share": a profit per share
      Match unit = perShare;
      return attributes.ofNoun(AttributeCues.EARNINGS_PER_SHARE, kind)
          .map(c -> new Match(c, unit.from(), unit.to())).or(() -> Optional.of(unit));
    }
    return Optional.ofNullable(bestSpecific != null
        ? cues.requestOf(view, cues.forecastOf(view, kind, bestSpecific)) : bestFrame);
  }


  /**
   * True when the words around a count say what it is about: people ("312 people were killed")
   * and measures do; "dozens of stores closed" is about the stores, not the workers laid off
   * before it.
   */
  private static boolean countIsAboutItsContext(Mention mention) {
    // measures and scales ("18 km", "magnitude") are of what the words around name
    return PEOPLE.contains(mention.unit().code()) || CountFinder.isMeasure(mention.unit())
        || ValueFormat.namesScale(mention.unit());
  }

  private static final Set<String> PEOPLE = Set.of("people", "person", "resident", "family",
      "household", "child", "adult", "student", "patient", "passenger", "victim", "civilian",
      "refugee", "migrant", "customer", "user", "subscriber", "member", "voter", "tourist",
      "visitor", "fan", "spectator", "soldier", "troop", "citizen", "inhabitant", "individual",
      "home");

  /**
   * What a count counts, when the lexicon names it: "312 deaths" is a death toll, "3,000 jobs"
   * jobs, and so are "employs 2,500 people" ({@link dev.crosscheck.model.Unit#jobsAs}).
   */
  private Optional<Match> countedConcept(Mention mention, int last) {
    return attributes.ofNoun(mention.unit().code(), ClaimKind.COUNT)
        .or(() -> attributes.ofNoun(mention.unit().base(), ClaimKind.COUNT))
        .filter(c -> !c.frame())
        .map(c -> new Match(c, last, last + 1));
  }

  static final String SHARE_PRICE = "share price";
  private static final String STAKE = "stake";

  /**
   * "Microsoft holds 27 percent of OpenAI's for-profit arm": a stake in a whole someone else's
   * possessive names belongs to the sentence's subject; the possessor is what is owned.
   */
  private static Optional<Entity> ownerOfPart(
      SentenceView view, int first, int last, Optional<Entity> possessor) {
    return possessor
        .filter(e -> e.possessive() && e.from() > last && view.lower(e.from() - 1).equals("of"))
        .flatMap(e -> Holders.subjectBefore(view, e)
            .filter(s -> s.to() <= first && !s.name().equals(e.name())));
  }



  /** The head noun of the noun group right after the number: "five-year cloud computing deal". */
  private static Optional<Integer> npHead(SentenceView view, int last) {
    List<Token> tokens = view.tokens();
    int i = last + 1;
    if (i < tokens.size() && view.lower(i).equals("of")) {
      i++;
      while (i < tokens.size() && (tokens.get(i).tag().equals("DET")
          || AttributeLexicon.POSSESSIVE_PRONOUNS.contains(view.lower(i)))) {
        i++; // "20% of its revenue": the tagger may call "its" a pronoun
      }
    }
    Integer head = null;
    int end = Math.min(tokens.size(), last + SentenceView.REACH);
    for (; i < end; i++) {
      Token t = tokens.get(i);
      boolean comma = t.text().equals(",") && i + 1 < tokens.size()
          && (tokens.get(i + 1).tag().equals("ADJ") || tokens.get(i + 1).tag().equals("NUM"));
      boolean gerund = t.isVerb() && t.text().endsWith("ing") && i + 1 < tokens.size()
          && tokens.get(i + 1).isNoun();
      if (t.isNoun()) {
        head = i;
      } else if (gerund) {
        continue; // "cloud computing deal": the -ing word modifies the noun after it
      } else if (!(comma || t.tag().equals("ADJ") || t.tag().equals("NUM") || t.isProperNoun()
          || (t.text().equals("-") && !spacedDash(tokens, i)))) {
        break;
      }
    }
    return Optional.ofNullable(head);
  }

  /** "for two years - Anthropic on AWS": a spaced dash ends the phrase, a hyphen does not. */
  private static boolean spacedDash(List<Token> tokens, int i) {
    return i > 0 && i + 1 < tokens.size() && tokens.get(i - 1).end() < tokens.get(i).start()
        && tokens.get(i).end() < tokens.get(i + 1).start();
  }

  /**
   * What a start or an end date starts or ends when no lexicon term names it: the object of the
   * verb right before it ("must end the rebates by June 2027") or, in the passive, its subject
   * ("schools will be rebuilt by 2030"). Dates meet only when they name the same thing, so "end
   * the rebates by June 2028" contradicts June 2027 and "close the plant by 2030" does not.
   */
  private static Optional<String> thingEnded(SentenceView view, int first) {
    List<Token> tokens = view.tokens();
    int k = first - 1;
    boolean passive = false;
    if (k >= 0 && tokens.get(k).isVerb()) {
      k--;
      while (k >= 0 && (tokens.get(k).tag().equals("AUX") || tokens.get(k).tag().equals("ADV")
          || tokens.get(k).tag().equals("PART"))) {
        passive |= tokens.get(k).lemma().equals("be"); // "will be rebuilt", not "will run"
        k--;
      }
      if (!passive) {
        return Optional.empty();
      }
    }
    if (k < 0 || !tokens.get(k).isNoun()) {
      return Optional.empty();
    }
    int head = k;
    while (k >= 0 && NOUN_PHRASE_TAGS.contains(tokens.get(k).tag())) {
      k--;
    }
    if (!passive && (k < 0 || !tokens.get(k).isVerb())) {
      return Optional.empty();
    }
    String lemma = AttributeLexicon.lemma(tokens.get(head));
    return GENERIC.contains(lemma) ? Optional.empty() : Optional.of(lemma);
  }

  private static final Set<String> NOUN_PHRASE_TAGS = Set.of("NOUN", "ADJ", "DET", "NUM");

  private static Optional<String> headLemma(SentenceView view, int last) {
    // "the $209 billion Silicon Valley Bank": a name after the number is no attribute
    return npHead(view, last)
        .filter(i -> Character.isLowerCase(view.tokens().get(i).text().charAt(0)))
        .map(i -> AttributeLexicon.lemma(view.tokens().get(i)))
        .filter(l -> !GENERIC.contains(l));
  }

  private static Optional<Entity> counterpart(
      SentenceView view, int first, int last, Optional<Entity> holder) {
    String holderName = holder.map(Entity::name).orElse("");
    List<Entity> listedWithHolder = Respectively.names(view, last);
    Entity nearest = null;
    int nearestDistance = MAX_COUNTERPART_DISTANCE + 1;
    for (Entity e : view.entitiesNear(first, last)) {
      if (e.name().equals(holderName) || e.appositive() || Holders.personTelling(view, e)
          || Holders.reportingBody(view, e) || Holders.citedSource(view, e)
          || Holders.comparedWith(view, e)
          || listedWithHolder.contains(e)) { // "Nvidia and Microsoft ... respectively"
        continue;
      }
      boolean after = e.from() > last;
      int from = Respectively.afterFigure(view, last);
      if (after && (Amounts.otherPartyAmountBetween(view, from, e.from())
          || Amounts.numberBetween(view, from, e.from()) || ownFigureFollows(view, e, first)
          || Holders.includedAfter(view, last, e))) {
        continue;
      }
      int d = after ? view.distance(last, e.from()) : view.distance(e.to() - 1, first);
      boolean party = e.from() > 0 && PARTY_PREPOSITIONS.contains(view.lower(e.from() - 1));
      if (after && party && d <= MAX_COUNTERPART_DISTANCE) {
        return Optional.of(e);
      }
      if (after && !party && Holders.opensOwnClause(view, e, last + 1)) {
        continue; // "$500 million, and the European Union has sent": another actor
      }
      if (!after && (Holders.clauseBreak(view, e.to(), first) || ownFigureFollows(view, e, first)
          || Holders.inRelativeAside(view, e, first)
          || asideAfterHolder(view, holder, e, first) || holderOpensClauseAfter(view, holder, e))) {
        continue; // "The US pledged $500 million, and the EU has sent $200 million"
      }
      if (d < nearestDistance) {
        nearest = e;
        nearestDistance = d;
      }
    }
    return Optional.ofNullable(nearest);
  }

  /**
   * True when {@code e} stands in an aside set off by commas right after the holder:
   * "The INDIA bloc, courtesy of strong showings in Uttar Pradesh and West Bengal, has secured 232
   * seats". The aside says how, not with whom.
   */
  private static boolean asideAfterHolder(
      SentenceView view, Optional<Entity> holder, Entity e, int first) {
    if (holder.isEmpty() || holder.get().to() > e.from()) {
      return false;
    }
    int open = Holders.pastLowerCaseNouns(view, holder.get().to(), e.from());
    if (open >= e.from() || !view.lower(open).equals(",")) {
      return false;
    }
    // the aside is the holder's first phrase set off by commas: in "Exxon, the largest producer,
    // agreed to buy Pioneer, its rival, for $60 billion" Pioneer is the verb's object
    int close = open + 1;
    while (close < first && !view.lower(close).equals(",")) {
      close++;
    }
    return e.to() <= close && close < first;
  }

  /**
   * True when a figure of its own, not the one at {@code first}, follows the name: "Kazakhstan by
   * 82,000 bpd, Algeria by 51,000 bpd", "Iraq (223,000 bpd), Kuwait (135,000 bpd)", "the United
   * Kingdom $75 million". The next item of a list is no party to the figure before it; "jobs in
   * Germany by 2030" dates the figure.
   */
  private static boolean ownFigureFollows(SentenceView view, Entity e, int first) {
    int k = e.to();
    while (k < view.tokens().size() && LIST_ITEM_LINKS.contains(view.lower(k))) {
      k++;
    }
    // "the United Kingdom $75 million" is another item; "paid Google $20 billion" is the figure
    return k < view.tokens().size() && k != first
        && (SentenceNames.amountAt(view.tokens(), k)
            || Texts.hasCurrencySign(view.tokens().get(k).text()));
  }

  private static final Set<String> LIST_ITEM_LINKS = Set.of("by", "(", ":", "with", "at");

  private static List<String> terms(
      SentenceView view, int first, String holder, String counterpart, String concept) {
    Set<String> terms = new LinkedHashSet<>();
    for (String s : List.of(holder, counterpart, concept)) {
      if (!s.isEmpty()) {
        terms.add(s.toLowerCase(Locale.ROOT));
      }
    }
    List<Integer> nouns = new ArrayList<>();
    int end = Math.min(view.tokens().size(), first + SentenceView.REACH);
    // "ATHENS (Meridian) -": a dateline's place and outlet say nothing of what a figure is about
    for (int i = Math.max(view.bodyStart(), first - SentenceView.REACH); i < end; i++) {
      Token t = view.tokens().get(i);
      boolean afterArticle = i > 0 && ARTICLES.contains(view.lower(i - 1)) && !t.tag().equals("NUM");
      // "Exports to China rose": a noun, mis-tagged; but "The", "Most", "However" are no nouns
      afterArticle |= i == 0 && view.entityStopword(t) && !FUNCTION_WORDS.contains(view.lower(i));
      if ((t.isNoun() || t.isProperNoun() || afterArticle) && Character.isLetter(t.text().charAt(0))
          && !NUMBER_WORDS.matcher(t.text()).matches() && !Texts.hasCurrencySign(t.text())) {
        nouns.add(i);
      }
    }
    nouns.sort((a, b) -> Integer.compare(view.distance(a, first), view.distance(b, first)));
    for (int i : nouns) {
      if (terms.size() >= MAX_TERMS) {
        break;
      }
      Token t = view.tokens().get(i);
      boolean stopword = view.entityStopword(t);
      String term = word(t.isProperNoun() && !stopword ? t.text()
          : stopword ? AttributeLexicon.singular(t.text()) : AttributeLexicon.lemma(t));
      if (!term.isEmpty() && !GENERIC.contains(term.toLowerCase(Locale.ROOT))) {
        terms.add(term.toLowerCase(Locale.ROOT));
      }
    }
    return List.copyOf(terms);
  }

  /**
   * The word of a token the tokenizer cut before "s" or after a hyphen: "OpenAI'" of "OpenAI's",
   * "revenue-" of "revenue-share".
   */
  private static String word(String token) {
    String w = SentenceView.bare(token);
    int end = w.length();
    while (end > 0 && w.charAt(end - 1) == '-') {
      end--;
    }
    return w.substring(0, end);
  }

  private static String span(SentenceView view, int from, int to) {
    List<Token> tokens = view.tokens();
    return view.sentence().text().substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }
}
