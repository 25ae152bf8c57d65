package dev.crosscheck.index;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.StoryKeys;
import java.io.Closeable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stores articles and their claims and finds candidate claims for reconciliation. Implementations
 * are thread-safe: reads may run concurrently with each other and with writes; writes become
 * visible to reads after {@link #commit()}.
 *
 * <p>Lifecycle: open, then any number of {@link #upsert}/{@link #delete} calls, then {@link
 * #commit()} which makes the batch durable atomically (a crash before it leaves the previous
 * commit intact), then {@link #close()}.
 */
public interface ClaimStore extends Closeable {

  /** The fingerprint stored with the article at its last upsert, empty when not stored. */
  Optional<String> fingerprint(ArticleId id);

  /** Replaces the article and all of its claims (claim documents have deterministic ids). */
  void upsert(Article article, String fingerprint, List<Claim> claims);

  /** Removes the article and its claims; does nothing when absent. */
  void delete(ArticleId id);

  /** Ids of all committed articles. */
  Set<ArticleId> articleIds();

  /**
   * Makes all changes since the last commit durable and visible, atomically. With no changes it
   * does nothing, so the {@link #version()} stays.
   */
  void commit();

  /**
   * A name of the last commit, new with every commit that changed something: what was derived
   * from the store under one name (which files it was read from, a report) still holds while the
   * name is the same.
   */
  String version();

  /**
   * Groups of committed articles whose texts are near-duplicates (syndicated copies, light
   * rewrites): at least half their word 5-grams in common, as estimated from signatures kept at
   * upsert. Each group has two or more articles; articles in no group are in none.
   */
  List<Set<ArticleId>> nearDuplicates();

  /**
   * The groups of {@link #nearDuplicates()} among {@code articles} only: what a draft check needs
   * to count the independent origins of the few articles it quotes.
   */
  default List<Set<ArticleId>> nearDuplicates(Collection<ArticleId> articles) {
    Set<ArticleId> among = Set.copyOf(articles);
    List<Set<ArticleId>> out = new ArrayList<>();
    for (Set<ArticleId> group : nearDuplicates()) {
      Set<ArticleId> kept = new HashSet<>(group);
      kept.retainAll(among);
      if (kept.size() > 1) {
        out.add(Set.copyOf(kept));
      }
    }
    return out;
  }

  /** Committed articles sorted by id. Their {@code text} is empty: bodies are not stored. */
  List<Article> articles();

  /** The committed article with {@code id}, its {@code text} empty as in {@link #articles()}. */
  default Optional<Article> article(ArticleId id) {
    return articles().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** All committed claims, sorted by article id, then span start. */
  List<Claim> claims();

  /**
   * At most {@code max} committed claims in order of their ids (see {@link #idOf}), starting after
   * {@code cursor} (empty for the first page): how a caller reads a store too large to load at
   * once.
   */
  ClaimPage claims(Optional<String> cursor, int max);

  /**
   * Committed claims of other articles that may be about the same thing as {@code probe}: same
   * kind and comparable unit (a year or a date for either), same role and change, sharing at
   * least one subject term (or with no subject terms at all), at most {@code max} of them, best
   * first. Never includes claims of the probe's own article.
   */
  List<Claim> candidates(Claim probe, int max);

  /** The story keys stored with an article; {@link StoryKeys#NONE} for none or no article. */
  default StoryKeys storyKeys(ArticleId id) {
    return StoryKeys.NONE;
  }

  /**
   * As {@link #candidates(Claim, int)}, among the claims of articles whose keys meet one of {@code
   * story}'s ({@link StoryKeys#searchTerms}: "Renven" meets "Renven Robotics", which does not meet
   * "Renven Software") or that have none, for a probe whose article is not in the store, such as a
   * draft.
   * An empty {@code story} means the probe's own article's keys, as in {@link #candidates(Claim,
   * int)}.
   */
  default List<Claim> candidates(Claim probe, StoryKeys story, int max) {
    return candidates(probe, max);
  }

  /**
   * {@link #candidates(Claim, StoryKeys, int)} of each probe, in the order given: what a draft
   * check asks. Implementations may share work between probes of one story.
   */
  default List<List<Claim>> candidates(List<Claim> probes, StoryKeys story, int max) {
    List<List<Claim>> out = new ArrayList<>(probes.size());
    for (Claim probe : probes) {
      out.add(candidates(probe, story, max));
    }
    return out;
  }

  /** The deterministic id of a claim in this store. */
  String idOf(Claim claim);

  @Override
  void close();
}
