package dev.crosscheck.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code crosscheck} command; it only lists the subcommands. */
@Command(
    name = "crosscheck",
    mixinStandardHelpOptions = true,
    version = "crosscheck 0.1.0",
    description = "Cross-checks the numbers news outlets print about the same story.",
    subcommands = {
      ReportCommand.class,
      IndexCommand.class,
      ClaimsCommand.class,
      CheckCommand.class,
      EvalExtractCommand.class,
      EvalReconcileCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 done (warnings about skipped files go to stderr), 1 a check found blocking"
          + " findings, 2 usage, input or internal error."
    })
public final class CrossCheckCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The configured command line, for {@link Main} and for tests that capture its writers. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new CrossCheckCommand());
    cl.setExecutionExceptionHandler(new Failures());
    cl.setExitCodeExceptionMapper(e -> ExitCodes.ERROR);
    return cl;
  }

  /** A command line whose output and errors go to the given writers. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = commandLine();
    cl.setOut(out);
    cl.setErr(err);
    return cl;
  }
}
