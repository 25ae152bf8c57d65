package dev.crosscheck.index;

import java.nio.file.Path;

/**
 * Thrown by {@link LuceneClaimStore#open} when another process (or another open store in this JVM)
 * holds the index's write lock. Immutable.
 */
public final class IndexLockedException extends IllegalStateException {
  IndexLockedException(Path directory, Throwable cause) {
    super("index " + directory + " is in use by another crosscheck process", cause);
  }
}
