package dev.crosscheck.index;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.StoryKeys;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import java.util.Set;

/**
 * Builds the query for the claims that may be about the same thing as a probe.
 *
 * <p>Candidates have the probe's {@linkplain Claim#block() block} (kind, unit dimension and base,
 * role and change) and are not the probe itself. Among them, a claim matches when it shares at
 * least one subject term with the probe (each shared term adds one to the score) or when it has no
 * subject terms at all (score zero, so it ranks after every claim that shares a term). A probe
 * without terms therefore finds exactly the claims without terms. Ties break by a hash of the
 * claim id, so results are deterministic.
 */
final class CandidateQuery {
  /** At most this many probe terms are searched, most relevant first. */
  static final int MAX_TERMS = 256;

  /** Best first: score descending, then the claim id's hash ascending. */
  static final Sort ORDER =
      new Sort(SortField.FIELD_SCORE, new SortField(Fields.ID_HASH, SortField.Type.LONG));

  /** FNV-1a over the id's characters: stable across runs and machines, unlike doc ids. */
  static long idHash(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h ^= id.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  private CandidateQuery() {}

  static Query forProbe(Claim probe) {
    return forProbe(probe, Set.of());
  }

  /**
   * As {@link #forProbe(Claim)}, among the claims of articles indexed under one of {@code
   * storyTerms} ({@link StoryKeys#searchTerms}) or under no key: claims of other stories are never
   * the same thing, and leaving them out keeps each query's work proportional to its story, not to
   * the corpus. No terms means every story.
   */
  static Query forProbe(Claim probe, Set<String> storyTerms) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    String block = probe.block();
    if (storyTerms.isEmpty()) {
      query.add(term(Fields.BLOCK, block), Occur.FILTER);
    } else {
      // one term per key names the story's claims of the probe's block: a year and a date are
      // compared as ranges of days ("in 2019" meets "in July 2019"), so they share a block
      BooleanQuery.Builder keys = new BooleanQuery.Builder();
      keys.add(term(Fields.STORY_BLOCK, storyBlock(Fields.KEYLESS, block)), Occur.SHOULD);
      storyTerms.stream().sorted()
          .forEach(k -> keys.add(term(Fields.STORY_BLOCK, storyBlock(k, block)), Occur.SHOULD));
      query.add(keys.build(), Occur.FILTER);
    }
    // Claims of the probe's own article meet it through other articles' claims; searching them
    // too would cost a query per claim against every number of a number-dense table.
    query.add(term(Fields.ARTICLE, probe.articleId().value()), Occur.MUST_NOT);
    query.add(scored(term(Fields.HAS_TERMS, "false"), 0f), Occur.SHOULD);
    probe.subject().searchTerms().stream()
        .limit(MAX_TERMS)
        .forEach(t -> query.add(scored(term(Fields.TERM, t), 1f), Occur.SHOULD));
    query.setMinimumNumberShouldMatch(1);
    return query.build();
  }

  /** The {@link Fields#STORY_BLOCK} term of a story key and a block. */
  static String storyBlock(String key, String block) {
    return key + "#" + block;
  }

  private static Query scored(Query query, float score) {
    return new BoostQuery(new ConstantScoreQuery(query), score);
  }

  private static Query term(String field, String value) {
    return new TermQuery(new Term(field, value));
  }
}
