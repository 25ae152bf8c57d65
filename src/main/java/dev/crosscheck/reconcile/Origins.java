package dev.crosscheck.reconcile;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleId;
import java.net.URI;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides which articles share an origin: an article that credits another outlet ("Originally
 * reported by The Next Platform") is a copy of that outlet's reporting, so it counts once with
 * it; so is a near-duplicate text. Outlet names and web hosts are compared loosely: "The Next
 * Platform" and "nextplatform.com" are one outlet. Immutable.
 *
 * <p>Copies join outlets only among the articles counted together. A wire story one outlet
 * reprinted makes the two one origin for that story, not for every other story both covered.
 */
final class Origins {
  private static final Pattern SCHEME_AND_WWW = Pattern.compile("^(?:https?://)?(?:www\\.)?");
  private static final Pattern DOMAIN_ENDING =
      Pattern.compile("\\.(?:com|org|net|co\\.uk|co|io|ai|news)(?:/.*)?$");
  private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

  private final Map<ArticleId, String> outletOf;
  private final Map<ArticleId, Integer> copiesOf;

  private Origins(Map<ArticleId, String> outletOf, Map<ArticleId, Integer> copiesOf) {
    this.outletOf = Map.copyOf(outletOf);
    this.copiesOf = Map.copyOf(copiesOf);
  }

  static Origins of(List<Article> articles) {
    return of(articles, List.of());
  }

  /**
   * Origins from what the articles say (credits, outlets) joined with groups of near-duplicate
   * texts: a copy shares the origin of what it copies even when it credits nobody.
   */
  static Origins of(List<Article> articles, List<? extends Collection<ArticleId>> copies) {
    Map<ArticleId, String> outlets = new HashMap<>();
    for (Article a : articles) {
      outlets.put(a.id(), origin(a));
    }
    Map<ArticleId, Integer> groups = new HashMap<>();
    for (int g = 0; g < copies.size(); g++) {
      for (ArticleId id : copies.get(g)) {
        groups.put(id, g);
      }
    }
    return new Origins(outlets, groups);
  }

  /**
   * How many independent origins {@code articles} have: articles of one outlet, and copies of
   * each other, count once, joined through any of {@code articles}.
   */
  int count(Collection<ArticleId> articles) {
    List<ArticleId> distinct = List.copyOf(new LinkedHashSet<>(articles));
    int[] parent = new int[distinct.size()];
    Map<Object, Integer> firstWith = new HashMap<>();
    int roots = distinct.size();
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
      ArticleId id = distinct.get(i);
      for (Object key : Arrays.asList(
          outletOf.getOrDefault(id, "article:" + id.value()), copiesOf.get(id))) {
        Integer other = key == null ? null : firstWith.putIfAbsent(key, i);
        if (other != null && find(parent, other) != find(parent, i)) {
          parent[find(parent, i)] = find(parent, other);
          roots--;
        }
      }
    }
    return roots;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static String origin(Article a) {
    for (String name : List.of(a.credit(), a.source(), host(a.url()))) {
      String key = outletKey(name);
      if (!key.isEmpty()) {
        return "outlet:" + key;
      }
    }
    return "article:" + a.id().value();
  }

  /** "The Next Platform", "nextplatform.com" and "www.nextplatform.com" all give "nextplatform". */
  static String outletKey(String name) {
    String s = name.toLowerCase(Locale.ROOT).strip();
    s = SCHEME_AND_WWW.matcher(s).replaceFirst("");
    s = DOMAIN_ENDING.matcher(s).replaceFirst("");
    s = LEADING_THE.matcher(s).replaceFirst("");
    return NOT_LETTER_OR_DIGIT.matcher(s).replaceAll("");
  }

  private static String host(String url) {
    if (url.isBlank()) {
      return "";
    }
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? "" : host;
    } catch (IllegalArgumentException e) {
      return ""; // a malformed URL names no outlet
    }
  }
}
