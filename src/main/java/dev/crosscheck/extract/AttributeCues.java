package dev.crosscheck.extract;

import dev.crosscheck.extract.AttributeLexicon.Match;
import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.Subject;
import dev.crosscheck.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Attributes that the words right next to a number give outright, before the nearest lexicon
 * term is looked for: an amount earned per period is pay, a length followed by a direction is a
 * distance, and a forecast of a measure is an estimate. Immutable and thread-safe.
 */
final class AttributeCues {
  /** How many words before an amount "earn" may stand: "will reportedly earn". */
  private static final int PAY_REACH = 3;
  private static final String EARN = "earn";
  private static final String WAGE = "wage";
  private static final Set<String> PER = Set.of("a", "an", "per", "each", "every");
  private static final Set<String> PERIODS =
      Set.of("year", "season", "month", "week", "day", "hour", "game", "match", "annum");
  private static final Set<String> SCOPES = Set.of("earlier", "ago", "before", "later");
  private static final Set<String> PERIODICALLY =
      Set.of("annually", "yearly", "monthly", "weekly");

  private static final String METRE = "m";
  private static final String DISTANCE = "distance";
  private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west",
      "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
      "south-east", "south-west", "away", "from", "off", "offshore", "inland");

  private static final String ESTIMATE = Subject.ESTIMATE;
  /** Words between "forecast for" and the measure: "its forecast for economic growth". */
  private static final Set<String> MODIFIER_TAGS = Set.of("ADJ", "DET");

  private final AttributeLexicon attributes;

  AttributeCues(AttributeLexicon attributes) {
    this.attributes = attributes;
  }

  /**
   * "Will earn around €12 million a year", "earning £300,000 a week", "set to earn £138 million
   * annually": an amount earned per period is pay, not the deal the sentence names before it
   * ("signed a five-year deal and will earn").
   */
  Optional<Match> pay(SentenceView view, ClaimKind kind, int first, int last) {
    int end = periodEnd(view, last);
    if (kind != ClaimKind.MONEY || end < 0 || earnedFromSomething(view, end)) {
      return Optional.empty();
    }
    for (int i = first - 1; i >= Math.max(0, first - PAY_REACH); i--) {
      if (view.tokens().get(i).lemma().equalsIgnoreCase(EARN)) {
        int verb = i;
        return attributes.ofNoun(WAGE, kind).map(c -> new Match(c, verb, verb + 1));
      }
    }
    return Optional.empty();
  }

  /**
   * "Cisco will pay $157 per share", "offered $157 in cash for each share of Splunk", "to acquire
   * Splunk for $28 billion, or $157 per share": what a buyer pays for each share is its offer, not
   * the price the shares trade at; what a company earned a share is its earnings per share.
   */
  Optional<Match> offer(SentenceView view, ClaimKind kind, int first, int last) {
    if (kind != ClaimKind.MONEY || !perShare(view, last)) {
      return Optional.empty();
    }
    Optional<Match> earnings = earningsPerShare(view, kind, first)
        .or(() -> consensusOfEarnings(view, kind, first, last));
    if (earnings.isPresent()) {
      return earnings;
    }
    for (int i = first - 1; i >= Math.max(0, first - OFFER_REACH); i--) {
      String lemma = lemma(view, i);
      if (TRADING.contains(lemma) || PAYOUTS.contains(lemma) || NOT_PAID.contains(lemma)
          || TRADED.contains(lemma)) {
        // "the shares closed at $55.50 a share", "pay a dividend of $0.24 per share", "since the
        // deal, Hess shares rose to $140 a share", "accretive to earnings by $0.40 per share"
        break;
      }
      boolean takeover = TAKEOVER.contains(lemma)
          || (BUYING.contains(lemma) && buysCompany(view, i, first, last));
      if (takeover || EARNING.contains(lemma)) {
        int verb = i;
        String concept = takeover ? OFFER_PRICE : EARNINGS_PER_SHARE;
        Optional<Match> m = attributes.ofNoun(concept, kind).map(c -> new Match(c, verb, verb + 1));
        return takeover ? m : m.map(eps -> expectedOrActual(view, kind, eps));
      }
    }
    return Optional.empty();
  }

  /**
   * "Earnings of $1.35 a share", "quarterly earnings rose to $2.10 per share", "a profit of $4.10 a
   * share": a profit noun the amount is linked to makes a per-share amount earnings per share, as
   * "earned $6.12 a share" does, and what analysts expect of it is their estimate. Not "accretive
   * to earnings by $0.40 per share", which moves earnings by the amount.
   */
  private Optional<Match> earningsPerShare(SentenceView view, ClaimKind kind, int first) {
    for (int i = first - 1; i >= Math.max(0, first - EARNINGS_REACH); i--) {
      Token t = view.tokens().get(i);
      if (t.isNoun() && PROFITS.contains(lemma(view, i))) {
        int noun = i;
        return attributes.ofNoun(EARNINGS_PER_SHARE, kind)
            .map(c -> expectedOrActual(view, kind, new Match(c, noun, noun + 1)));
      }
      boolean link = EARNINGS_LINK_TAGS.contains(t.tag())
          || (t.isVerb()
              && (TRADING.contains(lemma(view, i)) || REPORTED.contains(lemma(view, i))));
      if (!link || view.lower(i).equals("by")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Earnings per share as reported, or, "analysts expected it to earn", as expected. */
  private Match expectedOrActual(SentenceView view, ClaimKind kind, Match eps) {
    boolean expected = forecastOf(view, kind, eps).concept().name().equals(ESTIMATE);
    return expected ? estimateOf(eps, eps) : eps;
  }

  /**
   * "Earned $3.25 a share, versus the $3.10 a share expected by analysts": an amount a share that
   * forecasters expected, in a sentence that reports earnings, is their estimate of earnings per
   * share, not a share price.
   */
  private Optional<Match> consensusOfEarnings(SentenceView view, ClaimKind kind, int first,
      int last) {
    int k = last + 1;
    while (k < view.tokens().size()
        && (PER.contains(view.lower(k)) || lemma(view, k).equals("share"))) {
      k++;
    }
    boolean expected = k < view.tokens().size() && EXPECTED_AFTER.contains(view.lower(k))
        || (k + 1 < view.tokens().size() && FORECASTERS.contains(lemma(view, k))
            && EXPECTING.contains(lemma(view, k + 1)));
    if (!expected) {
      return Optional.empty();
    }
    for (int i = 0; i < first; i++) {
      if (EARNING.contains(lemma(view, i)) || (view.tokens().get(i).isNoun()
          && PROFITS.contains(lemma(view, i)))) {
        int at = k;
        return attributes.ofNoun(EARNINGS_PER_SHARE, kind).map(c -> new Match(c, at, at + 1))
            .map(eps -> estimateOf(eps, eps));
      }
    }
    return Optional.empty();
  }

  /** "$3.10 a share expected by analysts", "forecast", "estimated": a consensus named after it. */
  private static final Set<String> EXPECTED_AFTER = Set.of("expected", "forecast", "forecasted",
      "estimated", "predicted", "anticipated");

  private static final int EARNINGS_REACH = 5;
  private static final Set<String> PROFITS = Set.of("earning", "earnings", "profit", "income");
  /** What may link a profit noun to its amount: "of", "were", "adjusted", "came in at". */
  private static final Set<String> EARNINGS_LINK_TAGS = Set.of("ADP", "AUX", "ADV", "ADJ", "PART");
  private static final Set<String> REPORTED = Set.of("come", "total", "reach", "stand", "be");

  /**
   * "Buy Splunk for $157 a share", "pay $157 per share in cash for Splunk": paying or buying is a
   * takeover when a name is bought, between the verb and the amount or after "for" past it; not
   * "investors who bought at $50 a share".
   */
  private static boolean buysCompany(SentenceView view, int verb, int first, int last) {
    if (objectIsName(view, verb, first)) {
      return true; // "buy Splunk for", "buying software company Splunk (SPLK) for"
    }
    if (last + 2 < view.tokens().size() && view.tokens().get(last + 2).isProperNoun()) {
      return true; // "pay $157 per Splunk Inc. share"
    }
    for (int k = last + 1; k + 1 < Math.min(view.tokens().size(), last + PER_SHARE_REACH + 4);
        k++) {
      if (view.lower(k).equals("for") && view.tokens().get(k + 1).isProperNoun()) {
        return true;
      }
    }
    // "is paying $40 per share in an all-cash deal": the deal is what it pays for
    for (int k = last + 1; k < Math.min(view.tokens().size(), last + PER_SHARE_REACH + 6); k++) {
      if (view.tokens().get(k).isNoun() && TAKEOVER.contains(lemma(view, k))) {
        return true;
      }
      if (DEAL_AFTER_ENDS.contains(view.lower(k))) {
        return false; // "which paid about $30 a share for its stake, said the deal"
      }
    }
    return false;
  }

  /**
   * True when the verb's object, before {@code limit}, is a name: "acquire Hess Corp", "buying
   * cybersecurity software company Splunk"; not "bought stock in January", whose "in" ends it.
   */
  private static boolean objectIsName(SentenceView view, int verb, int limit) {
    for (int k = verb + 1; k < limit; k++) {
      Token t = view.tokens().get(k);
      if (t.isProperNoun()) {
        return true;
      }
      if (!(t.isNoun() || OBJECT_WORDS.contains(t.tag()))) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> OBJECT_WORDS = Set.of("DET", "ADJ");

  /** "a share", "per share", "in cash for each share" after the amount, within its phrase. */
  private static boolean perShare(SentenceView view, int last) {
    int end = Math.min(view.tokens().size() - 1, last + PER_SHARE_REACH);
    for (int k = last + 1; k < end; k++) {
      if (view.lower(k).equals(",") || view.tokens().get(k).tag().equals("NUM")) {
        return false;
      }
      int share = k + 1;
      while (share < end && (view.tokens().get(share).isProperNoun()
          || view.lower(share).equals("."))) {
        share++; // "per Splunk Inc. share"
      }
      if (PER.contains(view.lower(k)) && lemma(view, share).equals("share")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "An all-cash deal worth $28 billion", "a transaction valued at about $28 billion": the value
   * of a deal is no valuation of a company. It is the acquisition's price when its clause buys
   * something before it ("Cisco is buying Splunk ... in a deal worth"), else the deal's: not
   * "signed a 10-year deal worth $700 million, topping the Blue Jays' offer".
   */
  Optional<Match> dealValue(SentenceView view, ClaimKind kind, int first) {
    if (kind != ClaimKind.MONEY) {
      return Optional.empty();
    }
    int k = first - 1;
    while (k >= 0 && HEDGE_TAGS.contains(view.tokens().get(k).tag())
        && !lemma(view, k).equals("worth")) {
      k--; // "valued at approximately"
    }
    if (k >= 0 && view.lower(k).equals("at")) {
      k--;
    }
    if (k < 1 || !VALUING.contains(lemma(view, k))) {
      return Optional.empty();
    }
    int noun = view.tokens().get(k - 1).tag().equals("ADV") ? k - 2 : k - 1; // "reportedly worth"
    if (noun < 0 || !DEALS.contains(lemma(view, noun))) {
      return Optional.empty();
    }
    int from = noun;
    int to = k + 1;
    if (FEES.contains(lemma(view, from))) {
      if (from > 0 && view.tokens().get(from - 1).isNoun()) {
        // "a termination fee worth $1.8 billion", "a wealth transfer worth": the compound's own
        return view.attributeAt(attributes, from - 1, kind).filter(m -> !m.concept().frame());
      }
      return attributes.ofNoun(PRICE, kind).map(c -> new Match(c, from, to)); // "a fee worth"
    }
    boolean buys = false;
    for (int i = from - 1; i >= 0 && !buys && !view.lower(i).equals(",")
        && !view.lower(i).equals(";"); i--) {
      buys = BUYING.contains(lemma(view, i)) && !lemma(view, i).equals("pay");
    }
    return attributes.ofNoun(buys ? ACQUISITION : DEAL, kind).map(c -> new Match(c, from, to));
  }

  /**
   * "An immediate 11% wage increase", "an upfront 10% raise": a raise whose adjective stands
   * before its number is the contract's first step, not its whole raise.
   */
  Match firstRaise(SentenceView view, int first, Match measured) {
    if (!measured.concept().name().equals(WAGE) || first < 1
        || !FIRST_STEP.contains(view.lower(first - 1))) {
      return measured;
    }
    int from = first - 1;
    return attributes.ofNoun(FIRST_RAISE, ClaimKind.PERCENT)
        .map(c -> new Match(c, from, from + 1)).orElse(measured);
  }

  private static final Set<String> FIRST_STEP = Set.of("immediate", "initial", "upfront");
  private static final String FIRST_RAISE = "first raise";

  /**
   * "Agreed to acquire Hess ... for $53 billion in an all-stock deal": the money of a deal that
   * buys a company is the acquisition's, as "acquire Hess for $53 billion" says elsewhere.
   */
  Match purchaseDeal(SentenceView view, int first, Match measured) {
    if (!measured.concept().name().equals(DEAL) || measured.concept().frame()) {
      return measured;
    }
    for (int i = first - 1; i >= Math.max(0, first - PURCHASE_REACH)
        && !view.lower(i).equals(";"); i--) {
      String lemma = lemma(view, i);
      if (PURCHASING.contains(lemma) && objectIsName(view, i, first)
          && !inRelativeClause(view, i)) {
        return attributes.ofNoun(ACQUISITION, ClaimKind.MONEY)
            .map(c -> new Match(c, measured.from(), measured.to())).orElse(measured);
      }
    }
    return measured;
  }

  /** "Microsoft, which bought Activision, signed a deal": the verb of an aside about a name. */
  private static boolean inRelativeClause(SentenceView view, int verb) {
    for (int k = verb - 1; k >= 0 && !view.lower(k).equals(","); k--) {
      if (RELATIVES.contains(view.lower(k))) {
        return true;
      }
    }
    return false;
  }

  private static final int PURCHASE_REACH = 20;
  private static final Set<String> PURCHASING = Set.of("acquire", "buy", "purchase");
  private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose");

  private static final Set<String> HEDGE_TAGS = Set.of("ADV", "ADJ", "ADP");
  private static final Set<String> VALUING = Set.of("value", "worth");
  private static final Set<String> DEALS = Set.of("deal", "transaction", "agreement", "takeover",
      "acquisition", "merger", "buyout", "purchase", "offer", "bid", "contract", "fee", "transfer");
  /** "A fee worth up to £67.5m", "a transfer reportedly worth £105M": a price paid. */
  private static final Set<String> FEES = Set.of("fee", "transfer");
  private static final String PRICE = "price";
  private static final String ACQUISITION = "acquisition";
  private static final String DEAL = "deal";

  private static final int OFFER_REACH = 12;
  private static final int PER_SHARE_REACH = 5;
  private static final String OFFER_PRICE = "offer price";
  /** "Earned $6.12 a share": a profit per share. */
  private static final Set<String> EARNING = Set.of("earn");
  static final String EARNINGS_PER_SHARE = "earnings per share";
  private static final Set<String> BUYING = Set.of("offer", "bid", "pay", "buy", "acquire",
      "acquisition", "purchase", "takeover", "buyout", "tender", "receive");
  /**
   * Shares and stock: what trades, so a price of theirs is the market's. Whatever the tag: "Hess
   * shares rose" is often tagged a verb.
   */
  private static final Set<String> TRADED = Set.of("share", "stock");
  /** A per-share amount of earnings is no price: "accretive to earnings by $0.40 per share". */
  private static final Set<String> NOT_PAID = Set.of("earning", "earnings", "accretive",
      "dilutive", "accretion", "dilution");
  private static final Set<String> DEAL_AFTER_ENDS = Set.of("for", ",", ";");
  /**
   * Words of a takeover whatever follows them ("the deal, at $253 a share", "the deal is valued
   * at $40 per share"); "pay", "buy", "purchase" and "receive" need a name bought or a deal after
   * the amount ("shareholders will receive $40 per share in cash under the deal").
   * Valuing a named company is not enough: "Jefferies values Nvidia at $1,000 a share".
   */
  private static final Set<String> TAKEOVER = Set.of("offer", "bid", "acquire", "acquisition",
      "takeover", "buyout", "tender", "deal", "transaction", "merger");
  /** What a company pays its own shareholders per share: no offer for them. */
  private static final Set<String> PAYOUTS = Set.of("dividend", "payout", "coupon",
      "distribution", "buyback");
  private static final Set<String> TRADING = Set.of("trade", "close", "end", "open", "finish",
      "rise", "fall", "jump", "drop", "climb", "slide", "sink", "soar", "surge", "gain");

  /**
   * "Its first major hardware reveal in over eight years", "the first reduction in more than four
   * years", "the largest oil-and-gas deal in two decades": how long it has been since the last
   * such thing, or since a larger one, not how long anything lasted; so is "a 22-year high".
   */
  Optional<Match> sinceLast(SentenceView view, ClaimKind kind, int first, int last) {
    if (kind == ClaimKind.DURATION && last + 1 < view.tokens().size()
        && EXTREMES.contains(view.lower(last + 1))
        && (last + 2 == view.tokens().size() || !view.lower(last + 2).equals("-"))) {
      // "rates at a 22-year high": the highest in 22 years; not "a 10-year low-interest loan"
      return attributes.ofNoun(Subject.TIME_SINCE, kind).map(c -> new Match(c, last + 1, last + 2));
    }
    int in = first - 1;
    while (in > 0 && HEDGE_WORDS.contains(view.lower(in))) {
      in--;
    }
    if (kind != ClaimKind.DURATION || in < 1 || !view.lower(in).equals("in")) {
      return Optional.empty();
    }
    // "first" opens the noun group "in" follows, a noun between: "its first major hardware
    // reveal in", "the first decrease in these deaths in"; not "the first phase will be
    // completed in" nor "crossed the line first in". "The first time ... in" is always one.
    boolean noun = false;
    boolean verb = false;
    for (int k = in - 1; k >= Math.max(0, in - SINCE_LAST_REACH); k--) {
      if (isFirstOrSuperlative(view, k) && noun
          && (!verb || view.lower(k + 1).equals("time"))
          && (view.lower(k).equals("first") || LONG_UNITS.contains(lemma(view, last)))) {
        // after a superlative only months and years: "the most rain in 48 hours" is a window
        int at = in;
        return attributes.ofNoun(Subject.TIME_SINCE, kind).map(c -> new Match(c, at, at + 1));
      }
      String tag = view.tokens().get(k).tag();
      if (tag.equals("PUNCT") && !view.lower(k).equals("-")) { // "oil-and-gas deal" is one noun
        return Optional.empty();
      }
      verb |= !NOUN_GROUP.contains(tag);
      noun |= tag.equals("NOUN");
    }
    return Optional.empty();
  }

  /**
   * "first", "most" and superlatives: adjectives ending in "-est" but "honest" and "modest", and
   * the common ones the tagger takes for nouns ("their steepest/NOUN weekly decline").
   */
  private static boolean isFirstOrSuperlative(SentenceView view, int k) {
    String word = view.lower(k);
    return word.equals("first") || word.equals("most") || SUPERLATIVES.contains(word)
        || (word.endsWith("est") && view.tokens().get(k).tag().equals("ADJ")
            && !NOT_SUPERLATIVE.contains(word));
  }

  private static final Set<String> EXTREMES = Set.of("high", "low", "peak", "highs", "lows");
  private static final Set<String> SUPERLATIVES = Set.of("largest", "biggest", "highest",
      "lowest", "best", "worst", "deadliest", "steepest", "sharpest", "strongest", "weakest");
  private static final Set<String> NOT_SUPERLATIVE =
      Set.of("honest", "modest", "earnest", "manifest", "west", "latest");
  private static final Set<String> LONG_UNITS =
      Set.of("month", "year", "decade", "century", "generation");

  private static final Set<String> NOUN_GROUP =
      Set.of("NOUN", "ADJ", "PROPN", "ADV", "DET", "ADP", "NUM", "CCONJ", "PUNCT");

  private static final Set<String> HEDGE_WORDS = Set.of("over", "more", "than", "nearly",
      "almost", "about", "around", "roughly", "just", "some", "least", "at");
  private static final int SINCE_LAST_REACH = 12;

  /**
   * "Including debt, Exxon is committing about $64.5 billion to the acquisition": an amount the
   * clause says includes debt is an enterprise value, whatever it is committed to.
   */
  Optional<Match> withDebt(SentenceView view, ClaimKind kind, int first, int last) {
    if (kind != ClaimKind.MONEY) {
      return Optional.empty();
    }
    int after = last + 1 < view.tokens().size() && view.lower(last + 1).equals(",")
        ? last + 2 : last + 1;
    int debtEnd = includesDebt(view, after);
    if (debtEnd >= 0) {
      return enterpriseValue(after, debtEnd);
    }
    // "Including debt, Exxon is committing about $64.5 billion": no other number between
    for (int i = first - 1; i >= Math.max(0, first - DEBT_REACH); i--) {
      if (view.tokens().get(i).tag().equals("NUM")) {
        break;
      }
      int end = includesDebt(view, i);
      if (end >= 0) {
        return enterpriseValue(i, end);
      }
      int taker = debtTaker(view, i);
      if (taker >= 0 && reachedTotal(view, first)) {
        return enterpriseValue(taker, i + 1);
      }
    }
    return Optional.empty();
  }

  /**
   * The verb that takes on the debt at {@code debt}, or -1, when a clause that sums it up follows:
   * "Mars would also take on Kellanova's outstanding debt, bringing the agreement's total value to
   * $35.9 billion", "will also assume the US firm's debt, taking the total deal to $14.9 billion".
   */
  private static int debtTaker(SentenceView view, int debt) {
    if (!view.lower(debt).equals("debt") || debt + 2 >= view.tokens().size()
        || !view.lower(debt + 1).equals(",") || !SUMMING.contains(view.lower(debt + 2))) {
      return -1; // "took on debt of $2 billion" is the debt; "debt, which stood at" too
    }
    for (int k = debt - 1; k >= Math.max(0, debt - DEBT_TAKER_REACH); k--) {
      String lemma = lemma(view, k);
      if (lemma.equals("assume") || (lemma.equals("take") && view.lower(k + 1).equals("on"))) {
        return k;
      }
    }
    return -1;
  }

  private static final int DEBT_TAKER_REACH = 6;
  /** Participles that sum a deal up after its debt: "bringing the total value to". */
  private static final Set<String> SUMMING = Set.of("bringing", "taking", "valuing", "putting",
      "lifting", "pushing", "raising");

  /** "... to about $35.9 billion", "... at $14.9 billion": what the summing clause reaches. */
  private static boolean reachedTotal(SentenceView view, int first) {
    int k = first - 1;
    while (k >= 0 && !REACHING.contains(view.lower(k))
        && HEDGE_TAGS.contains(view.tokens().get(k).tag())) {
      k--;
    }
    return k >= 0 && REACHING.contains(view.lower(k));
  }

  private static final Set<String> REACHING = Set.of("to", "at");

  /** The token after "including debt" or "including net debt" starting at {@code i}, or -1. */
  private static int includesDebt(SentenceView view, int i) {
    int debt = i + 1 < view.tokens().size() && view.lower(i + 1).equals("net") ? i + 2 : i + 1;
    return debt < view.tokens().size() && view.lower(i).equals("including")
        && view.lower(debt).equals("debt") ? debt + 1 : -1;
  }

  private Optional<Match> enterpriseValue(int from, int to) {
    return attributes.ofNoun(ENTERPRISE_VALUE, ClaimKind.MONEY).map(c -> new Match(c, from, to));
  }

  private static final int DEBT_REACH = 12;
  private static final String ENTERPRISE_VALUE = "enterprise value";

  /**
   * "Prosecutors had sought a sentence of as much as 50 years": a sentence one side asks for is
   * its request, not the sentence imposed.
   */
  Match requestOf(SentenceView view, Match measured) {
    int i = measured.from() - 1;
    while (i > 0 && MODIFIER_TAGS.contains(view.tokens().get(i).tag())) {
      i--;
    }
    if (i < 0 || !measured.concept().name().equals(SENTENCE)
        || !ASKING.contains(lemma(view, i))) {
      return measured;
    }
    int verb = i;
    return attributes.ofNoun(REQUEST, ClaimKind.DURATION).map(c -> new Match(c, verb, verb + 1))
        .orElse(measured);
  }

  private static final String SENTENCE = "sentence";
  private static final String REQUEST = "request";
  private static final Set<String> ASKING = Set.of("seek", "sought", "recommend", "ask",
      "demand", "request", "urge", "want");

  /**
   * "Wall Street analysts expecting adjusted earnings per share of 75 cents and revenue of $33.17
   * billion": what analysts expect is an estimate, not the figure it is measured against.
   */
  private Optional<Match> expectedByAnalysts(SentenceView view, ClaimKind kind, Match measured) {
    for (int k = measured.from() - 1; k > 0 && measured.from() - k <= EXPECTED_REACH; k--) {
      if (CLAUSE_ENDS.contains(view.lower(k))) {
        return Optional.empty(); // "..., but Acme reported revenue of $6 billion"
      }
      // "analysts expect", "analysts were expecting"
      int who = k > 1 && view.tokens().get(k - 1).tag().equals("AUX") ? k - 2 : k - 1;
      if (EXPECTING.contains(lemma(view, k))
          && (FORECASTERS.contains(lemma(view, who)) || ownForecast(view, k, measured.from()))) {
        int verb = k;
        return view.attributeAt(attributes, verb, kind)
            .filter(m -> m.concept().name().equals(ESTIMATE));
      }
    }
    return Optional.empty();
  }

  private static final int EXPECTED_REACH = 14;

  /**
   * "Nvidia expects revenue of $28 billion", "the ministry expects the deficit to narrow to 3.1%":
   * what a company or a government expects of a measure it will report is its forecast, an
   * estimate as its "guidance of $28 billion" is, and no figure it reported. Not a plan ("expects
   * to spend $3 billion"), nor what "had expected" sets a figure against.
   */
  private static boolean ownForecast(SentenceView view, int verb, int measure) {
    String before = verb == 0 ? "" : view.lower(verb - 1);
    boolean passive = BE.contains(before) && !view.lower(verb).endsWith("ing");
    return measure - verb <= OWN_FORECAST_REACH && view.tokens().get(verb).isVerb()
        && !view.lower(verb + 1).equals("to") && !before.equals("had") && !passive;
  }

  private static final int OWN_FORECAST_REACH = 4;
  /** "Is expected to employ" states a plan, as "will employ" does; "is guiding for" forecasts. */
  private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");

  private static String lemma(SentenceView view, int i) {
    return view.tokens().get(i).lemma().toLowerCase(Locale.ROOT);
  }
  /** Not "estimate": "analysts estimate the stoppage costs €15 million" is the cost itself. */
  private static final Set<String> EXPECTING = Set.of("expect", "forecast", "predict",
      "anticipate", "guide");
  private static final Set<String> FORECASTERS = Set.of("analyst", "economist", "forecaster",
      "strategist", "investor", "trader");

  /**
   * "A year", "per season", "every week", "annually": the amount after {@code last} is a rate per
   * period, which ends (exclusive) where this returns; -1 when none follows. Not "a year earlier",
   * a scope.
   */
  private static int periodEnd(SentenceView view, int last) {
    if (last + 1 < view.tokens().size() && PERIODICALLY.contains(view.lower(last + 1))) {
      return last + 2;
    }
    boolean per = last + 2 < view.tokens().size() && PER.contains(view.lower(last + 1))
        && PERIODS.contains(view.lower(last + 2))
        && (last + 3 == view.tokens().size() || !SCOPES.contains(view.lower(last + 3)));
    return per ? last + 3 : -1;
  }

  /**
   * "Earn £40 million annually from the sponsorship", "earn $3 million a year in interest": what
   * the period's amount comes from names an income, not pay; "in wages" names pay.
   */
  private static boolean earnedFromSomething(SentenceView view, int end) {
    int size = view.tokens().size();
    if (end >= size) {
      return false;
    }
    String next = view.lower(end);
    return next.equals("from")
        || (next.equals("in") && (end + 1 >= size || !PAY_WORDS.contains(lemma(view, end + 1))));
  }

  private static final Set<String> PAY_WORDS =
      Set.of("wage", "salary", "pay", "bonus", "compensation", "earnings");

  /**
   * "About 70 km south-west of Marsk", "5 km away": a length followed by a direction is a
   * distance, whatever the sentence measures before it ("at a depth of 18 kilometres").
   */
  Optional<Match> distance(SentenceView view, Mention mention, int last) {
    if (!mention.unit().base().equals(METRE) || last + 1 >= view.tokens().size()) {
      return Optional.empty();
    }
    int after = last + 1;
    if (view.lower(after).equals("(")) { // "71 kilometers (44 miles) southwest of Marrakesh"
      while (after < view.tokens().size() - 1 && !view.lower(after).equals(")")) {
        after++;
      }
      after++;
    }
    if (after >= view.tokens().size()) {
      return Optional.empty();
    }
    String next = view.lower(after);
    int at = after;
    String concept = DIRECTIONS.contains(next) ? DISTANCE : DOWNWARDS.contains(next) ? DEPTH : null;
    return concept == null ? Optional.empty()
        : attributes.ofNoun(concept, ClaimKind.COUNT).map(c -> new Match(c, at, at + 1));
  }

  /**
   * "The 289 seats needed for a majority", "short of the 289 seats required to control the
   * assembly", "needs at least 51 seats", "the halfway mark of 272 seats", "the critical threshold
   * of 200 degrees": a bar to reach, which nobody's count is; it would otherwise meet the seats of
   * every party.
   */
  Optional<Match> threshold(SentenceView view, int first, int last) {
    List<Token> tokens = view.tokens();
    int after = last + 1;
    if (after + 1 < tokens.size() && (view.lower(after).equals("are")
        || view.lower(after).equals("is"))) {
      after++;
    }
    int at;
    if (after < tokens.size() && NEEDED.contains(view.lower(after))
        && (after + 1 == tokens.size() || NEED_ENDS.contains(view.lower(after + 1)))) {
      at = after; // "289 seats needed to control"
    } else if (first >= 2 && view.lower(first - 1).equals("of")
        && THRESHOLDS.contains(lemma(view, first - 2))) {
      at = first - 2; // "the halfway mark of 272 seats"
    } else if (!shortfall(view, first, last)) {
      at = neededBefore(view, first); // "needs at least 51 seats"
    } else {
      at = -1;
    }
    return at < 0 ? Optional.empty() : attributes.ofNoun(MAJORITY_MARK, ClaimKind.COUNT)
        .map(c -> new Match(c, at, at + 1));
  }

  /**
   * The verb of needing before a count, past "a majority of": "needs at least 51 seats", "needs a
   * majority of 326 seats to govern"; or -1.
   */
  private static int neededBefore(SentenceView view, int first) {
    for (int k = first - 1; k >= Math.max(0, first - 4); k--) {
      if (NEEDING.contains(lemma(view, k)) && view.tokens().get(k).isVerb()) {
        return k;
      }
      if (!MAJORITY_WORDS.contains(view.lower(k))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "Hospitals need 300 more nurses", "needs 51 more seats to govern": what is missing is no bar to
   * reach.
   */
  private static boolean shortfall(SentenceView view, int first, int last) {
    for (int k = first; k <= Math.min(last + 1, view.tokens().size() - 1); k++) {
      if (SHORTFALL_WORDS.contains(view.lower(k))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> SHORTFALL_WORDS = Set.of("more", "additional", "extra",
      "another", "further");
  private static final Set<String> NEEDING = Set.of("need", "require");
  private static final Set<String> MAJORITY_WORDS = Set.of("a", "an", "the", "majority", "of",
      "absolute", "outright", "simple", "just", "only");

  /** A lexicon term of {@link Subject#THRESHOLD}. */
  private static final String MAJORITY_MARK = "majority mark";
  private static final Set<String> NEEDED = Set.of("needed", "required", "necessary");
  /** After "needed": a purpose, not an object ("1,200 people needed hospital treatment"). */
  private static final Set<String> NEED_ENDS = Set.of("to", "for", ".", ",", ";");
  /** "The halfway mark of 272 seats"; not "a majority of 174", a margin in British usage. */
  private static final Set<String> THRESHOLDS = Set.of("mark", "threshold");

  /**
   * "All 62 passengers and crew on board ... were killed", "6 construction workers have not been
   * found and are presumed dead", "two workers ... were rescued": what the clause says befell
   * those counted names them, whatever words stand between. The first such word wins; another
   * number or clause ends the search.
   */
  Optional<Match> fate(SentenceView view, int first, int last) {
    if (first >= 3 && view.lower(first - 1).equals("the") && view.lower(first - 2).equals("of")
        && view.tokens().get(first - 3).tag().equals("NUM")
        || first >= 2 && view.lower(first - 1).equals("of")
        && view.tokens().get(first - 2).tag().equals("NUM")) {
      return Optional.empty(); // "179 of the 181 people on board perished": 181 were aboard
    }
    Optional<Match> cutOff = powerCutTo(view, first);
    if (cutOff.isPresent()) {
      return cutOff;
    }
    int whole = wholeAfter(view, last);
    for (int k = last + 1; k < Math.min(view.tokens().size(), last + FATE_REACH); k++) {
      String w = view.lower(k);
      boolean otherCount = k != whole && view.tokens().get(k).tag().equals("NUM")
          && k + 1 < view.tokens().size()
          && view.tokens().get(k + 1).isNoun(); // "after 5 people died", not "flight 417 were"
      if (CLAUSE_ENDS.contains(w) || otherCount) {
        return Optional.empty();
      }
      String concept = INTRANSITIVE.contains(w) || (k > 0 && STATES.contains(view.lower(k - 1)))
          ? FATES.get(w) : null; // not "detained 12 men suspected of having killed the officer"
      if (concept != null && k + 1 < view.tokens().size()
          && view.tokens().get(k + 1).tag().equals("NUM")) {
        return Optional.empty(); // "infected 4,312 people and killed 58": 58 are the dead
      }
      if (concept != null) {
        int at = k;
        String named = concept.equals(DEATH_TOLL) && injuredToo(view, k) ? CASUALTIES : concept;
        return attributes.ofNoun(named, ClaimKind.COUNT).map(c -> new Match(c, at, at + 1));
      }
      Optional<String> outage = outage(view, k);
      if (outage.isPresent()) {
        int at = k;
        return attributes.ofNoun(outage.get(), ClaimKind.COUNT)
            .map(c -> new Match(c, at, at + 2));
      }
    }
    return Optional.empty();
  }

  /**
   * "2.2 million customers were without power", "33,000 homes lost power": an outage befell those
   * counted, whatever the count's noun names otherwise (customers are users).
   */
  private static Optional<String> outage(SentenceView view, int k) {
    if (k + 1 >= view.tokens().size() || !WITHOUT.contains(view.lower(k))) {
      return Optional.empty();
    }
    String what = view.lower(k + 1);
    return POWER.contains(what) ? Optional.of(POWER_OUTAGE)
        : what.equals("water") ? Optional.of(WATER_OUTAGE) : Optional.empty();
  }

  /**
   * "Beryl knocked out power to 2.2 million customers", "cut electricity to 300,000 homes": an
   * outage named before those counted; not "restored power to", which ends one.
   */
  private Optional<Match> powerCutTo(SentenceView view, int first) {
    int to = first - 1;
    while (to > 0 && HEDGE_WORDS.contains(view.lower(to))) {
      to--;
    }
    if (to < 2 || !view.lower(to).equals("to") || !POWER.contains(view.lower(to - 1))) {
      return Optional.empty();
    }
    for (int k = to - 2; k >= Math.max(0, to - 4); k--) {
      if (CUTTING.contains(lemma(view, k))) {
        int at = to - 1;
        return attributes.ofNoun(POWER_OUTAGE, ClaimKind.COUNT)
            .map(c -> new Match(c, at, at + 1));
      }
    }
    return Optional.empty();
  }

  private static final Set<String> CUTTING = Set.of("knock", "cut", "lose", "shut");
  private static final Set<String> WITHOUT = Set.of("without", "lost", "lose", "losing");
  private static final Set<String> POWER = Set.of("power", "electricity");
  private static final String POWER_OUTAGE = "power outage";
  private static final String WATER_OUTAGE = "water outage";

  /** The token of the whole in "179 of the 181 people", after the part ending at last; or -1. */
  private static int wholeAfter(SentenceView view, int last) {
    int k = last + 1;
    if (k >= view.tokens().size() || !view.lower(k).equals("of")) {
      return -1;
    }
    k += k + 1 < view.tokens().size() && view.lower(k + 1).equals("the") ? 2 : 1;
    return k < view.tokens().size() && view.tokens().get(k).tag().equals("NUM") ? k : -1;
  }

  /** "Have been killed and injured": the dead and the injured together, neither alone. */
  private static boolean injuredToo(SentenceView view, int fate) {
    if (fate + 2 >= view.tokens().size()
        || !(view.lower(fate + 1).equals("and") || view.lower(fate + 1).equals("or"))) {
      return false;
    }
    int next = fate + 2; // "killed or seriously injured"
    if (next + 1 < view.tokens().size() && view.tokens().get(next).tag().equals("ADV")) {
      next++;
    }
    return "injury".equals(FATES.get(view.lower(next)));
  }

  private static final String DEATH_TOLL = "death toll";
  /** A lexicon term of the casualties. */
  private static final String CASUALTIES = "casualty";
  private static final int FATE_REACH = 12;
  /** What befalls those counted without a verb before it: "62 died", "two survived". */
  private static final Set<String> INTRANSITIVE = Set.of("died", "perished", "survived");
  /** What a word of fate needs before it to say what those counted underwent. */
  private static final Set<String> STATES = Set.of("was", "were", "are", "is", "been", "be",
      "remain", "remains", "remained", "presumed", "feared", "believed", "reported", "confirmed",
      "still");
  private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", "while", "whereas", "but",
      "after", "before", "when", "because", "since", "as");
  private static final Map<String, String> FATES = Map.ofEntries(
      Map.entry("killed", "death toll"), Map.entry("dead", "death toll"),
      Map.entry("died", "death toll"), Map.entry("perished", "death toll"),
      Map.entry("rescued", "survivor"), Map.entry("survived", "survivor"),
      Map.entry("missing", "missing"), Map.entry("injured", "injury"),
      Map.entry("wounded", "injury"), Map.entry("hurt", "injury"),
      Map.entry("trapped", "trapped"), Map.entry("stranded", "stranded"),
      Map.entry("evacuated", "evacuated"));

  /**
   * "About 400 metres underground", "some 350 meters below the surface", "6 miles beneath the
   * earth's surface": a length followed by these is a depth.
   */
  private static final Set<String> DOWNWARDS =
      Set.of("underground", "below", "beneath", "deep", "down", "underwater");
  private static final String DEPTH = "depth";

  /**
   * "Inflation is expected to rise to 2.75%", "economists expect unemployment to reach 4.6%": an
   * estimate is of the measure its clause names, so a bank's inflation and unemployment forecasts
   * are two figures, and neither is the inflation measured. The measure is the lexicon concept
   * nearest the estimate's word within the number's clause; {@code estimate} is returned as it is
   * when the clause names none, or when it is no estimate.
   */
  Match measured(SentenceView view, ClaimKind kind, boolean change, int first, int last,
      Match estimate) {
    if (!estimate.concept().name().equals(ESTIMATE)) {
      return estimate;
    }
    int start = 0;
    int end = view.tokens().size();
    for (int k = 0; k < view.tokens().size(); k++) {
      if (CLAUSE_BREAKS.contains(view.lower(k))) {
        start = k < first ? k + 1 : start;
        end = k > last && end == view.tokens().size() ? k : end;
      }
    }
    Match measure = null;
    int nearest = Integer.MAX_VALUE;
    for (int i = start; i < end; i++) {
      Optional<Match> m = i >= first && i <= last ? Optional.empty()
          : measureAt(view, i, kind, change);
      if (m.isPresent() && !m.get().concept().frame()
          && !m.get().concept().name().equals(ESTIMATE) && !perShareUnit(m.get(), last)) {
        int d = Math.abs(i - estimate.from());
        if (d < nearest) {
          measure = m.get();
          nearest = d;
        }
      }
    }
    return measure == null ? estimate : estimateOf(measure, estimate);
  }

  /** An estimate of {@code measure}, at the words of {@code estimate}: "inflation estimate". */
  private static Match estimateOf(Match measure, Match estimate) {
    return new Match(
        new AttributeLexicon.Concept(measure.concept().name() + " " + ESTIMATE, false),
        estimate.from(), estimate.to());
  }

  /** "Expect revenue to fall 8.3%": a change in percent is of the amount it changes. */
  private Optional<Match> measureAt(SentenceView view, int i, ClaimKind kind, boolean change) {
    Optional<Match> m = view.attributeAt(attributes, i, kind);
    return change ? view.attributeAt(attributes, i, ClaimKind.MONEY).or(() -> m) : m;
  }

  /** "Expected $1.20 a share": the unit after an amount is no measure estimated. */
  private static boolean perShareUnit(Match m, int last) {
    return m.from() > last && m.from() <= last + 2
        && m.concept().name().equals(SubjectAttributor.SHARE_PRICE);
  }

  /** What ends the clause an estimate's measure is looked for in. */
  private static final Set<String> CLAUSE_BREAKS = Set.of(";", "while", "whereas", "but");

  /**
   * "Its forecast for economic growth next year": the figure is a forecast of growth, as in "its
   * 2027 growth forecast", and is no measure of growth itself.
   */
  Match forecastOf(SentenceView view, ClaimKind kind, Match measured) {
    Optional<Match> expected = expectedByAnalysts(view, kind, measured);
    if (expected.isPresent()) {
      return expected.get();
    }
    int i = measured.from() - 1;
    while (i > 0 && MODIFIER_TAGS.contains(view.tokens().get(i).tag())) {
      i--;
    }
    if (i >= 1 && view.lower(i).equals("expected") && view.lower(i - 1).equals("had")) {
      // "economists had expected growth of 0.2%": the consensus the figure is measured against;
      // "the company forecast revenue of $2 billion" is its own figure
      int verb = i;
      return view.attributeAt(attributes, verb, kind)
          .filter(m -> m.concept().name().equals(ESTIMATE) && m.to() == verb + 1)
          .orElse(measured);
    }
    if (i < 1 || !(view.lower(i).equals("for") || view.lower(i).equals("of"))) {
      return measured;
    }
    int preposition = i;
    return view.attributeAt(attributes, preposition - 1, kind)
        .filter(m -> m.concept().name().equals(ESTIMATE) && m.to() == preposition)
        .orElse(measured);
  }
}
