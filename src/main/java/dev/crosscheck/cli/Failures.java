package dev.crosscheck.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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

  /** One line: the wrapper's context, then what the file system said, on the innermost cause. */
  static String message(Throwable e) {
    String m = e.getMessage();
    String line = m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    if (e instanceof UncheckedIOException && e.getCause() instanceof IOException cause) {
      String own = cause.getMessage();
      if (line.equals(cause.toString())) {
        line = reason(cause);
      } else if (own != null && line.endsWith(": " + own)) {
        line = line.substring(0, line.length() - own.length() - 2) + ": " + reason(cause);
      } else {
        line = line + ": " + reason(cause);
      }
    }
    return line.replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }

  /** "/out/index.html: Read-only file system", "/x: permission denied", … */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException a) {
      return a.getFile() + ": permission denied";
    }
    if (e instanceof NoSuchFileException n) {
      return n.getFile() + ": no such file or directory";
    }
    if (e instanceof FileAlreadyExistsException f && f.getFile() != null) {
      boolean dir = Files.isDirectory(Path.of(f.getFile()));
      return f.getFile() + (dir ? ": already exists" : ": exists and is not a directory");
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getFile() == null ? f.getReason() : f.getFile() + ": " + f.getReason();
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
