package dev.crosscheck.eval;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Timeframe;
import dev.crosscheck.model.Topic;
import dev.crosscheck.model.TopicStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Matches a gold file's groups against a {@link ReconcileView}: which claims a group names, and
 * whether two groups compete in one conflict topic. The rules are those documented on {@link
 * ReconcileEvaluator}. Single use, not thread-safe.
 */
final class ReconcileMatcher {
  private final ReconcileView view;
  private final List<String> goldErrors = new ArrayList<>();

  ReconcileMatcher(ReconcileView view) {
    this.view = view;
  }

  /** The union of the claims the group's references name; gold errors are remembered. */
  List<Claim> claims(List<ReconcileRef> group) {
    Set<Claim> out = new LinkedHashSet<>();
    for (ReconcileRef ref : group) {
      ReconcileView.Resolved r = view.resolve(ref);
      if (r.problem().startsWith("gold error")) {
        goldErrors.add(ref + " -> " + r.problem());
      }
      out.addAll(r.claims());
    }
    return List.copyOf(out);
  }

  List<String> goldErrors() {
    return List.copyOf(new LinkedHashSet<>(goldErrors));
  }

  /** The group's claims that lie in {@code topic}. */
  List<Claim> in(Topic topic, List<Claim> group) {
    Set<Claim> members = new HashSet<>(topic.claims());
    return group.stream().filter(members::contains).toList();
  }

  /** True when some claim of {@code a} and some claim of {@code b} are in different positions. */
  boolean apart(List<Claim> a, List<Claim> b) {
    for (Claim x : a) {
      for (Claim y : b) {
        if (view.positionOf(x) != view.positionOf(y)) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when some current claim of {@code a} and of {@code b} are in different positions. */
  boolean apartAsCurrent(List<Claim> a, List<Claim> b) {
    return apart(current(a), current(b));
  }

  private static List<Claim> current(List<Claim> claims) {
    return claims.stream().filter(c -> c.timeframe() == Timeframe.CURRENT).toList();
  }

  /** The conflict topics in which every group has a claim and every two groups are apart. */
  List<Topic> conflictsHolding(List<List<Claim>> groups) {
    List<Topic> out = new ArrayList<>();
    for (Topic t : conflictTopics()) {
      List<List<Claim>> inside = groups.stream().map(g -> in(t, g)).toList();
      if (inside.stream().anyMatch(List::isEmpty)) {
        continue;
      }
      boolean allApart = true;
      for (int i = 0; i < inside.size() && allApart; i++) {
        for (int j = i + 1; j < inside.size() && allApart; j++) {
          allApart = apart(inside.get(i), inside.get(j));
        }
      }
      if (allApart) {
        out.add(t);
      }
    }
    return out;
  }

  /** True when at least two of the groups have claims in {@code t} in different positions. */
  boolean anyTwoApart(Topic t, List<List<Claim>> groups) {
    for (int i = 0; i < groups.size(); i++) {
      for (int j = i + 1; j < groups.size(); j++) {
        if (apart(in(t, groups.get(i)), in(t, groups.get(j)))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when {@code t} disagrees only through marked earlier values of {@code earlier}: all its
   * current claims share one position, and it holds a current claim and a marked earlier one.
   */
  boolean onlyThroughPrevious(Topic t, List<Claim> current, List<Claim> earlier) {
    List<Claim> currentIn = current(in(t, current));
    List<Claim> earlierIn = in(t, earlier);
    boolean marked = !earlierIn.isEmpty()
        && earlierIn.stream().allMatch(c -> c.timeframe() == Timeframe.PREVIOUS);
    Set<Integer> currentPositions = new HashSet<>();
    for (Claim c : current(t.claims())) {
      currentPositions.add(view.positionOf(c));
    }
    return marked && !currentIn.isEmpty() && currentPositions.size() == 1;
  }

  List<Topic> conflictTopics() {
    return view.topics().stream().filter(t -> t.status() == TopicStatus.CONFLICT).toList();
  }
}
