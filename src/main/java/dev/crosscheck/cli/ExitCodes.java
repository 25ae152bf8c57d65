package dev.crosscheck.cli;

/** The exit codes every command uses, as linters do. */
final class ExitCodes {
  static final int OK = 0;
  static final int FINDINGS = 1;
  static final int ERROR = 2;

  private ExitCodes() {}
}
