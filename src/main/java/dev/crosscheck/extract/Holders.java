package dev.crosscheck.extract;

import dev.crosscheck.extract.SentenceView.Entity;
import dev.crosscheck.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds who a number belongs to: a possessive that opens its noun group ("Microsoft's planned
 * investment", "OpenAI's 5-year Oracle cloud deal"), the subject of a coordinated verb phrase
 * ("Microsoft ... and also agreed to invest"), the subject of the verb whose object is the nearest
 * name ("Pfizer agreed to buy Seagen for $43 billion"), or else the nearest name before it.
 * Stateless.
 */
final class Holders {
  /** How far the holder may stand before the number. */
  static final int MAX_HOLDER_DISTANCE = 22;
  /**
   * Prepositions whose object receives the action or is its other side: "invest in", "a deal
   * with", "pays to", "signed Ruiz from Porto Azul".
   */
  private static final Set<String> OBJECT_PREPOSITIONS = Set.of("in", "into", "with", "to", "for", "from");
  private static final Set<String> CLAUSE_JOINS = Set.of("and", "but", "while", "whereas");
  /** Tags of a title before a name: "the Wisconsin milk processor". */
  private static final Set<String> TITLE_TAGS = Set.of("NOUN", "ADJ", "PROPN", "DET");
  /** Tags a noun group is made of, between a possessive and its head. */
  private static final Set<String> NOUN_GROUP_TAGS = Set.of("ADJ", "NUM", "NOUN", "PROPN", "SYM");

  private Holders() {}

  /**
   * True when {@code e} is named in an "including" or "such as" phrase after the figure ending at
   * token {@code last}: "129 people, including Jajarkot's deputy mayor, have died" names one of
   * those counted, who holds no figure of theirs; nor is "$5 billion, including $1 billion from
   * Microsoft" Microsoft's.
   */
  static boolean includedAfter(SentenceView view, int last, Entity e) {
    for (int k = last + 1; k < e.from(); k++) {
      String w = view.lower(k);
      if (w.equals("including") || w.equals("includes") || w.equals("among")
          || (w.equals("such") && k + 1 < e.from() && view.lower(k + 1).equals("as"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The holder of the number at tokens {@code [first, last]} whose attribute starts at {@code
   * anchor}.
   */
  static Optional<Entity> holder(SentenceView view, int first, int last, int anchor) {
    Optional<Entity> respective = Respectively.holder(view, last);
    if (respective.isPresent()) {
      return respective;
    }
    Optional<Entity> setter = setBy(view, last).or(() -> payerAfter(view, last))
        .or(() -> placeOfDeaths(view, first, last));
    if (setter.isPresent()) {
      return setter;
    }
    Entity best = null;
    int bestDistance = MAX_HOLDER_DISTANCE + 1;
    for (Entity e : view.entitiesNear(first, anchor)) {
      if (e.appositive() || reportingBody(view, e) || comparedWith(view, e)
          || citedSource(view, e)
          || (e.to() <= first && personTelling(view, e) && reports(view, e.to(), first))) {
        continue; // "Maui Mayor Richard Bissen told reporters that about 60% of ..."
      }
      if (e.possessive() && (near(e, first) || near(e, anchor) || heads(view, e, anchor))) {
        return Optional.of(e);
      }
      if (e.to() <= first && view.distance(e.to() - 1, first) < bestDistance) {
        best = e;
        bestDistance = view.distance(e.to() - 1, first);
      }
    }
    if (best != null && (coordinatedVerbBetween(view, best.to(), first)
        || interrupts(view, best, first) || inRelativeAside(view, best, first))) {
      return view.sentenceSubject();
    }
    best = best == null ? null : ownerOf(view, best);
    if (best == null && view.sentenceSubject()
        .filter(e -> e.to() <= first && !e.appositive() && !personTelling(view, e)
            && !citedSource(view, e)).isPresent()) {
      return view.sentenceSubject(); // "Helix Pay, the card company ..., has had its fine cut to"
    }
    if (best == null) {
      // "the record of 12 years and $426.5 million set by Mike Trout": both figures are his
      int after = Amounts.pastJoinedAmount(view, last + 1);
      return view.entitiesNear(first, first).stream()
          .filter(e -> !e.appositive() && e.from() > first
              && view.distance(first, e.from()) <= SubjectAttributor.MAX_COUNTERPART_DISTANCE)
          .findFirst()
          .filter(e -> !Amounts.otherPartyAmountBetween(view, Math.min(after, e.from()), e.from())
              && !Amounts.numberBetween(view, Math.min(after, e.from()), e.from())
              && !personTelling(view, e)
              && !reportingBody(view, e)
              && !citedSource(view, e)
              && !includedAfter(view, last, e)
              && !opensOwnClause(view, e, last + 1));
    }
    if (objectOfVerbOrPreposition(view, best)
        && !OBJECT_HOLDS.contains(view.lower(wordBefore(view, best)))
        && !opensRelativeClause(view, best, first)) {
      Entity object = best;
      Optional<Entity> subject = subjectBefore(view, object)
          .or(() -> view.sentenceSubject())
          .filter(s -> s.to() <= object.from() && !s.name().equals(object.name())
              && !personTelling(view, s) && !citedSource(view, s));
      if (subject.isPresent()) {
        return subject; // "Pfizer agreed to buy Seagen for $43 billion": Seagen is the counterpart
      }
    }
    return Optional.of(best);
  }

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its");

  /**
   * "Surpassed the $146.6 million opening weekend record set by The Super Mario Bros. Movie": a
   * record belongs to whoever set or held it, named after "set by", whoever beat it; not a figure
   * before another one, which is the beater's.
   */
  static Optional<Entity> setBy(SentenceView view, int last) {
    int size = view.tokens().size();
    for (int k = Amounts.pastJoinedAmount(view, last + 1);
        k + 2 < size && k <= last + SET_BY_REACH; k++) {
      String w = view.lower(k);
      if (w.equals(",") || w.equals(";") || view.tokens().get(k).tag().equals("NUM")) {
        return Optional.empty(); // "Barbie's $162 million beat the $146.6 million record set by"
      }
      if (SETTING.contains(w) && view.lower(k + 1).equals("by") && k > 0
          && RECORDS.contains(view.lower(k - 1))) {
        int from = k + 2;
        return view.entitiesNear(from, from).stream()
            .filter(e -> e.from() >= from && e.from() <= from + SETTER_REACH)
            .findFirst();
      }
    }
    return Optional.empty();
  }

  /**
   * "Eclipsing the £100m Manchester City paid to sign Jack Grealish", "the £100m fee City paid":
   * an amount that a name right after it paid, spent or offered is that name's.
   */
  private static Optional<Entity> payerAfter(SentenceView view, int last) {
    int k = last + 1;
    if (k < view.tokens().size() && view.tokens().get(k).isNoun()
        && !view.tokens().get(k).isProperNoun()) {
      k++; // "the £100m fee City paid"
    }
    int at = k;
    return view.entitiesNear(at, at).stream()
        .filter(e -> e.from() == at && e.to() < view.tokens().size()
            && PAYING.contains(view.lower(e.to())))
        .findFirst();
  }

  /**
   * "Outstripping Sergio Massa, who garnered 44.2%": a figure in a relative clause that opens
   * right after a name is that name's, even when the name is another verb's object.
   */
  private static boolean opensRelativeClause(SentenceView view, Entity e, int first) {
    int pronoun = e.to() < first && view.lower(e.to()).equals(",") ? e.to() + 1 : e.to();
    return pronoun < first && RELATIVE_PRONOUNS.contains(view.lower(pronoun))
        && view.entitiesNear(pronoun, first).stream()
            .noneMatch(o -> o.from() > pronoun && o.from() < first);
  }

  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "whose");

  /**
   * "At least 3,162 have been killed in Syria", "while 2,992 people died in Syria": a toll belongs
   * to the place its dead died in, named after the figure, not to a country named earlier in the
   * sentence. Also "and 2,992 in Syria" after a verb of dying.
   */
  private static Optional<Entity> placeOfDeaths(SentenceView view, int first, int last) {
    int size = view.tokens().size();
    int k = last + 1;
    while (k < size && k <= last + 4 && DEATH_FILLERS.contains(view.lower(k))) {
      k++;
    }
    boolean verb =
        k < size && DYING.contains(view.tokens().get(k).lemma().toLowerCase(Locale.ROOT));
    if (verb) {
      k++;
    } else if (k != last + 1 || !view.tokens().get(last).tag().equals("NUM")
        || !dyingBefore(view, first)) {
      return Optional.empty(); // "and 2,992 in Syria", not "2 million cars in China"
    }
    if (k + 1 >= size || !view.lower(k).equals("in")) {
      return Optional.empty();
    }
    int at = k + 1;
    // not "were killed in Israel's strikes": who killed them
    return view.entitiesNear(at, at).stream().filter(e -> e.from() == at && !e.possessive())
        .findFirst();
  }

  /** A verb of dying before the figure: "12,391 people had died in Turkey and 2,992 in Syria". */
  private static boolean dyingBefore(SentenceView view, int first) {
    for (int k = 0; k < first; k++) {
      Token t = view.tokens().get(k);
      if (t.isVerb() && DYING.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> DYING = Set.of("die", "kill", "perish", "dead", "died",
      "killed");
  /** What stands between a toll and its verb: "3,162 people have been killed". */
  private static final Set<String> DEATH_FILLERS = Set.of("people", "persons", "residents",
      "have", "has", "had", "were", "was", "are", "is", "been", "now", "reportedly");

  /** Who paid: "the £100m Aston Villa received" names the other side, not the holder. */
  private static final Set<String> PAYING = Set.of("paid", "spent", "offered", "pays", "spends",
      "offers");

  private static final int SET_BY_REACH = 8;
  private static final int SETTER_REACH = 3;
  private static final Set<String> SETTING = Set.of("set", "held", "established");
  /** What "set by" gives a holder: not "a $13 billion fine set by the European Commission". */
  private static final Set<String> RECORDS = Set.of("record", "mark", "best", "high", "benchmark");

  /**
   * "Cisco will pay $157 a share for Splunk, a 31% premium over the company's closing price of
   * $119.59": a premium is paid over the target's price, so "its" or "the company's" there is
   * the other party's, not the buyer's. {@code anchor} starts the price's attribute.
   */
  static boolean targetsPrice(SentenceView view, int anchor) {
    int k = anchor - 1;
    if (k >= 0 && view.tokens().get(k).tag().equals("ADJ")) {
      k--; // "its last closing price"
    }
    if (k < 0) {
      return false;
    }
    String word = view.lower(k).replace('\u2019', '\'');
    int noun = word.equals("'s") ? k - 1 : k; // "company 's" or "company's"
    String owner = word.equals("'s") && noun >= 0 ? view.lower(noun)
        : word.endsWith("'s") ? word.substring(0, word.length() - 2) : "";
    if (TARGET_NOUNS.contains(owner) && noun >= 1 && view.lower(noun - 1).equals("the")) {
      k = noun - 1;
    } else if (!word.equals("its")) {
      return false;
    }
    return k >= 2 && PREMIUM_OVER.contains(view.lower(k - 1))
        && view.lower(k - 2).equals("premium");
  }

  private static final Set<String> TARGET_NOUNS = Set.of("company", "firm", "target", "group");
  private static final Set<String> PREMIUM_OVER = Set.of("over", "to", "above", "on");

  /** Verbs whose object holds the figure: "sentenced Sam Bankman-Fried to 25 years". */
  private static final Set<String> OBJECT_HOLDS = Set.of("sentenced", "fined", "jailed");

  /**
   * True when {@code e} ends a phrase set off by commas after the sentence's subject, whose verb
   * comes next: "Sam Bankman-Fried, the once-revered entrepreneur behind the FTX exchange, has
   * been sentenced to 25 years" sentences the subject, not FTX; "The INDIA bloc, courtesy of ...
   * in West Bengal, has secured 232 seats" is the bloc's.
   */
  private static boolean interrupts(SentenceView view, Entity e, int first) {
    List<Token> tokens = view.tokens();
    int next = e.to();
    while (next < first && tokens.get(next).text().chars().allMatch(Character::isLowerCase)
        && (tokens.get(next).isNoun() || tokens.get(next).tag().equals("ADJ"))) {
      next++; // "behind the bankrupt FTX cryptocurrency exchange, has been"
    }
    if (next + 1 >= first || !view.lower(next).equals(",")) {
      return false;
    }
    Token verb = tokens.get(next + 1);
    Optional<Entity> subject = view.sentenceSubject();
    if (!(verb.isVerb() || verb.tag().equals("AUX")) || subject.isEmpty()
        || subject.get().to() >= e.from()) {
      return false;
    }
    int comma = pastLowerCaseNouns(view, subject.get().to(), e.from());
    return comma < e.from() && view.lower(comma).equals(",");
  }

  /**
   * True when {@code e} stands in a relative clause ({@link #RELATIVES}) set off by commas before
   * the verb of the figure's clause: "The new MK Party, which has turned against the ANC it once led, won 14.6%"
   * is the MK Party's figure, not the ANC's.
   */
  static boolean inRelativeAside(SentenceView view, Entity e, int first) {
    int open = e.from() - 1;
    while (open >= 0 && !view.lower(open).equals(",")) {
      open--;
    }
    if (open < 0 || open + 1 >= e.from() || !RELATIVES.contains(view.lower(open + 1))) {
      return false;
    }
    for (int k = e.to(); k + 1 < first; k++) {
      if (view.lower(k).equals(",")) {
        Token next = view.tokens().get(k + 1);
        return next.isVerb() || next.tag().equals("AUX");
      }
    }
    return false;
  }

  /**
   * The first token from {@code from} on, before {@code limit}, that is no noun in lower case:
   * the comma after "The opposition INDIA bloc", whose name ends before "bloc".
   */
  static int pastLowerCaseNouns(SentenceView view, int from, int limit) {
    int k = from;
    while (k < limit && view.tokens().get(k).isNoun()
        && view.lower(k).equals(view.tokens().get(k).text())) {
      k++;
    }
    return k;
  }

  /**
   * "..., Development Minister Piotr Nowak told reporters": a person named after a figure tells
   * it. A company saying its own figure ("revenue rose to $90 million, Renven said") holds it.
   */
  static boolean personTelling(SentenceView view, Entity e) {
    List<Token> tokens = view.tokens();
    if (e.to() >= tokens.size() || !TELLING.contains(tokens.get(e.to()).lemma())) {
      return saidBy(view, e);
    }
    for (int k = Math.max(0, e.from() - 2); k < e.to(); k++) {
      if (PERSONAL_TITLES.contains(view.lower(k))) {
        return true;
      }
    }
    return false;
  }

  /** True when "that" opens the reported clause between {@code from} and {@code to}. */
  private static boolean reports(SentenceView view, int from, int to) {
    for (int k = from; k < to; k++) {
      if (view.lower(k).equals("that")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "..., said Jon Holden, president of the union": a person named after "said" and before a
   * title tells the figure.
   */
  private static boolean saidBy(SentenceView view, Entity e) {
    if (e.from() == 0 || !TELLING.contains(view.tokens().get(e.from() - 1).lemma())
        || e.to() + 1 >= view.tokens().size() || !view.lower(e.to()).equals(",")) {
      return false;
    }
    int k = e.to() + 1;
    if (DETERMINERS.contains(view.lower(k)) && k + 1 < view.tokens().size()) {
      k++;
    }
    return PERSONAL_TITLES.contains(view.lower(k));
  }

  /**
   * "Compared to Visa, Mastercard and American Express", "larger than Visa": names a figure is
   * measured against do not hold it.
   */
  static boolean comparedWith(SentenceView view, Entity e) {
    List<Token> tokens = view.tokens();
    if (e.to() + 1 < tokens.size() && view.lower(e.to()).equals(",")
        && RELATIVES.contains(view.lower(e.to() + 1))) {
      return false; // "unlike Kestrel, which is worth $5 billion": the clause is Kestrel's
    }
    for (int k = e.from() - 1; k >= Math.max(0, e.from() - COMPARED_REACH); k--) {
      String w = view.lower(k);
      if (w.equals("than") || w.equals("versus") || w.equals("unlike")
          || ((w.equals("to") || w.equals("with")) && k > 0
              && (view.lower(k - 1).equals("compared") || view.lower(k - 1).equals("comparison")))) {
        return true;
      }
      if (!(w.equals(",") || w.equals("and") || w.equals("or") || tokens.get(k).isProperNoun()
          || tokens.get(k).tag().equals("DET"))) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> RELATIVES = Set.of("which", "who", "that", "whose");

  /** Names and commas from "compared to" to the name it lists last. */
  private static final int COMPARED_REACH = 12;

  /**
   * "The economy grew 0.3% ..., the Office for National Statistics said": a body that publishes
   * figures about others tells them; it does not hold them.
   */
  static boolean reportingBody(SentenceView view, Entity e) {
    List<Token> tokens = view.tokens();
    if (e.to() >= tokens.size() || !TELLING.contains(tokens.get(e.to()).lemma())) {
      return false;
    }
    for (String word : e.name().split(" ")) {
      if (REPORTING_BODIES.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> REPORTING_BODIES = Set.of("Statistics", "Bureau", "Office",
      "Survey", "Agency", "Institute", "Administration");

  /**
   * "..., according to analysts at Fjord Securities", "according to a previous report by the
   * Spanish outlet Marca", "the American television station CBS Sports reported": the source a
   * figure is credited to does not hold it.
   */
  static boolean citedSource(SentenceView view, Entity e) {
    for (int k = e.from() - 1; k >= Math.max(0, e.from() - CITED_REACH); k--) {
      String w = view.lower(k);
      if (w.equals(",") || w.equals(";")) {
        return false;
      }
      if (e.from() - k == 1 && (MEDIA.contains(w)
          || (MEDIA_KINDS.contains(w) && k > 0 && MEDIA_OF.contains(view.lower(k - 1))))) {
        return true; // "the Spanish outlet Marca", "the television station CBS Sports"
      }
      if (w.equals("to") && k > 0 && view.lower(k - 1).equals("according")) {
        return true;
      }
    }
    return false;
  }

  /** Words from "according" to the name it cites: "according to a previous report by the". */
  private static final int CITED_REACH = 9;
  /** Kinds of outlet named right before the outlet: "the Spanish outlet Marca". */
  private static final Set<String> MEDIA = Set.of("outlet", "newspaper", "broadcaster",
      "magazine", "tabloid", "website", "newswire");
  /** Kinds of outlet with what they carry: "the news agency AFP", not "the space agency NASA". */
  private static final Set<String> MEDIA_KINDS = Set.of("station", "channel", "agency", "site");
  private static final Set<String> MEDIA_OF = Set.of("news", "television", "tv", "radio", "web");

  private static final Set<String> TELLING = Set.of("say", "tell", "add", "note", "told", "said");
  private static final Set<String> PERSONAL_TITLES = Set.of("minister", "president", "chief",
      "executive", "secretary", "governor", "mayor", "chairman", "chairwoman", "director",
      "spokesman", "spokeswoman", "spokesperson", "officer", "commissioner", "senator", "analyst",
      "economist", "official", "ceo", "cfo", "manager", "gov.", "gov", "sen.", "rep.", "gen.",
      "lt.", "col.", "supt.");

  /**
   * True when {@code e}, after a figure ending before {@code from}, is the subject of a clause of
   * its own: "$800m last year, and SoftBank wrote down" names another actor.
   */
  static boolean opensOwnClause(SentenceView view, Entity e, int from) {
    return opensClause(view, e) && clauseBreak(view, from, e.from());
  }

  /**
   * True when a clause ends in {@code [from, to)}: at ";", "while" or "whereas", or at a comma
   * before "and" or "but". "Microsoft and OpenAI restructured" is one subject, not two clauses.
   */
  static boolean clauseBreak(SentenceView view, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = view.lower(k);
      if (w.equals(";") || w.equals("while") || w.equals("whereas")) {
        return true;
      }
      if (w.equals(",") && k + 1 < to && CLAUSE_JOINS.contains(view.lower(k + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a verb follows {@code e}, adverbs and the names listed with it aside ("Turkey,
   * Greece and Italy have sent"): it is the subject of a clause of its own.
   */
  static boolean opensClause(SentenceView view, Entity e) {
    List<Token> tokens = view.tokens();
    int next = e.to();
    while (next < tokens.size() && (tokens.get(next).tag().equals("ADV")
        || tokens.get(next).isProperNoun() || view.lower(next).equals(",")
        || view.lower(next).equals("and"))) {
      next++;
    }
    return next < tokens.size()
        && (tokens.get(next).isVerb() || tokens.get(next).tag().equals("AUX"));
  }

  /** The nearest entity before {@code object} that a verb follows: "Microsoft keeps ... OpenAI". */
  static Optional<Entity> subjectBefore(SentenceView view, Entity object) {
    Entity found = null;
    for (Entity e : view.entitiesNear(object.from(), object.from())) {
      int next = e.to();
      while (next < object.from() && view.tokens().get(next).tag().equals("ADV")) {
        next++;
      }
      if (e.to() <= object.from() && next < object.from() && !e.appositive()
          && !personTelling(view, e) && !citedSource(view, e)
          && (view.tokens().get(next).isVerb() || view.tokens().get(next).tag().equals("AUX"))) {
        found = e;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * "buy Seagen", "investing in OpenAI", "acquire Wisconsin milk processor Halden Dairy": the
   * entity receives the action, it does not hold it. A title before the name is passed over.
   */
  private static boolean objectOfVerbOrPreposition(SentenceView view, Entity e) {
    if (e.from() == 0 || e.possessive()) {
      return false;
    }
    int k = wordBefore(view, e);
    Token before = view.tokens().get(k);
    boolean preposition = before.tag().equals("ADP") || before.tag().equals("PART");
    return before.isVerb() || (preposition && OBJECT_PREPOSITIONS.contains(view.lower(k)));
  }

  /** The word before {@code e} and the title words before it: "sentenced former FTX chief". */
  private static int wordBefore(SentenceView view, Entity e) {
    int k = e.from() - 1;
    while (k > 0 && TITLE_TAGS.contains(view.tokens().get(k).tag())) {
      k--;
    }
    return k;
  }

  /**
   * The name {@code e} describes after "of": "The Reform Party of Prime Minister Kaja Lind won ...,
   * giving it 38 seats" gives the party the seats, not its leader. Else {@code e}.
   */
  private static Entity ownerOf(SentenceView view, Entity e) {
    if (e.from() < 2 || !view.lower(e.from() - 1).equals("of")) {
      return e;
    }
    for (Entity owner : view.entities()) {
      if (owner.to() == e.from() - 1 && !owner.appositive()) {
        return owner;
      }
    }
    return e;
  }

  /** "OpenAI's 5-year Oracle cloud deal": the possessive opens the noun group of the attribute. */
  private static boolean heads(SentenceView view, Entity e, int anchor) {
    if (e.to() > anchor) {
      return false;
    }
    for (int k = e.to(); k < anchor; k++) {
      String tag = view.tokens().get(k).tag();
      if (!(NOUN_GROUP_TAGS.contains(tag) || view.lower(k).equals("-"))) {
        return false;
      }
    }
    return true;
  }

  private static boolean near(Entity e, int token) {
    return e.to() <= token && token - e.to() <= 2;
  }

  /** ", and also agreed to invest": a verb phrase whose subject is the sentence's subject. */
  private static boolean coordinatedVerbBetween(SentenceView view, int from, int to) {
    List<Token> tokens = view.tokens();
    for (int k = Math.max(from, 1); k < to - 1; k++) {
      if (view.lower(k).equals("and") && tokens.get(k - 1).text().equals(",")) {
        int v = k + 1;
        while (v < to && tokens.get(v).tag().equals("ADV")) {
          v++;
        }
        if (v < to && (tokens.get(v).isVerb() || tokens.get(v).tag().equals("AUX"))) {
          return true;
        }
      }
    }
    return false;
  }
}
