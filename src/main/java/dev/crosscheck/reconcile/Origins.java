package dev.crosscheck.reconcile;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleId;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides which articles share an origin: an article that credits another outlet ("Originally
 * reported by The Next Platform") is a copy of that outlet's reporting, so it counts once with
 * it; so is a near-duplicate text. Outlet names and web hosts are compared loosely: "The Next
 * Platform" and "nextplatform.com" are one outlet. Immutable.
 */
final class Origins {
  private final Map<ArticleId, String> originOf;

  private Origins(Map<ArticleId, String> originOf) {
    this.originOf = Map.copyOf(originOf);
  }

  static Origins of(List<Article> articles) {
    return of(articles, List.of());
  }

  /**
   * Origins from what the articles say (credits, outlets) joined with groups of near-duplicate
   * texts: a copy shares the origin of what it copies even when it credits nobody.
   */
  static Origins of(List<Article> articles, List<? extends java.util.Collection<ArticleId>> copies) {
    Map<String, String> parent = new HashMap<>();
    Map<ArticleId, String> key = new HashMap<>();
    for (Article a : articles) {
      key.put(a.id(), origin(a));
    }
    for (java.util.Collection<ArticleId> group : copies) {
      String first = null;
      for (ArticleId id : group) {
        String k = key.computeIfAbsent(id, x -> "article:" + x.value());
        if (first == null) {
          first = k;
        } else {
          union(parent, first, k);
        }
      }
    }
    Map<ArticleId, String> map = new HashMap<>();
    key.forEach((id, k) -> map.put(id, find(parent, k)));
    return new Origins(map);
  }

  private static String find(Map<String, String> parent, String k) {
    String p = parent.getOrDefault(k, k);
    if (p.equals(k)) {
      return k;
    }
    String root = find(parent, p);
    parent.put(k, root);
    return root;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      // the smaller key wins, so the result does not depend on the order of the groups
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }

  /** The origin key of an article; an unknown article is its own origin. */
  String originOf(ArticleId id) {
    return originOf.getOrDefault(id, "article:" + id.value());
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
    s = s.replaceFirst("^(?:https?://)?(?:www\\.)?", "");
    s = s.replaceFirst("\\.(?:com|org|net|co\\.uk|co|io|ai|news)(?:/.*)?$", "");
    s = s.replaceFirst("^the\\s+", "");
    return s.replaceAll("[^\\p{L}\\p{N}]", "");
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
