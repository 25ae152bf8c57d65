package dev.crosscheck.check;

import dev.crosscheck.internal.Checks;
import dev.crosscheck.model.Severity;
import dev.crosscheck.model.Verdict;
import java.util.Set;

/**
 * What fails a check and which findings were accepted earlier (their fingerprints). Immutable.
 */
public record CheckPolicy(FailOn failOn, Set<String> baseline) {
  public CheckPolicy {
    Checks.notNull(failOn, "failOn");
    baseline = Set.copyOf(baseline);
  }

  public static CheckPolicy failOn(FailOn failOn) {
    return new CheckPolicy(failOn, Set.of());
  }

  public CheckPolicy withBaseline(Set<String> fingerprints) {
    return new CheckPolicy(failOn, fingerprints);
  }

  /** Contradictions are errors; unsupported claims warnings when they fail the build, else notes. */
  Severity severity(Verdict verdict) {
    switch (verdict) {
      case CONTRADICTION:
        return Severity.ERROR;
      case UNSUPPORTED:
        return failOn == FailOn.UNSUPPORTED ? Severity.WARNING : Severity.INFO;
      default:
        return Severity.INFO;
    }
  }

  /** True when a finding of this verdict fails the build unless baselined. */
  boolean fails(Verdict verdict) {
    switch (failOn) {
      case CONFLICT:
        return verdict == Verdict.CONTRADICTION;
      case UNSUPPORTED:
        return verdict != Verdict.SUPPORTED;
      default:
        return false;
    }
  }
}
