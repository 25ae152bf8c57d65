package dev.crosscheck.robustness;

import dev.crosscheck.cli.CrossCheckCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the {@code crosscheck} command line in this JVM or in a child JVM, capturing its output. */
final class Cli {
  private Cli() {}

  /** What one run printed and returned. */
  record Run(int exit, String out, String err) {
    /** The lines of stderr. */
    List<String> errLines() {
      return err.lines().toList();
    }

    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  /** Runs {@code args} in this JVM through the same command line {@code Main} uses. */
  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit;
    try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
      exit = CrossCheckCommand.commandLine(o, e).execute(args);
    }
    return new Run(exit, out.toString(), err.toString());
  }

  /**
   * Starts {@code dev.crosscheck.cli.Main args} in a child JVM on this JVM's class path, its output
   * going to files in {@code logs}.
   */
  static Process start(Path logs, String name, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.crosscheck.cli.Main");
    command.addAll(List.of(args));
    try {
      Files.createDirectories(logs);
      return new ProcessBuilder(command)
          .redirectOutput(logs.resolve(name + ".out").toFile())
          .redirectError(logs.resolve(name + ".err").toFile())
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a child JVM", e);
    }
  }

  /** Waits for a child started by {@link #start} and returns what it printed. */
  static Run await(Process child, Path logs, String name, long timeoutSeconds) {
    try {
      if (!child.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        child.destroyForcibly().waitFor();
        throw new AssertionError(name + " did not finish within " + timeoutSeconds + " s");
      }
      return new Run(
          child.exitValue(),
          Files.readString(logs.resolve(name + ".out")),
          Files.readString(logs.resolve(name + ".err")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      child.destroyForcibly();
      throw new AssertionError("interrupted", e);
    }
  }

  /** Runs a child to its end. */
  static Run runChild(Path logs, String name, long timeoutSeconds, String... args) {
    return await(start(logs, name, args), logs, name, timeoutSeconds);
  }
}
