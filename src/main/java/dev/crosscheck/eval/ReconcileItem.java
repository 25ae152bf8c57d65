package dev.crosscheck.eval;

import dev.crosscheck.internal.Checks;
import java.util.List;

/**
 * One expectation of a gold file: its kind, id, a note for people, the groups of claims it is
 * about, and for {@link Kind#SOURCES} the expected article and origin counts. Immutable.
 */
record ReconcileItem(
    Kind kind, String id, String note, List<List<ReconcileRef>> groups, int articles, int origins,
    String where) {

  /** What an item expects; see {@link ReconcileEvaluator} for the exact matching rules. */
  enum Kind {
    /** The groups state values about one thing that cannot all hold: a real conflict. */
    CONFLICT,
    /** All the claims are about one thing and agree. */
    AGREE,
    /** Two groups of claims about different things: never competing values in one conflict. */
    TRAP,
    /** Group 2 states the value group 1 replaced: marked PREVIOUS, never a competing current value. */
    PREVIOUS,
    /** The position holding the group is backed by the given articles and independent origins. */
    SOURCES
  }

  ReconcileItem {
    Checks.notNull(kind, "kind");
    Checks.notNull(id, "id");
    Checks.notNull(note, "note");
    Checks.notNull(where, "where");
    groups = groups.stream().map(List::copyOf).toList();
    Checks.argument(groups.stream().noneMatch(List::isEmpty), "%s: %s %s has an empty group", where,
        kind, id);
    int expected = switch (kind) {
      case AGREE, SOURCES -> 1;
      case TRAP, PREVIOUS -> 2;
      case CONFLICT -> Math.max(2, groups.size());
    };
    Checks.argument(groups.size() == expected, "%s: %s %s needs %d group(s), has %d", where, kind,
        id, expected, groups.size());
  }

  /** Every reference of every group. */
  List<ReconcileRef> refs() {
    return groups.stream().flatMap(List::stream).toList();
  }

  /** "CONFLICT quake-toll (the outlets disagree on the death toll)". */
  String title() {
    return kind + " " + id + (note.isEmpty() ? "" : " (" + note + ")");
  }
}
