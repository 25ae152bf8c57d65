package dev.crosscheck.extract;

import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Maps the words that name a measured thing to one canonical attribute, per claim kind, from
 * {@code attributes.tsv}. Immutable and thread-safe.
 */
final class AttributeLexicon {
  static final String RESOURCE = "attributes.tsv";
  /** Tokens a phrase may span, a possessive in it included: "share of Microsoft Corp's revenue". */
  private static final int LONGEST_PHRASE = 7;

  /** Possessives that stand where a term has "the" or nothing: "a share of its revenue". */
  static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their", "his", "her", "our");
  private static final String ANY_KIND = "*";

  /** A concept and whether it only frames a claim. */
  record Concept(String name, boolean frame) {}

  /** A concept found at tokens {@code [from, to)}. */
  record Match(Concept concept, int from, int to) {}

  /**
   * Terms by the kind they apply to, {@code ANY_KIND} last: split once, so that a lookup builds no
   * "KIND|term" key (phrase lookups run for every word that starts a term).
   */
  private final Map<String, Map<String, Concept>> byKind;
  private final Map<String, Concept> anyKind;
  /**
   * The first word of every term, so that the many tokens that start none are passed over without
   * building and looking up their phrases.
   */
  private final Set<String> firstWords;

  private AttributeLexicon(Map<String, Concept> entries) {
    Map<String, Map<String, Concept>> split = new HashMap<>();
    entries.forEach((key, concept) -> {
      int bar = key.indexOf('|');
      split.computeIfAbsent(key.substring(0, bar), k -> new HashMap<>())
          .put(key.substring(bar + 1), concept);
    });
    this.anyKind = Map.copyOf(split.getOrDefault(ANY_KIND, Map.of()));
    split.remove(ANY_KIND);
    split.replaceAll((kind, terms) -> Map.copyOf(terms));
    this.byKind = Map.copyOf(split);
    this.firstWords = entries.keySet().stream()
        .map(AttributeLexicon::firstWord)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The first word of an entry's key "KIND|term words/TAG". */
  private static String firstWord(String entryKey) {
    String term = entryKey.substring(entryKey.indexOf('|') + 1);
    int end = term.length();
    for (int i = 0; i < term.length(); i++) {
      if (term.charAt(i) == ' ' || term.charAt(i) == '/') {
        end = i;
        break;
      }
    }
    return term.substring(0, end);
  }

  static AttributeLexicon load() {
    Map<String, Concept> entries = new HashMap<>();
    List<String[]> rows = Lexicons.rows(RESOURCE, 4);
    for (int pass = 0; pass < 2; pass++) {
      for (String[] row : rows) {
        boolean anyKind = row[1].equals(ANY_KIND);
        if ((pass == 0) != anyKind) {
          continue; // kind-specific lines first so that they win
        }
        Concept concept = new Concept(row[0], row[2].equals("frame"));
        for (String kind : row[1].split(",")) {
          for (String term : row[3].split(",")) {
            entries.putIfAbsent(kind.strip() + "|" + key(term.strip()), concept);
          }
        }
      }
    }
    return new AttributeLexicon(entries);
  }

  /** The longest phrase of the lexicon that starts at token {@code i}, for claims of {@code kind}. */
  Optional<Match> at(List<Token> tokens, int i, ClaimKind kind) {
    if (!firstWords.contains(lemma(tokens.get(i))) && !firstWords.contains(word(tokens.get(i)))) {
      return Optional.empty();
    }
    for (int to = Math.min(tokens.size(), i + LONGEST_PHRASE); to > i; to--) {
      Optional<Concept> concept = phrase(tokens, i, to, kind);
      if (concept.isPresent()) {
        return Optional.of(new Match(concept.get(), i, to));
      }
    }
    return Optional.empty();
  }

  /** The concept a single lemma names for claims of {@code kind}, as a noun. */
  Optional<Concept> ofNoun(String lemma, ClaimKind kind) {
    return lookup(kind, lemma.toLowerCase(Locale.ROOT), "NOUN");
  }

  /**
   * The concept of the phrase of tokens {@code [from, to)}, a possessive after "of" left out: "a
   * share of OpenAI's revenue" and "a share of its revenue" are the lexicon's "share of revenue".
   * Elsewhere a possessive stays: "a premium to Friday's close" is no "to close".
   */
  private Optional<Concept> phrase(List<Token> tokens, int from, int to, ClaimKind kind) {
    List<Token> kept = new java.util.ArrayList<>(to - from);
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      String text = t.text().toLowerCase(Locale.ROOT);
      boolean apostropheS = text.endsWith("'s"); // the text is normalized: no curly apostrophes
      int name = kept.size(); // "OpenAI's", "Corp's" or "'s": the name before it goes too
      while (apostropheS && name > 1
          && Character.isUpperCase(kept.get(name - 1).text().charAt(0))) {
        name--;
      }
      boolean possessive = k > from && (apostropheS || POSSESSIVE_PRONOUNS.contains(text));
      if (possessive && afterOf(kept, name)) {
        kept.subList(name, kept.size()).clear();
      } else {
        kept.add(t);
      }
    }
    StringBuilder lemmas = new StringBuilder();
    StringBuilder words = new StringBuilder();
    for (int k = 0; k < kept.size(); k++) {
      String sep = k == 0 ? "" : " ";
      lemmas.append(sep).append(lemma(kept.get(k)));
      words.append(sep).append(word(kept.get(k)));
    }
    String tag = tokens.get(to - 1).tag();
    return lookup(kind, lemmas.toString(), tag).or(() -> lookup(kind, words.toString(), tag));
  }

  /** True when the first {@code n} kept tokens end with "of" or "of the". */
  private static boolean afterOf(List<Token> kept, int n) {
    String last = n > 0 ? kept.get(n - 1).text().toLowerCase(Locale.ROOT) : "";
    String before = n > 1 ? kept.get(n - 2).text().toLowerCase(Locale.ROOT) : "";
    return last.equals("of") || (last.equals("the") && before.equals("of"));
  }

  /** The concept of {@code key} (or of {@code key/tag}) for {@code kind}, else for any kind. */
  private Optional<Concept> lookup(ClaimKind kind, String key, String tag) {
    Map<String, Concept> ofKind = byKind.getOrDefault(kind.name(), Map.of());
    Concept c = ofKind.get(key);
    if (c == null) {
      c = anyKind.get(key);
    }
    if (c == null) {
      String tagged = key + "/" + tag;
      c = ofKind.get(tagged);
      if (c == null) {
        c = anyKind.get(tagged);
      }
    }
    return Optional.ofNullable(c);
  }

  /** The lookup key of a lexicon term: lower case, but a "/TAG" suffix keeps its case. */
  private static String key(String term) {
    int slash = term.indexOf('/');
    return slash < 0
        ? term.toLowerCase(Locale.ROOT)
        : term.substring(0, slash).toLowerCase(Locale.ROOT) + term.substring(slash);
  }

  static String lemma(Token t) {
    if (t.isProperNoun()) {
      // "Shares of Corvant rose 8%": a common noun the tagger called a name
      return singular(word(t));
    }
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    return lemma.endsWith("'s") ? lemma.substring(0, lemma.length() - 2) : lemma;
  }

  /** "Shares" as "share", "Deliveries" as "delivery": a capitalised common noun, lower-cased. */
  static String singular(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    boolean plural = w.endsWith("s") && !w.endsWith("ss") && w.length() > 3;
    return plural ? w.substring(0, w.length() - 1) : w;
  }

  private static String word(Token t) {
    String w = t.text().toLowerCase(Locale.ROOT);
    return w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
  }
}
