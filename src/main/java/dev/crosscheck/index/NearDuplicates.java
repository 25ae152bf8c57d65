package dev.crosscheck.index;

import dev.crosscheck.model.ArticleId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.util.IntroSorter;

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
  /**
   * Band keys and the article each belongs to, side by side: sorted by key, equal keys are the
   * buckets. A map of boxed keys to lists cost a second per 100,000 articles.
   */
  private long[] bandKeys = new long[1024];
  private int[] bandOwners = new int[1024];
  private int bandCount;

  void add(ArticleId id, int[] signature) {
    if (signature.length != MinHash.SIZE) {
      return;
    }
    int index = ids.size();
    ids.add(id);
    signatures.add(signature);
    for (long key : MinHash.bands(signature)) {
      if (bandCount == bandKeys.length) {
        bandKeys = java.util.Arrays.copyOf(bandKeys, bandCount * 2);
        bandOwners = java.util.Arrays.copyOf(bandOwners, bandCount * 2);
      }
      bandKeys[bandCount] = key;
      bandOwners[bandCount++] = index;
    }
  }

  /** Groups of two or more near-duplicate articles, each sorted by id. */
  List<Set<ArticleId>> groups() {
    int[] parent = new int[ids.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    sortBands();
    for (int from = 0, to; from < bandCount; from = to) {
      to = from + 1;
      while (to < bandCount && bandKeys[to] == bandKeys[from]) {
        to++;
      }
      if (to - from > MAX_BUCKET) {
        continue;
      }
      int a = bandOwners[from];
      for (int i = from + 1; i < to; i++) {
        int b = bandOwners[i];
        if (MinHash.similarity(signatures.get(a), signatures.get(b)) >= MinHash.NEAR_DUPLICATE) {
          parent[find(parent, a)] = find(parent, b);
        }
      }
    }
    Map<Integer, Set<ArticleId>> groups = new HashMap<>();
    for (int i = 0; i < parent.length; i++) {
      int root = find(parent, i);
      if (root != i || groups.containsKey(root)) {
        groups.computeIfAbsent(root, k -> new TreeSet<>(Set.of(ids.get(k)))).add(ids.get(i));
      }
    }
    List<Set<ArticleId>> out = new ArrayList<>();
    for (Set<ArticleId> g : groups.values()) {
      out.add(Set.copyOf(g));
    }
    out.sort(java.util.Comparator.comparing(g -> new TreeSet<>(g).first()));
    return out;
  }

  /** Sorts the bands by key, then by article, so that a bucket lists its articles in order. */
  private void sortBands() {
    new IntroSorter() {
      private long pivotKey;
      private int pivotOwner;

      @Override
      protected void swap(int i, int j) {
        long k = bandKeys[i];
        bandKeys[i] = bandKeys[j];
        bandKeys[j] = k;
        int o = bandOwners[i];
        bandOwners[i] = bandOwners[j];
        bandOwners[j] = o;
      }

      @Override
      protected void setPivot(int i) {
        pivotKey = bandKeys[i];
        pivotOwner = bandOwners[i];
      }

      @Override
      protected int comparePivot(int j) {
        int byKey = Long.compare(pivotKey, bandKeys[j]);
        return byKey != 0 ? byKey : Integer.compare(pivotOwner, bandOwners[j]);
      }
    }.sort(0, bandCount);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
