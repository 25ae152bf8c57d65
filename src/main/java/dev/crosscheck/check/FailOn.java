package dev.crosscheck.check;

/** Which findings fail a check. */
public enum FailOn {
  /** Contradictions fail the build. */
  CONFLICT,
  /** Contradictions and claims the corpus says nothing about fail the build. */
  UNSUPPORTED,
  /** Nothing fails the build; findings are only reported. */
  NEVER
}
