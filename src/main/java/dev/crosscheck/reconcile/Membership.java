package dev.crosscheck.reconcile;

import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimKind;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Whether a claim may join a group of claims about one thing: it must fit every member (complete
 * linkage, so an ambiguous claim cannot chain two topics) and be positively related to at least
 * one. Within one article, members must agree unless one states a previous value. Stateless.
 */
final class Membership {
  static final Comparator<Claim> BY_POSITION_IN_CORPUS =
      Comparator.<Claim, String>comparing(c -> c.articleId().value())
          .thenComparingInt(c -> c.span().start());

  private Membership() {}

  /** 0 when {@code c} may not join {@code group}; else how many members it is related to. */
  static int fit(SameThing rule, Claim c, List<Claim> group) {
    return fit(rule, c, group, Stories.NONE);
  }

  /**
   * As {@link #fit(SameThing, Claim, List)}, where claims of one known story are also related when
   * they name the same attribute, are framed by a deal or count the same thing: a story is about
   * its main parties, so "Net income climbed to $612 million" and "the chipmaker's profit rose to
   * $640 million" are about one profit though neither sentence names the company. The rule still
   * has to hold, so a story never brings together claims that name different parties.
   */
  static int fit(SameThing rule, Claim c, List<Claim> group, Stories stories) {
    return fit(rule, c, group, stories::sameKnownStory);
  }

  /** As {@link #fit(SameThing, Claim, List, Stories)}, with the stories known only pairwise. */
  static int fit(SameThing rule, Claim c, List<Claim> group,
      BiPredicate<ArticleId, ArticleId> sameKnownStory) {
    int related = 0;
    for (Claim m : group) {
      if (!rule.test(c, m) || contradictsOwnArticle(c, m)) {
        return 0;
      }
      related += relatedInStory(c, m, sameKnownStory.test(c.articleId(), m.articleId())) ? 1 : 0;
    }
    return related;
  }

  /**
   * Positively related ({@link SameThing#related}), or, for claims of one known story, naming the
   * same attribute, framed by a deal or counting the same thing.
   */
  static boolean relatedInStory(Claim c, Claim m, boolean sameKnownStory) {
    boolean implied = sameKnownStory
        && (SameThing.sameAttributeOrFrame(c, m) || sameCountedThing(c, m));
    return implied || SameThing.related(c, m);
  }

  /**
   * Counts of the same thing, other than people: "3,000 jobs" and "employ 2,500 people" count jobs
   * whatever the sentence names as their attribute. People are counted for too many reasons.
   */
  private static boolean sameCountedThing(Claim a, Claim b) {
    String base = a.quantity().unit().base();
    return a.kind() == ClaimKind.COUNT && b.kind() == ClaimKind.COUNT && !base.equals("people")
        && base.equals(b.quantity().unit().base());
  }

  private static boolean contradictsOwnArticle(Claim a, Claim b) {
    if (!a.articleId().equals(b.articleId()) || a.timeframe() != b.timeframe()) {
      return false;
    }
    return !agree(a, b);
  }

  /** True when the two claims' intervals share a point. */
  static boolean agree(Claim a, Claim b) {
    return Positions.of(List.of(a, b), Origins.of(List.of())).size() == 1;
  }
}
