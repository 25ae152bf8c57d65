package dev.crosscheck.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes report files atomically: to a temporary file beside the target, then moved over it, so a
 * full disk or a killed run never leaves half a report over a good one.
 */
final class ReportFiles {
  private ReportFiles() {}

  static void write(Path target, String content) {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = null;
    try {
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      Files.writeString(temp, content, StandardCharsets.UTF_8);
      readableByAll(temp);
      move(temp, target);
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new UncheckedIOException("cannot write report " + target, e);
    }
  }

  /** Temporary files are private to their owner; a report is meant to be shared. */
  private static void readableByAll(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
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
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // the write already failed; that error is the one to report
    }
  }
}
