package dev.crosscheck.index;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;

/** Translates Lucene's checked exceptions into the unchecked ones this package throws. */
final class Failures {
  private Failures() {}

  /** An {@link IndexCorruptedException} for unreadable index files, else an unchecked wrapper. */
  static RuntimeException wrap(IOException e, Path directory) {
    if (isCorruption(e)) {
      return new IndexCorruptedException(directory, e);
    }
    return new UncheckedIOException("index " + directory + ": " + e.getMessage(), e);
  }

  private static boolean isCorruption(IOException e) {
    return e instanceof CorruptIndexException
        || e instanceof IndexFormatTooOldException
        || e instanceof IndexFormatTooNewException
        || e instanceof EOFException
        || e instanceof NoSuchFileException
        || e instanceof FileNotFoundException;
  }
}
