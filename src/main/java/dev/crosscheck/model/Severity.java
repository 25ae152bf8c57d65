package dev.crosscheck.model;

/** How bad a {@link Diagnostic} is. */
public enum Severity {
  /** Informational: something was read in a fallback way. */
  INFO,
  /** Part of an input was skipped or guessed; the rest was processed. */
  WARNING,
  /** An input was skipped entirely. */
  ERROR
}
