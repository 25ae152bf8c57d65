package dev.crosscheck.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Makes a directory read-only for this process, and undoes it. The tests run as root, for whom
 * {@code chmod} does not stop writes, so this first tries {@code chattr +i} (immutable: no entry
 * can be created, removed or renamed in the directory, even by root; files already in it stay
 * writable), and falls back to {@code chmod a-w} for ordinary users. It then checks that creating a
 * file really fails, and skips the test (with the reason) when neither works, e.g. on a file system
 * without attributes.
 */
final class ReadOnly implements AutoCloseable {
  private final Path dir;
  private final boolean chattr;

  private ReadOnly(Path dir, boolean chattr) {
    this.dir = dir;
    this.chattr = chattr;
  }

  /** Makes {@code dir} read-only until {@link #close()}. */
  static ReadOnly make(Path dir) {
    if (run("chattr", "+i", dir.toString()) && !writable(dir)) {
      return new ReadOnly(dir, true);
    }
    setMode(dir, "r-xr-xr-x");
    if (!writable(dir)) {
      return new ReadOnly(dir, false);
    }
    setMode(dir, "rwxr-xr-x");
    Assumptions.abort("cannot make " + dir + " read-only here (neither chattr +i nor chmod works)");
    throw new AssertionError("unreachable");
  }

  @Override
  public void close() {
    if (chattr) {
      run("chattr", "-i", dir.toString());
    } else {
      setMode(dir, "rwxr-xr-x");
    }
  }

  private static boolean writable(Path dir) {
    try {
      Files.delete(Files.createTempFile(dir, "probe", ".tmp"));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void setMode(Path dir, String mode) {
    try {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString(mode));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean run(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
