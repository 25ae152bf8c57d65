package dev.crosscheck.index;

import dev.crosscheck.model.ArticleId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups articles whose texts are near-duplicates: band collisions propose pairs, signatures
 * confirm them, and a union-find joins the confirmed pairs. Near-linear: no all-pairs step, and a
 * band shared by very many articles (boilerplate) is skipped. Not thread-safe; use once.
 */
final class NearDuplicates {
  /** A band shared by more articles than this is boilerplate, not a copy. */
  static final int MAX_BUCKET = 50;

  private final List<ArticleId> ids = new ArrayList<>();
  private final List<int[]> signatures = new ArrayList<>();
  private final Map<Long, List<Integer>> buckets = new HashMap<>();

  void add(ArticleId id, int[] signature) {
    if (signature.length != MinHash.SIZE) {
      return;
    }
    int index = ids.size();
    ids.add(id);
    signatures.add(signature);
    for (long key : MinHash.bands(signature)) {
      buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(index);
    }
  }

  /** Groups of two or more near-duplicate articles, each sorted by id. */
  List<Set<ArticleId>> groups() {
    int[] parent = new int[ids.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (List<Integer> bucket : buckets.values()) {
      if (bucket.size() < 2 || bucket.size() > MAX_BUCKET) {
        continue;
      }
      for (int i = 1; i < bucket.size(); i++) {
        int a = bucket.get(0);
        int b = bucket.get(i);
        if (MinHash.similarity(signatures.get(a), signatures.get(b)) >= MinHash.NEAR_DUPLICATE) {
          parent[find(parent, a)] = find(parent, b);
        }
      }
    }
    Map<Integer, Set<ArticleId>> groups = new HashMap<>();
    for (int i = 0; i < parent.length; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new TreeSet<>()).add(ids.get(i));
    }
    List<Set<ArticleId>> out = new ArrayList<>();
    for (Set<ArticleId> g : groups.values()) {
      if (g.size() > 1) {
        out.add(Set.copyOf(g));
      }
    }
    out.sort(java.util.Comparator.comparing(g -> new TreeSet<>(g).first()));
    return out;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
