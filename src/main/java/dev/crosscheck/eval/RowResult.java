package dev.crosscheck.eval;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * How the claims found in one gold row's sentence compare with the claims it expects, under the
 * rules of {@link ExtractionEvaluator}. Immutable once built.
 */
final class RowResult {
  private final GoldRow row;
  private final List<Claim> found;
  private final List<TextSpan> expectedSpans;
  private final int[] valueMatch;
  private final int[] fullMatch;

  RowResult(GoldRow row, List<Claim> found) {
    this.row = row;
    this.found = List.copyOf(found);
    this.expectedSpans = locate(row);
    this.valueMatch = match(this::sameValue);
    this.fullMatch = match((e, c) -> sameValue(e, c) && Criteria.sameDetails(row.claims().get(e), c));
  }

  GoldRow row() {
    return row;
  }

  List<Claim> found() {
    return found;
  }

  /** The found claim index matched to expected claim {@code e} by value, or -1. */
  int valueMatch(int e) {
    return valueMatch[e];
  }

  int fullMatch(int e) {
    return fullMatch[e];
  }

  /** Value or value+unit counts for claims of {@code kind} (expected kind, or found kind for FPs). */
  Score score(ClaimKind kind, boolean full) {
    int[] matches = full ? fullMatch : valueMatch;
    int tp = 0;
    int fn = 0;
    boolean[] used = new boolean[found.size()];
    for (int e = 0; e < matches.length; e++) {
      if (matches[e] >= 0) {
        used[matches[e]] = true;
      }
      if (row.claims().get(e).kind() == kind) {
        tp += matches[e] >= 0 ? 1 : 0;
        fn += matches[e] >= 0 ? 0 : 1;
      }
    }
    int fp = 0;
    for (int f = 0; f < found.size(); f++) {
      fp += !used[f] && found.get(f).kind() == kind ? 1 : 0;
    }
    return new Score(tp, fp, fn);
  }

  /** Subject counts: claims with expected terms, right when the value-matched claim shows them all. */
  Score subjectScore() {
    int right = 0;
    int wrong = 0;
    int missing = 0;
    for (int e = 0; e < row.claims().size(); e++) {
      ExpectedClaim x = row.claims().get(e);
      if (x.terms().isEmpty()) {
        continue;
      }
      if (valueMatch[e] < 0) {
        missing++;
      } else if (subjectRight(e)) {
        right++;
      } else {
        wrong++;
      }
    }
    return new Score(right, wrong, wrong + missing);
  }

  boolean subjectRight(int e) {
    ExpectedClaim x = row.claims().get(e);
    return valueMatch[e] >= 0
        && x.terms().stream().allMatch(t -> t.heldBy(found.get(valueMatch[e]).subject()));
  }

  boolean perfect() {
    if (found.size() != row.claims().size()) {
      return false;
    }
    for (int e = 0; e < row.claims().size(); e++) {
      if (fullMatch[e] < 0 || (!row.claims().get(e).terms().isEmpty() && !subjectRight(e))) {
        return false;
      }
    }
    return true;
  }

  private boolean sameValue(int e, Claim c) {
    ExpectedClaim x = row.claims().get(e);
    TextSpan where = expectedSpans.get(e);
    return x.kind() == c.kind()
        && x.value().compareTo(c.quantity().value()) == 0
        && c.span().start() < where.end()
        && where.start() < c.span().end();
  }

  /** Greedy one-to-one matching in text order: each expected claim takes the first free fit. */
  private int[] match(BiPredicate<Integer, Claim> fits) {
    int[] matches = new int[row.claims().size()];
    boolean[] used = new boolean[found.size()];
    for (int e = 0; e < matches.length; e++) {
      matches[e] = -1;
      for (int f = 0; f < found.size() && matches[e] < 0; f++) {
        if (!used[f] && fits.test(e, found.get(f))) {
          matches[e] = f;
          used[f] = true;
        }
      }
    }
    return matches;
  }

  /** The n-th expected claim with a given surface stands at that surface's n-th occurrence. */
  private static List<TextSpan> locate(GoldRow row) {
    List<TextSpan> spans = new ArrayList<>();
    for (int e = 0; e < row.claims().size(); e++) {
      String surface = row.claims().get(e).surface();
      int from = 0;
      for (int k = 0; k < e; k++) {
        if (row.claims().get(k).surface().equals(surface)) {
          from = spans.get(k).start() + 1;
        }
      }
      int at = row.sentence().indexOf(surface, from);
      at = at < 0 ? row.sentence().indexOf(surface) : at;
      spans.add(TextSpan.of(at, at + surface.length()));
    }
    return spans;
  }
}
