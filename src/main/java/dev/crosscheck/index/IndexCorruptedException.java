package dev.crosscheck.index;

import java.nio.file.Path;

/**
 * Thrown when the index files on disk cannot be read: truncated, checksum mismatch, missing files
 * or an unreadable format. The message names the directory and asks for a rebuild. Immutable.
 */
public final class IndexCorruptedException extends IllegalStateException {
  IndexCorruptedException(Path directory, Throwable cause) {
    super(
        "index "
            + directory
            + " is corrupted or unreadable ("
            + cause.getClass().getSimpleName()
            + "); run with --rebuild to rebuild it from the corpus",
        cause);
  }
}
