package dev.crosscheck.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The names that tie an article to its story: those of the parties its claims are about at least
 * twice or that its title names (or else of its most named party), leaving out its own outlet
 * ("WARSAW (Meridian) -"). A name is keyed by its first two words ({@link #nameKey}): "Renven
 * Robotics" and "Renven Software" are two companies, and an article that writes "Mateo Ruiz" also
 * writes "Ruiz". A short form meets the names it begins: "Corvant" may be "Corvant
 * Semiconductor" ({@link #indexTerms}, {@link #searchTerms}). The index asks for a draft's
 * candidates only among articles whose keys meet the draft's; the reconciler ties stories on the
 * same names. Immutable.
 */
public record StoryKeys(Set<String> words) {
  public static final StoryKeys NONE = new StoryKeys(Set.of());
  /** Longer "words" are no names (a run of letters in a broken file), and no index term. */
  public static final int MAX_KEY_CHARS = 64;

  /** Words after a company's name that are no part of the name: "Microsoft Corp.". */
  private static final Set<String> LEGAL_FORMS = Set.of("inc", "corp", "corporation", "co",
      "ltd", "llc", "plc", "ag", "sa", "se", "nv", "gmbh", "limited", "holdings", "group");

  /** Marks the term of "any name of two words beginning with": "corvant *". */
  private static final String ANY_NAME_BEGINNING = " *";

  /** Compiled once: String.split compiles a pattern of more than one character on every call. */
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");

  public StoryKeys {
    words = Set.copyOf(words);
  }

  /** The keys of {@code article} from its claims (claims of other articles are ignored). */
  public static StoryKeys of(Article article, List<Claim> claims) {
    Map<String, Integer> counts = new HashMap<>();
    for (Claim c : claims) {
      if (c.articleId().equals(article.id())) {
        c.subject().parties().forEach(p -> counts.merge(p, 1, Integer::sum));
      }
    }
    return of(article, counts);
  }

  /** The keys of {@code article}, whose claims name each party as often as {@code partyCounts} says. */
  public static StoryKeys of(Article article, Map<String, Integer> partyCounts) {
    return nameKeys(keyParties(article, partyCounts));
  }

  /**
   * The lower-cased words of each party that keys the story of {@code article} (whose claims name
   * each party as often as {@code partyCounts} says); {@link #of} keeps their {@link #nameKey}s.
   */
  public static List<List<String>> keyParties(Article article, Map<String, Integer> partyCounts) {
    return keyParties(partyCounts, ownWords(article), new HashSet<>(words(article.title())));
  }

  /** The words of {@code article}'s own outlet and credit, which key no story. */
  public static Set<String> ownWords(Article article) {
    Set<String> own = new HashSet<>(words(article.source()));
    own.addAll(words(article.credit()));
    return own;
  }

  /** As {@link #keyParties(Article, Map)}, for an article known only by its parties. */
  public static List<List<String>> keyParties(
      Map<String, Integer> partyCounts, Set<String> ownWords, Set<String> titleWords) {
    int most = partyCounts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    int threshold = Math.min(2, most);
    List<List<String>> parties = new ArrayList<>();
    partyCounts.forEach((party, n) -> {
      List<String> w = words(party);
      boolean inTitle = w.stream().anyMatch(titleWords::contains);
      if ((n >= threshold || inTitle) && !w.isEmpty() && !ownWords.contains(w.get(0))
          && w.get(0).length() <= MAX_KEY_CHARS) {
        parties.add(w);
      }
    });
    return parties;
  }

  private static StoryKeys nameKeys(List<List<String>> parties) {
    Set<String> keys = new HashSet<>();
    parties.forEach(w -> keys.add(nameKey(w)));
    return new StoryKeys(keys);
  }

  /**
   * The key of a name given as lower-cased words: its first two ("renven robotics"), or its first
   * when it has one or a legal form follows ("microsoft" for "Microsoft Corp.").
   */
  public static String nameKey(List<String> words) {
    List<String> significant = words.stream().filter(w -> !CONNECTIVES.contains(w)).toList();
    List<String> named = significant.isEmpty() ? words : significant;
    return named.size() > 1 && !LEGAL_FORMS.contains(named.get(1))
        ? named.get(0) + " " + named.get(1)
        : named.get(0);
  }

  /** Words inside a name that tell no story apart: "bank england" keys "Bank of England". */
  private static final Set<String> CONNECTIVES = Set.of("of", "the");

  /**
   * The terms an article with these keys is found by: each key, and for a key of two words "any
   * name beginning with" its first ("renven *"), which a draft writing the short form searches.
   */
  public Set<String> indexTerms() {
    Set<String> terms = new TreeSet<>(words);
    for (String key : words) {
      int space = key.indexOf(' ');
      if (space > 0) {
        terms.add(key.substring(0, space) + ANY_NAME_BEGINNING);
      }
    }
    return terms;
  }

  /**
   * The {@link #indexTerms} of the articles a probe with these keys may meet: each key, for a key
   * of two words its short form ("renven": the article may not say which Renven), for a key of one
   * word every name it begins ("renven *").
   */
  public Set<String> searchTerms() {
    Set<String> terms = new TreeSet<>(words);
    for (String key : words) {
      int space = key.indexOf(' ');
      terms.add(space > 0 ? key.substring(0, space) : key + ANY_NAME_BEGINNING);
    }
    return terms;
  }

  /**
   * True when an article with the keys {@code article} may be about the story of these keys: one
   * of its {@link #indexTerms} is among these {@link #searchTerms}. No keys meet nothing.
   */
  public boolean meets(StoryKeys article) {
    return !Collections.disjoint(searchTerms(), article.indexTerms());
  }

  /** The lower-cased words of a name, title or outlet. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  public boolean isEmpty() {
    return words.isEmpty();
  }
}
