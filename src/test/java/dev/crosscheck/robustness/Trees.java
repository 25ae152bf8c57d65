package dev.crosscheck.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** File-tree helpers: copies, snapshots to compare, and the Lucene integrity check. */
final class Trees {
  private Trees() {}

  /** Copies the tree {@code from} to {@code to} (created), returns {@code to}. */
  static Path copy(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every regular file under {@code dir} by relative path, with its bytes as text for diffs. */
  static Map<String, String> snapshot(Path dir) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.filter(Files::isRegularFile).toList()) {
        byte[] bytes = Files.readAllBytes(p);
        files.put(dir.relativize(p).toString(), Arrays.toString(
            MessageDigest.getInstance("SHA-256").digest(bytes)));
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Cuts {@code file} to {@code size} bytes. */
  static void truncate(Path file, long size) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(size);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts that Lucene's CheckIndex finds the index in {@code dir} clean. */
  static void assertIntact(Path dir) {
    try (Directory d = FSDirectory.open(dir); CheckIndex check = new CheckIndex(d)) {
      CheckIndex.Status status = check.checkIndex();
      assertThat(status.clean).as("CheckIndex of %s", dir).isTrue();
    } catch (IOException e) {
      throw new AssertionError("CheckIndex of " + dir + " failed: " + e, e);
    }
  }
}
