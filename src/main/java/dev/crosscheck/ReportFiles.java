package dev.crosscheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the files of one report all or nothing, as far as a file system allows: every file is
 * first written to a temporary file beside its target, and only when all of them are written (and
 * every target is a regular file or absent) are they moved over their targets, each atomically. So
 * a full disk, a read-only folder or a killed run never leaves half a report, or a new JSON beside
 * an old HTML page, over a good one; at worst a hidden {@code .*.tmp} file stays behind.
 */
final class ReportFiles {
  private ReportFiles() {}

  /**
   * What goes into one file, written straight to it: a report for 100,000 articles is over a
   * gigabyte of text, more than a heap need hold. May throw {@link UncheckedIOException}.
   */
  @FunctionalInterface
  interface Content {
    void writeTo(Writer out);
  }

  /**
   * Writes each file of {@code files} (target to content); see the class comment. The contents are
   * rendered at once, one thread each: at 100,000 articles the JSON and the HTML page take about
   * ten seconds apiece. Returns the attributes each target's content had just before it was moved
   * into place (a move keeps them), so that what is known about a file is never what another
   * writer put there since. When several fail, the first in {@code files}' order is reported.
   */
  static Map<Path, BasicFileAttributes> writeAll(Map<Path, Content> files) {
    List<Path> targets = List.copyOf(files.keySet());
    Path[] temps = new Path[targets.size()];
    Throwable[] failures = new Throwable[targets.size()];
    List<Thread> helpers = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      int at = i;
      Runnable render = () -> {
        try {
          checkTarget(targets.get(at));
          temps[at] = temp(targets.get(at), files.get(targets.get(at)));
        } catch (IOException | RuntimeException | Error e) {
          failures[at] = e; // an Error too: a helper thread must not die with it unseen
        }
      };
      if (i == targets.size() - 1) {
        render.run();
      } else {
        Thread helper = new Thread(render, "crosscheck-report-" + targets.get(i).getFileName());
        helper.setDaemon(true);
        helper.start();
        helpers.add(helper);
      }
    }
    joinAll(helpers);
    for (int i = 0; i < targets.size(); i++) {
      if (failures[i] != null) {
        Arrays.stream(temps).filter(Objects::nonNull).forEach(AtomicFiles::deleteQuietly);
        throw failure(targets.get(i), failures[i]);
      }
    }
    Map<Path, BasicFileAttributes> written = new LinkedHashMap<>();
    Path current = null;
    try {
      for (int i = 0; i < targets.size(); i++) {
        current = targets.get(i);
        written.put(current, Files.readAttributes(temps[i], BasicFileAttributes.class));
        AtomicFiles.replace(temps[i], current);
      }
      return written;
    } catch (IOException e) {
      Arrays.stream(temps).filter(Objects::nonNull).forEach(AtomicFiles::deleteQuietly);
      throw failure(current, e);
    }
  }

  /** I/O failures name the file; a renderer's own exception or error passes as it is. */
  private static RuntimeException failure(Path target, Throwable e) {
    if (e instanceof Error error) {
      throw error;
    }
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      return new UncheckedIOException("cannot write report " + target, cause);
    }
    return (RuntimeException) e;
  }

  private static void joinAll(List<Thread> threads) {
    boolean interrupted = false;
    for (Thread t : threads) {
      while (true) {
        try {
          t.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true; // the files must still be finished or cleaned up
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** A directory (or anything but a regular file) where a report file goes is not replaced. */
  private static void checkTarget(Path target) throws IOException {
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
        && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileSystemException(target.toString(), null, "exists and is not a regular file");
    }
  }

  private static Path temp(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    try {
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        content.writeTo(out);
      }
      readableByAll(temp);
      return temp;
    } catch (IOException | RuntimeException | Error e) {
      AtomicFiles.deleteQuietly(temp);
      throw e;
    }
  }

  /** Temporary files are private to their owner; a report is meant to be shared. */
  private static void readableByAll(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the platform's defaults apply
    }
  }
}
