package dev.crosscheck.cli;

import picocli.CommandLine;

/** Entry point of the {@code crosscheck} command; the only place that calls {@code System.exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(CrossCheckCommand.commandLine().execute(args));
  }
}
