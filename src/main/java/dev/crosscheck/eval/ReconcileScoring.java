package dev.crosscheck.eval;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Position;
import dev.crosscheck.model.Timeframe;
import dev.crosscheck.model.Topic;
import dev.crosscheck.model.TopicStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Scores one gold file against one pipeline result. Single use, not thread-safe. */
final class ReconcileScoring {
  private final ReconcileGold gold;
  private final ReconcileView view;
  private final ReconcileMatcher match;
  private final List<String> mismatches = new ArrayList<>();
  private final Set<Topic> realFlags = new HashSet<>();

  ReconcileScoring(ReconcileGold gold, ReconcileView view) {
    this.gold = gold;
    this.view = view;
    this.match = new ReconcileMatcher(view);
  }

  ReconcileScores score() {
    int[] found = new int[ReconcileItem.Kind.values().length];
    int[] expected = new int[found.length];
    int trapsFlagged = 0;
    gold.items().forEach(item -> match.claims(item.refs()));
    for (ReconcileItem item : gold.items()) {
      expected[item.kind().ordinal()]++;
      boolean ok = switch (item.kind()) {
        case CONFLICT -> conflict(item);
        case AGREE -> agreement(item);
        case TRAP -> trap(item);
        case PREVIOUS -> previous(item);
        case SOURCES -> sources(item);
      };
      found[item.kind().ordinal()] += ok ? 1 : 0;
      boolean trap = item.kind() == ReconcileItem.Kind.TRAP || item.kind() == ReconcileItem.Kind.PREVIOUS;
      trapsFlagged += trap && trapTopic(item) != null ? 1 : 0;
    }
    List<Topic> flagged = match.conflictTopics();
    for (Topic t : flagged) {
      if (!realFlags.contains(t)) {
        mismatches.add("FALSE CONFLICT (matches no gold CONFLICT or PREVIOUS): " + ReconcileView.describe(t));
      }
    }
    match.goldErrors().forEach(e -> mismatches.add("GOLD ERROR " + e));
    return scores(flagged.size(), found, expected, trapsFlagged);
  }

  private ReconcileScores scores(int flagged, int[] found, int[] expected, int trapsFlagged) {
    int previous = ReconcileItem.Kind.PREVIOUS.ordinal();
    int marked = (int) gold.items().stream().filter(i -> i.kind() == ReconcileItem.Kind.PREVIOUS)
        .filter(this::earlierMarked).count();
    return new ReconcileScores(gold.name(), gold.exact(), flagged, realFlags.size(),
        expected[ReconcileItem.Kind.CONFLICT.ordinal()], found[ReconcileItem.Kind.CONFLICT.ordinal()],
        expected[ReconcileItem.Kind.AGREE.ordinal()], found[ReconcileItem.Kind.AGREE.ordinal()],
        expected[ReconcileItem.Kind.TRAP.ordinal()] + expected[previous], trapsFlagged,
        expected[previous], marked, expected[ReconcileItem.Kind.SOURCES.ordinal()],
        found[ReconcileItem.Kind.SOURCES.ordinal()], mismatches);
  }

  private List<List<Claim>> groups(ReconcileItem item) {
    return item.groups().stream().map(match::claims).toList();
  }

  private boolean conflict(ReconcileItem item) {
    List<List<Claim>> groups = groups(item);
    for (Topic t : match.conflictTopics()) {
      if (match.anyTwoApart(t, groups)) {
        realFlags.add(t);
      }
    }
    List<Topic> holding = match.conflictsHolding(groups);
    if (holding.isEmpty()) {
      fail(item, "NOT FLAGGED");
      return false;
    }
    Set<Claim> inside = new HashSet<>(holding.get(0).claims());
    List<ReconcileRef> missing = item.refs().stream()
        .filter(r -> match.claims(List.of(r)).stream().noneMatch(inside::contains)).toList();
    if (!missing.isEmpty()) {
      mismatches.add("PARTIAL " + item.title() + ": flagged as " + holding.get(0).id()
          + ", but these claims are not in it:" + lines(missing));
    }
    return true;
  }

  private boolean agreement(ReconcileItem item) {
    List<ReconcileRef> refs = item.refs();
    for (Topic t : view.topics()) {
      if (t.status() == TopicStatus.AGREE
          && refs.stream().allMatch(r -> !match.in(t, match.claims(List.of(r))).isEmpty())) {
        return true;
      }
    }
    fail(item, "NOT ONE AGREEMENT");
    return false;
  }

  private boolean trap(ReconcileItem item) {
    Topic t = trapTopic(item);
    if (t != null) {
      fail(item, "TRAP FLAGGED in " + ReconcileView.describe(t) + "\n   ");
    }
    return t == null;
  }

  /** The conflict topic in which the two groups compete as current values, else null. */
  private Topic trapTopic(ReconcileItem item) {
    List<List<Claim>> groups = groups(item);
    for (Topic t : match.conflictTopics()) {
      if (match.apartAsCurrent(match.in(t, groups.get(0)), match.in(t, groups.get(1)))) {
        return t;
      }
    }
    return null;
  }

  private boolean previous(ReconcileItem item) {
    List<List<Claim>> groups = groups(item);
    for (Topic t : match.conflictTopics()) {
      if (match.onlyThroughPrevious(t, groups.get(0), groups.get(1))) {
        realFlags.add(t);
      }
    }
    Topic trap = trapTopic(item);
    boolean marked = earlierMarked(item);
    if (trap != null || !marked) {
      fail(item, trap != null ? "TRAP FLAGGED: the earlier value competes as a current value in "
          + ReconcileView.describe(trap) + "\n   " : "EARLIER VALUE NOT MARKED PREVIOUS");
    }
    return trap == null && marked;
  }

  private boolean earlierMarked(ReconcileItem item) {
    List<Claim> earlier = match.claims(item.groups().get(1));
    return item.groups().get(1).stream().allMatch(r -> !match.claims(List.of(r)).isEmpty())
        && earlier.stream().allMatch(c -> c.timeframe() == Timeframe.PREVIOUS);
  }

  private boolean sources(ReconcileItem item) {
    List<Claim> claims = match.claims(item.groups().get(0));
    Set<String> seen = new HashSet<>();
    for (Claim c : claims) {
      Topic t = view.topicOf(c);
      Position p = t.positions().get(view.positionOf(c));
      seen.add(p.articles() + " articles, " + p.origins() + " origins");
    }
    String want = item.articles() + " articles, " + item.origins() + " origins";
    boolean resolved = item.refs().stream().allMatch(r -> !match.claims(List.of(r)).isEmpty());
    boolean ok = resolved && seen.size() == 1 && seen.contains(want);
    if (!ok) {
      fail(item, "WRONG SOURCES: expected " + want + ", found " + seen);
    }
    return ok;
  }

  private void fail(ReconcileItem item, String what) {
    mismatches.add(what + " " + item.title() + " [" + item.where() + "]:" + lines(item.refs()));
  }

  private String lines(List<ReconcileRef> refs) {
    StringBuilder out = new StringBuilder();
    for (ReconcileRef r : refs) {
      out.append("\n      ").append(view.whereIs(view.resolve(r)));
    }
    return out.toString();
  }
}
