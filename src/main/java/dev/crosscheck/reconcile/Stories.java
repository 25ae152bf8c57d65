package dev.crosscheck.reconcile;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.Claim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which articles cover one story: those whose key parties meet, directly or through other
 * articles. An article's key parties are the names its claims are about more than once or that
 * its title names (or else its most frequent name), leaving out its own outlet ("(Meridian) - Corvant said"). Claims of
 * different stories are never compared: a chipmaker's $455 million profit and a dairy deal's $900
 * million have nothing to do with each other, however alike their sentences. An article naming
 * nobody belongs to no story and may meet any. Immutable.
 */
final class Stories {
  /** No story known: nothing kept apart, nothing brought together. */
  static final Stories NONE = new Stories(Map.of());

  private final Map<ArticleId, Integer> storyOf;

  private Stories(Map<ArticleId, Integer> storyOf) {
    this.storyOf = Map.copyOf(storyOf);
  }

  static Stories of(List<Article> articles, List<Claim> claims) {
    Map<ArticleId, Map<String, Integer>> counts = new LinkedHashMap<>();
    for (Claim c : claims) {
      for (String party : c.subject().parties()) {
        counts.computeIfAbsent(c.articleId(), k -> new HashMap<>()).merge(party, 1, Integer::sum);
      }
    }
    Map<ArticleId, Set<String>> ownNames = new HashMap<>();
    Map<ArticleId, Set<String>> titleWords = new HashMap<>();
    for (Article a : articles) {
      titleWords.put(a.id(), new HashSet<>(words(a.title())));
      Set<String> own = new HashSet<>();
      own.addAll(words(a.source()));
      own.addAll(words(a.credit()));
      ownNames.put(a.id(), own);
    }
    Map<ArticleId, Integer> root = new HashMap<>();
    List<ArticleId> ids = new ArrayList<>(counts.keySet());
    int[] parent = new int[ids.size()];
    Map<String, Integer> firstWithKey = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      parent[i] = i;
      for (String key : keys(counts.get(ids.get(i)), ownNames.getOrDefault(ids.get(i), Set.of()),
          titleWords.getOrDefault(ids.get(i), Set.of()))) {
        Integer other = firstWithKey.putIfAbsent(key, i);
        if (other != null) {
          union(parent, i, other);
        }
      }
    }
    for (int i = 0; i < ids.size(); i++) {
      if (!counts.get(ids.get(i)).isEmpty()) {
        root.put(ids.get(i), find(parent, i));
      }
    }
    return new Stories(root);
  }

  /** True unless the two articles belong to different known stories. */
  boolean mayMeet(ArticleId a, ArticleId b) {
    Integer x = storyOf.get(a);
    Integer y = storyOf.get(b);
    return x == null || y == null || x.equals(y);
  }

  /** True when both articles belong to one known story. */
  boolean sameKnownStory(ArticleId a, ArticleId b) {
    Integer x = storyOf.get(a);
    return x != null && x.equals(storyOf.get(b));
  }

  /**
   * The first and last words of the parties named at least twice or in the title, or of the most
   * named one: "Corvant" and "Corvant Semiconductor" meet on "corvant", "Ruiz" and "Mateo Ruiz" on
   * "ruiz".
   */
  private static Set<String> keys(Map<String, Integer> counts, Set<String> own, Set<String> title) {
    int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    int threshold = Math.min(2, most);
    Set<String> keys = new HashSet<>();
    counts.forEach((party, n) -> {
      List<String> w = words(party);
      boolean inTitle = w.stream().anyMatch(title::contains);
      if ((n >= threshold || inTitle) && !w.isEmpty() && !own.contains(w.get(0))) {
        keys.add(w.get(0));
        keys.add(w.get(w.size() - 1));
      }
    });
    return keys;
  }

  private static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }
}
