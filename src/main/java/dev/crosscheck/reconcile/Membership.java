package dev.crosscheck.reconcile;

import dev.crosscheck.model.Claim;
import java.util.Comparator;
import java.util.List;

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
    return fit(rule, c, group, c, group);
  }

  /**
   * As {@link #fit(SameThing, Claim, List)}, where relatedness is judged on {@code judged} and
   * {@code judgedGroup}: the same claims with their articles' main party where their sentences
   * name none, and only for claims naming the same attribute or framed by a deal. The rule itself sees the claims as
   * extracted, so an implied party never keeps two claims apart; it only brings them together.
   */
  static int fit(SameThing rule, Claim c, List<Claim> group, Claim judged, List<Claim> judgedGroup) {
    int related = 0;
    for (int i = 0; i < group.size(); i++) {
      Claim m = group.get(i);
      if (!rule.test(c, m) || contradictsOwnArticle(c, m)) {
        return 0;
      }
      boolean implied = SameThing.sameAttributeOrFrame(c, m) && SameThing.related(judged, judgedGroup.get(i));
      related += SameThing.related(c, m) || implied ? 1 : 0;
    }
    return related;
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
