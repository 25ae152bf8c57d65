package dev.crosscheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;

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
   * Writes each file of {@code files} (target to content), in order; see the class comment.
   * Returns the attributes each target's content had just before it was moved into place (a move
   * keeps them), so that what is known about a file is never what another writer put there since.
   */
  static Map<Path, BasicFileAttributes> writeAll(Map<Path, Content> files) {
    Map<Path, Path> temps = new LinkedHashMap<>();
    Map<Path, BasicFileAttributes> written = new LinkedHashMap<>();
    Path current = null;
    try {
      for (Map.Entry<Path, Content> file : files.entrySet()) {
        current = file.getKey();
        checkTarget(current);
        temps.put(current, temp(current, file.getValue()));
      }
      for (Map.Entry<Path, Path> temp : temps.entrySet()) {
        current = temp.getKey();
        written.put(current, Files.readAttributes(temp.getValue(), BasicFileAttributes.class));
        move(temp.getValue(), current);
      }
      return written;
    } catch (IOException | UncheckedIOException e) {
      temps.values().forEach(ReportFiles::deleteQuietly);
      IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      throw new UncheckedIOException("cannot write report " + current, cause);
    } catch (RuntimeException e) {
      temps.values().forEach(ReportFiles::deleteQuietly); // a renderer's own failure
      throw e;
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
    } catch (IOException | RuntimeException e) {
      deleteQuietly(temp);
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

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // the write already failed; that error is the one to report
    }
  }
}
