package dev.crosscheck.extract;

import dev.crosscheck.extract.SentenceView.Entity;
import dev.crosscheck.internal.Texts;
import dev.crosscheck.model.Token;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
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
  /** Words that make the number before them an amount of its own. */
  private static final Set<String> AMOUNT_WORDS =
      Set.of("%", "percent", "million", "billion", "trillion");
  private static final Set<String> CLAUSE_JOINS = Set.of("and", "but", "while", "whereas");
  /** Tags of a title before a name: "the Wisconsin milk processor". */
  private static final Set<String> TITLE_TAGS = Set.of("NOUN", "ADJ", "PROPN", "DET");
  /** Tags a noun group is made of, between a possessive and its head. */
  private static final Set<String> NOUN_GROUP_TAGS = Set.of("ADJ", "NUM", "NOUN", "PROPN", "SYM");

  private Holders() {}

  /**
   * The holder of the number at tokens {@code [first, last]} whose attribute starts at {@code
   * anchor}.
   */
  static Optional<Entity> holder(SentenceView view, int first, int last, int anchor) {
    Optional<Entity> respective = respectiveHolder(view, last);
    if (respective.isPresent()) {
      return respective;
    }
    Entity best = null;
    int bestDistance = MAX_HOLDER_DISTANCE + 1;
    for (Entity e : view.entitiesNear(first, anchor)) {
      if (e.appositive()) {
        continue;
      }
      if (e.possessive() && (near(e, first) || near(e, anchor) || heads(view, e, anchor))) {
        return Optional.of(e);
      }
      if (e.to() <= first && view.distance(e.to() - 1, first) < bestDistance) {
        best = e;
        bestDistance = view.distance(e.to() - 1, first);
      }
    }
    if (best != null && coordinatedVerbBetween(view, best.to(), first)) {
      return view.sentenceSubject();
    }
    if (best == null && view.sentenceSubject().filter(e -> e.to() <= first && !e.appositive()).isPresent()) {
      return view.sentenceSubject(); // "Helix Pay, the card company ..., has had its fine cut to"
    }
    if (best == null) {
      return view.entitiesNear(first, first).stream()
          .filter(e -> !e.appositive() && e.from() > first
              && view.distance(first, e.from()) <= SubjectAttributor.MAX_COUNTERPART_DISTANCE)
          .findFirst()
          .filter(e -> !otherPartyAmountBetween(view, last + 1, e.from())
              && !personTelling(view, e)
              && !opensOwnClause(view, e, last + 1));
    }
    if (objectOfVerbOrPreposition(view, best)) {
      Entity object = best;
      Optional<Entity> subject = subjectBefore(view, object)
          .or(() -> view.sentenceSubject())
          .filter(s -> s.to() <= object.from() && !s.name().equals(object.name())
              && !personTelling(view, s));
      if (subject.isPresent()) {
        return subject; // "Pfizer agreed to buy Seagen for $43 billion": Seagen is the counterpart
      }
    }
    return Optional.of(best);
  }

  /**
   * True when an amount of money or a percentage starts in {@code [from, to)}: in "$4.2 billion,
   * above the $4.0 billion Wall Street had pencilled in", Wall Street is the later figure's, not a
   * party to the earlier one.
   */
  static boolean amountBetween(SentenceView view, int from, int to) {
    List<Token> tokens = view.tokens();
    for (int k = from; k < to; k++) {
      String next = k + 1 < tokens.size() ? view.lower(k + 1) : "";
      if (Texts.hasCurrencySign(tokens.get(k).text())
          || (tokens.get(k).tag().equals("NUM") && AMOUNT_WORDS.contains(next))) {
        return true;
      }
    }
    return false;
  }

  /**
   * As {@link #amountBetween}, passing over an amount right after a comma, which modifies the same
   * noun: in "a five-year, $300 billion agreement with Oracle" Oracle is a party of both.
   */
  static boolean otherPartyAmountBetween(SentenceView view, int from, int to) {
    List<Token> tokens = view.tokens();
    int k = from;
    if (k < to && view.lower(k).equals(",")) {
      k++;
      while (k < to && (tokens.get(k).tag().equals("NUM") || tokens.get(k).tag().equals("SYM")
          || Texts.hasCurrencySign(tokens.get(k).text()))) {
        k++;
      }
    }
    return amountBetween(view, k, to);
  }

  /** True when token {@code i} follows an amount, perhaps after "a" or "per": "$1.48 a share". */
  static boolean followsAmount(SentenceView view, int i) {
    return closesAmount(view, i - 1)
        || (PER.contains(i > 0 ? view.lower(i - 1) : "") && closesAmount(view, i - 2));
  }

  private static final Set<String> PER = Set.of("a", "an", "per", "each");

  /** True when token {@code k} ends an amount: "1.48" in "$1.48 a share", "billion". */
  private static boolean closesAmount(SentenceView view, int k) {
    if (k < 0) {
      return false;
    }
    Token t = view.tokens().get(k);
    return (t.tag().equals("NUM") && (Texts.hasCurrencySign(t.text())
            || (k > 0 && Texts.hasCurrencySign(view.tokens().get(k - 1).text()))))
        || (AMOUNT_WORDS.contains(view.lower(k)) && k > 0
            && view.tokens().get(k - 1).tag().equals("NUM"));
  }

  /**
   * "..., Development Minister Piotr Nowak told reporters": a person named after a figure tells
   * it. A company saying its own figure ("revenue rose to $90 million, Renven said") holds it.
   */
  static boolean personTelling(SentenceView view, Entity e) {
    List<Token> tokens = view.tokens();
    if (e.to() >= tokens.size() || !TELLING.contains(tokens.get(e.to()).lemma())) {
      return false;
    }
    for (int k = Math.max(0, e.from() - 2); k < e.to(); k++) {
      if (PERSONAL_TITLES.contains(view.lower(k))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> TELLING = Set.of("say", "tell", "add", "note", "told", "said");
  private static final Set<String> PERSONAL_TITLES = Set.of("minister", "president", "chief",
      "executive", "secretary", "governor", "mayor", "chairman", "chairwoman", "director",
      "spokesman", "spokeswoman", "spokesperson", "officer", "commissioner", "senator", "analyst",
      "economist", "official", "ceo", "cfo", "manager");

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
  private static boolean opensClause(SentenceView view, Entity e) {
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

  /**
   * "Nvidia and Microsoft plan to invest up to $10 billion and $5 billion respectively": the n-th
   * amount of a list that "respectively" closes belongs to the n-th of the names listed before it.
   */
  private static Optional<Entity> respectiveHolder(SentenceView view, int last) {
    int[] list = respectiveList(view, last);
    if (list.length == 0) {
      return Optional.empty();
    }
    List<Token> tokens = view.tokens();
    int amounts = 0;
    int index = -1;
    for (int k = list[0]; k < list[1]; k++) {
      boolean startsAmount = Texts.hasCurrencySign(tokens.get(k).text())
          || (tokens.get(k).tag().equals("NUM") && !closesAmount(view, k - 1)
              && !(k > 0 && Texts.hasCurrencySign(tokens.get(k - 1).text())));
      if (startsAmount) {
        amounts++;
        index = k <= last ? amounts - 1 : index;
      }
    }
    List<Entity> listed = respectiveNames(view, last);
    return amounts == listed.size() && index >= 0
        ? Optional.of(listed.get(index)) : Optional.empty();
  }

  /** The names a "respectively" list of amounts around {@code last} is spread over, or none. */
  static List<Entity> respectiveNames(SentenceView view, int last) {
    int[] list = respectiveList(view, last);
    List<Entity> listed = list.length == 0 ? List.of() : namesListedBefore(view, list[0]);
    return listed.size() > 1 ? listed : List.of();
  }

  /**
   * The first token after the figure at {@code last}, or after the "respectively" list it belongs
   * to: "$10 billion and $5 billion respectively in Anthropic" is about Anthropic, each of them.
   */
  static int afterFigure(SentenceView view, int last) {
    int[] list = respectiveList(view, last);
    return list.length == 0 ? last + 1 : list[1];
  }

  /**
   * The tokens {@code [start, end)} of the list of amounts around {@code last} when
   * "respectively" closes it, else an empty array.
   */
  private static int[] respectiveList(SentenceView view, int last) {
    int end = last + 1;
    while (end < view.tokens().size() && inAmountList(view, end)) {
      end++;
    }
    if (end >= view.tokens().size() || !view.lower(end).equals("respectively")) {
      return new int[0];
    }
    int start = last;
    while (start > 0 && inAmountList(view, start - 1)) {
      start--;
    }
    return new int[] {start, end};
  }

  /** A token of a list of amounts: numbers, signs, "and", commas and hedges. */
  private static boolean inAmountList(SentenceView view, int k) {
    Token t = view.tokens().get(k);
    return t.tag().equals("NUM") || t.tag().equals("SYM") || Texts.hasCurrencySign(t.text())
        || LIST_WORDS.contains(view.lower(k));
  }

  private static final Set<String> LIST_WORDS = Set.of("and", ",", "%", "percent", "up", "to",
      "about", "some", "roughly", "around", "nearly", "almost", "over", "more", "than");

  /** The names joined by "and" or commas nearest before token {@code before}, in order. */
  private static List<Entity> namesListedBefore(SentenceView view, int before) {
    List<Entity> earlier = view.entities().stream().filter(e -> e.to() <= before).toList();
    Deque<Entity> listed = new ArrayDeque<>();
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Entity e = earlier.get(i);
      if (!listed.isEmpty() && !onlyJoiners(view, e.to(), listed.getFirst().from())) {
        break;
      }
      listed.addFirst(e);
    }
    return List.copyOf(listed);
  }

  private static boolean onlyJoiners(SentenceView view, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!view.lower(k).equals("and") && !view.lower(k).equals(",")) {
        return false;
      }
    }
    return from < to;
  }

  /** The nearest entity before {@code object} that a verb follows: "Microsoft keeps ... OpenAI". */
  private static Optional<Entity> subjectBefore(SentenceView view, Entity object) {
    Entity found = null;
    for (Entity e : view.entitiesNear(object.from(), object.from())) {
      int next = e.to();
      while (next < object.from() && view.tokens().get(next).tag().equals("ADV")) {
        next++;
      }
      if (e.to() <= object.from() && next < object.from() && !e.appositive()
          && !personTelling(view, e)
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
    int k = e.from() - 1;
    while (k > 0 && TITLE_TAGS.contains(view.tokens().get(k).tag())) {
      k--;
    }
    Token before = view.tokens().get(k);
    boolean preposition = before.tag().equals("ADP") || before.tag().equals("PART");
    return before.isVerb() || (preposition && OBJECT_PREPOSITIONS.contains(view.lower(k)));
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
