package dev.crosscheck;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The two steps of replacing a file through a temporary one beside it, shared by the caches and
 * the report files. Stateless.
 */
final class AtomicFiles {
  private AtomicFiles() {}

  /** Moves {@code from} over {@code to}, atomically where the file system can. */
  static void replace(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes a temporary file left by a failed write; the write's error is the one to report. */
  static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // the write already failed; that error is the one to report
    }
  }
}
