package dev.crosscheck.cli;

import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns any exception a command lets escape into one line on stderr and exit code 2; the stack
 * trace only with {@code --verbose}. The one broad catch the CLI has.
 */
final class Failures implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
    cl.getErr().println("crosscheck: " + message(e));
    if (verbose(parsed)) {
      e.printStackTrace(cl.getErr());
    }
    cl.getErr().flush();
    return ExitCodes.ERROR;
  }

  static String message(Throwable e) {
    if (e instanceof UncheckedIOException u && u.getCause() != null) {
      return u.getMessage() + ": " + u.getCause().getMessage();
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  private static boolean verbose(ParseResult parsed) {
    ParseResult leaf = parsed;
    while (leaf.subcommand() != null) {
      leaf = leaf.subcommand();
    }
    return leaf.hasMatchedOption("--verbose");
  }
}
