package dev.crosscheck.reconcile;

import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.Claim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The candidates of a claim among the claims of one story, found in memory by the rules of the
 * index's candidate query: the same {@linkplain Claim#block() block}, another article, and at
 * least one shared {@linkplain dev.crosscheck.model.Subject#searchTerms() search term} (or no
 * terms on either side); best first by how many terms they share, then in the order the claims
 * were given. A story is small however large the corpus, so this costs no index query.
 * Immutable; thread-safe.
 */
final class StoryCandidates implements CandidateSource {
  /** At most this many probe terms are matched, most relevant first, as the index does. */
  static final int MAX_TERMS = 256;
  /**
   * A term more claims of a block share than this is left out of the match (unless it is the
   * probe's rarest): in a story of many articles "revenue" would make every probe visit the
   * block, and grouping the story would grow with its square.
   */
  static final int MAX_POSTINGS = 1_000;

  private final Map<String, Postings> blocks = new HashMap<>();
  private final Map<Claim, Set<String>> termsOf = new IdentityHashMap<>();
  private final BiPredicate<ArticleId, ArticleId> mayMeet;

  private StoryCandidates(List<Claim> claims, BiPredicate<ArticleId, ArticleId> mayMeet) {
    this.mayMeet = mayMeet;
    for (Claim c : claims) {
      Set<String> terms = c.subject().searchTerms();
      termsOf.put(c, terms);
      blocks.computeIfAbsent(c.block(), b -> new Postings()).add(c, terms);
    }
  }

  static StoryCandidates of(List<Claim> claims) {
    return of(claims, (a, b) -> true);
  }

  /**
   * The candidates among {@code claims}, leaving out claims of articles that may not meet the
   * probe's ({@link Stories#mayMeet}): in a story of many months, claims published far from the
   * probe's would otherwise take the places of those it may join.
   */
  static StoryCandidates of(List<Claim> claims, BiPredicate<ArticleId, ArticleId> mayMeet) {
    return new StoryCandidates(claims, mayMeet);
  }

  @Override
  public List<Claim> candidates(Claim probe, int max) {
    Postings block = blocks.get(probe.block());
    if (block == null) {
      return List.of();
    }
    Set<String> terms = termsOf.get(probe);
    return block.best(probe, terms == null ? probe.subject().searchTerms() : terms, max, mayMeet);
  }

  /** The claims of one block, with the positions of the claims each term occurs in. */
  private static final class Postings {
    final List<Claim> claims = new ArrayList<>();
    final Map<String, List<Integer>> withTerm = new HashMap<>();
    final List<Integer> termless = new ArrayList<>();

    void add(Claim c, Set<String> terms) {
      int at = claims.size();
      claims.add(c);
      if (terms.isEmpty()) {
        termless.add(at);
      }
      terms.forEach(t -> withTerm.computeIfAbsent(t, k -> new ArrayList<>()).add(at));
    }

    List<Claim> best(
        Claim probe, Set<String> terms, int max, BiPredicate<ArticleId, ArticleId> mayMeet) {
      List<List<Integer>> postings = new ArrayList<>();
      for (String t : terms) {
        List<Integer> p = withTerm.get(t);
        if (p != null) {
          postings.add(p);
        }
        if (postings.size() == MAX_TERMS) {
          break;
        }
      }
      List<Integer> rarest =
          postings.stream().min(java.util.Comparator.comparingInt(List::size)).orElse(List.of());
      Map<Integer, Integer> shared = new HashMap<>();
      for (List<Integer> p : postings) {
        if (p.size() <= MAX_POSTINGS || p == rarest) {
          p.forEach(at -> shared.merge(at, 1, Integer::sum));
        }
      }
      List<Integer> hits = new ArrayList<>(shared.keySet());
      hits.sort((a, b) -> {
        int byShared = Integer.compare(shared.get(b), shared.get(a));
        return byShared != 0 ? byShared : Integer.compare(a, b);
      });
      List<Claim> out = new ArrayList<>(Math.min(max, hits.size() + termless.size()));
      addFromOtherArticles(probe, hits, max, mayMeet, out);
      addFromOtherArticles(probe, termless, max, mayMeet, out);
      return out;
    }

    private void addFromOtherArticles(Claim probe, List<Integer> positions, int max,
        BiPredicate<ArticleId, ArticleId> mayMeet, List<Claim> out) {
      for (int i = 0; i < positions.size() && out.size() < max; i++) {
        Claim c = claims.get(positions.get(i));
        if (!c.articleId().equals(probe.articleId())
            && mayMeet.test(probe.articleId(), c.articleId())) {
          out.add(c);
        }
      }
    }
  }
}
