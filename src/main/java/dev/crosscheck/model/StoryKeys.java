package dev.crosscheck.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that tie an article to its story: the first words of the parties its claims are about
 * at least twice or that its title names (or else of its most named party), leaving out its own
 * outlet ("WARSAW (Meridian) -"). "Corvant" and "Corvant Semiconductor" share "corvant". Last
 * words are left out: "Logistics", "Energy" and "Motors" end thousands of unrelated names, and an
 * article that writes "Mateo Ruiz" also writes "Ruiz". The index asks for a draft's candidates
 * only among articles sharing a key. The reconciler ties stories on the same {@link #keyParties},
 * more finely (two words of each name: "Renven Robotics" is not "Renven Software"). Immutable.
 */
public record StoryKeys(Set<String> words) {
  public static final StoryKeys NONE = new StoryKeys(Set.of());
  /** Longer "words" are no names (a run of letters in a broken file), and no index term. */
  public static final int MAX_KEY_CHARS = 64;

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
    return firstWords(keyParties(article, partyCounts));
  }

  /** The keys of an article known only by how often its claims name each party. */
  public static StoryKeys of(
      Map<String, Integer> partyCounts, Set<String> ownWords, Set<String> titleWords) {
    return firstWords(keyParties(partyCounts, ownWords, titleWords));
  }

  /**
   * The lower-cased words of each party that keys the story of {@code article} (whose claims name
   * each party as often as {@code partyCounts} says); {@link #of} keeps their first words.
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

  private static StoryKeys firstWords(List<List<String>> parties) {
    Set<String> keys = new HashSet<>();
    parties.forEach(w -> keys.add(w.get(0)));
    return new StoryKeys(keys);
  }

  /** The lower-cased words of a name, title or outlet. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")) {
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
