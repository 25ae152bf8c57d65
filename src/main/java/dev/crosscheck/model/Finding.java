package dev.crosscheck.model;

import dev.crosscheck.internal.Checks;

/**
 * One line of a CI check's output: where in which draft file, how severe under the check's policy,
 * the assessment behind it, a one-line message, and a fingerprint that stays the same while the
 * claim and the corpus verdict do (it ignores line numbers), for baselines and code-scanning UIs.
 * {@code baselined} marks findings accepted earlier, which never fail a build. Immutable.
 */
public record Finding(
    String file,
    int line,
    int column,
    Severity severity,
    Assessment assessment,
    String message,
    String fingerprint,
    boolean baselined) {
  public Finding {
    Checks.notNull(file, "file");
    Checks.notNull(severity, "severity");
    Checks.notNull(assessment, "assessment");
    Checks.notNull(message, "message");
    Checks.notNull(fingerprint, "fingerprint");
    Checks.argument(line >= 1 && column >= 1, "line and column are 1-based, were %d:%d", line, column);
  }

  public Verdict type() {
    return assessment.verdict();
  }
}
