package dev.crosscheck;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * A cache kept in one file beside the index: written whole to a temporary file and moved into
 * place, so readers never see half of one; closed by a CRC-32 of its contents, so damage reads as
 * no cache. Failing to write or read one only costs time, so neither throws.
 */
final class CacheFile {
  private CacheFile() {}

  @FunctionalInterface
  interface Body {
    void write(DataOutputStream out) throws IOException;
  }

  @FunctionalInterface
  interface Parser<T> {
    /** The contents, or null when they are not for this reader (another version). */
    T read(DataInputStream in) throws IOException;
  }

  /** Replaces {@code file} with what {@code body} writes; false when it could not. */
  static boolean write(Path file, Body body) {
    Path tmp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + "."
        + Thread.currentThread().getId() + ".tmp");
    try {
      CheckedOutputStream checked = new CheckedOutputStream(
          new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16), new CRC32());
      try (DataOutputStream out = new DataOutputStream(checked)) {
        body.write(out);
        out.flush();
        out.writeLong(checked.getChecksum().getValue());
      }
      AtomicFiles.replace(tmp, file);
      return true;
    } catch (IOException | RuntimeException e) {
      AtomicFiles.deleteQuietly(tmp);
      return false;
    }
  }

  /** What {@code parser} reads from {@code file}; empty when missing, damaged or not its own. */
  static <T> Optional<T> read(Path file, Parser<T> parser) {
    try (CheckedInputStream checked = new CheckedInputStream(
            new BufferedInputStream(Files.newInputStream(file), 1 << 16), new CRC32());
        DataInputStream in = new DataInputStream(checked)) {
      T contents = parser.read(in);
      if (contents == null) {
        return Optional.empty();
      }
      long actual = checked.getChecksum().getValue();
      return in.readLong() == actual && in.read() == -1 ? Optional.of(contents) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
