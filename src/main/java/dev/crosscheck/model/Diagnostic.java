package dev.crosscheck.model;

import dev.crosscheck.internal.Checks;

/**
 * A problem found in the input, recorded instead of thrown so that one bad file never stops a
 * run. {@code file} names the input, {@code line} is 1-based or 0 when unknown, and {@code
 * message} says what was wrong in one line. Immutable.
 */
public record Diagnostic(Severity severity, String file, int line, String message) {
  public Diagnostic {
    Checks.notNull(severity, "severity");
    Checks.notNull(file, "file");
    Checks.notNull(message, "message");
    Checks.argument(line >= 0, "line must be >= 0, was %d", line);
  }

  public static Diagnostic warning(String file, int line, String message) {
    return new Diagnostic(Severity.WARNING, file, line, message);
  }

  public static Diagnostic error(String file, String message) {
    return new Diagnostic(Severity.ERROR, file, 0, message);
  }

  /** {@code file:line: severity: message}, the one-line form used by the CLI. */
  public String format() {
    String where = line > 0 ? file + ":" + line : file;
    return where + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
  }
}
