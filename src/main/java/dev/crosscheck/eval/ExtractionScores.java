package dev.crosscheck.eval;

import dev.crosscheck.model.ClaimKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scores of one run over a gold table: per claim kind for value and for value+unit, the
 * subject score, the no-claim rows that yielded claims, and a readable account of every row that
 * was not matched perfectly. See {@link ExtractionEvaluator} for what matches. Immutable.
 *
 * @param value counts per kind for matching by kind, value and surface
 * @param valueUnit counts per kind for matching that also needs unit, interval, role, change and
 *     timeframe
 * @param subject counts for claims with expected subject terms
 * @param rows the number of gold rows
 * @param noClaimRows the number of rows that expect no claim
 * @param noClaimViolations the no-claim rows that yielded claims, one line each
 * @param mismatches every imperfect row: sentence, expected and found claims, subjects
 */
public record ExtractionScores(
    Map<ClaimKind, Score> value,
    Map<ClaimKind, Score> valueUnit,
    Score subject,
    int rows,
    int noClaimRows,
    List<String> noClaimViolations,
    List<String> mismatches) {
  /** Value F1 the table must reach overall. */
  public static final double VALUE_TARGET = 0.97;
  /** Value+unit F1 the table must reach overall. */
  public static final double VALUE_UNIT_TARGET = 0.95;
  /** Subject F1 the table must reach. */
  public static final double SUBJECT_TARGET = 0.85;

  public ExtractionScores {
    value = Map.copyOf(value);
    valueUnit = Map.copyOf(valueUnit);
    noClaimViolations = List.copyOf(noClaimViolations);
    mismatches = List.copyOf(mismatches);
  }

  /** Value counts over all kinds. */
  public Score overallValue() {
    return value.values().stream().reduce(Score.EMPTY, Score::plus);
  }

  /** Value+unit counts over all kinds. */
  public Score overallValueUnit() {
    return valueUnit.values().stream().reduce(Score.EMPTY, Score::plus);
  }

  /** The targets missed, one line each; empty when the table passes. */
  public List<String> missedTargets() {
    List<String> missed = new ArrayList<>();
    check(missed, "value F1", overallValue().f1(), VALUE_TARGET);
    check(missed, "value+unit F1", overallValueUnit().f1(), VALUE_UNIT_TARGET);
    check(missed, "subject F1", subject.f1(), SUBJECT_TARGET);
    if (!noClaimViolations.isEmpty()) {
      missed.add(noClaimViolations.size() + " no-claim rows yielded claims");
    }
    return missed;
  }

  /** The per-kind table with the overall and subject lines, as the command prints it. */
  public String table() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%d rows, %d of them without claims\n", rows, noClaimRows));
    b.append(String.format(Locale.ROOT, "%-9s %5s %5s | %-20s | %-20s\n", "kind", "gold", "found",
        "value   P     R     F1", "value+unit P  R     F1"));
    Map<ClaimKind, Score> sorted = new EnumMap<>(ClaimKind.class);
    sorted.putAll(value);
    for (ClaimKind kind : sorted.keySet()) {
      line(b, kind.name(), value.get(kind), valueUnit.getOrDefault(kind, Score.EMPTY));
    }
    line(b, "overall", overallValue(), overallValueUnit());
    b.append(String.format(Locale.ROOT, "subject (%d claims with terms): P %.3f R %.3f F1 %.3f\n",
        subject.truePositives() + subject.falseNegatives(), subject.precision(), subject.recall(),
        subject.f1()));
    b.append(String.format(Locale.ROOT, "no-claim rows with claims: %d\n", noClaimViolations.size()));
    return b.toString();
  }

  private static void line(StringBuilder b, String label, Score v, Score u) {
    b.append(String.format(Locale.ROOT, "%-9s %5d %5d |   %.3f %.3f %.3f  |   %.3f %.3f %.3f\n",
        label, v.truePositives() + v.falseNegatives(), v.truePositives() + v.falsePositives(),
        v.precision(), v.recall(), v.f1(), u.precision(), u.recall(), u.f1()));
  }

  private static void check(List<String> missed, String what, double got, double target) {
    if (got < target) {
      missed.add(String.format(Locale.ROOT, "%s %.3f is below the target %.2f", what, got, target));
    }
  }
}
