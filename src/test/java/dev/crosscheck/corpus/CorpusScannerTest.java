package dev.crosscheck.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.crosscheck.model.Diagnostic;
import dev.crosscheck.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Walking corpus roots. */
class CorpusScannerTest {
  @TempDir Path dir;
  private final CorpusScanner scanner = new CorpusScanner();

  @Test
  void walksRecursivelyInRelativePathOrderAndSkipsHiddenEntries() throws IOException {
    touch(
        "b.md",
        "sub/z.txt",
        "sub/a.html",
        "a.json",
        ".git/config",
        ".crosscheck/index/x.md",
        "sub/.hidden.md",
        "sub/deeper/c.jsonl");

    CorpusScanner.Scan scan = scanner.scan(List.of(dir));

    assertThat(scan.files())
        .extracting(CorpusFile::relativePath)
        .containsExactly("a.json", "b.md", "sub/a.html", "sub/deeper/c.jsonl", "sub/z.txt");
    assertThat(scan.files().get(2).file()).isEqualTo(dir.resolve("sub/a.html"));
    assertThat(scan.files()).allSatisfy(f -> assertThat(f.root()).isEqualTo(dir));
    assertThat(scan.diagnostics()).isEmpty();
  }

  @Test
  void fileRootIsTakenAsGivenWithItsName() throws IOException {
    touch(".draft.md");

    CorpusScanner.Scan scan = scanner.scan(List.of(dir.resolve(".draft.md")));

    assertThat(scan.files())
        .extracting(CorpusFile::relativePath, CorpusFile::file)
        .containsExactly(tuple(".draft.md", dir.resolve(".draft.md")));
  }

  @Test
  void missingRootIsAnError() {
    CorpusScanner.Scan scan = scanner.scan(List.of(dir.resolve("nope")));

    assertThat(scan.files()).isEmpty();
    assertThat(scan.diagnostics())
        .extracting(Diagnostic::severity, Diagnostic::file)
        .containsExactly(tuple(Severity.ERROR, dir.resolve("nope").toString()));
  }

  @Test
  void symlinkLoopAndBrokenLinkAreReported() throws IOException {
    touch("sub/a.md");
    Files.createSymbolicLink(dir.resolve("sub/loop"), dir.resolve("sub"));
    Files.createSymbolicLink(dir.resolve("sub/dangling.md"), dir.resolve("missing.md"));

    CorpusScanner.Scan scan = scanner.scan(List.of(dir));

    assertThat(scan.files()).extracting(CorpusFile::relativePath).containsExactly("sub/a.md");
    assertThat(scan.diagnostics())
        .extracting(Diagnostic::file, Diagnostic::message)
        .containsExactlyInAnyOrder(
            tuple(dir.resolve("sub/loop").toString(), "symbolic link loop, skipped"),
            tuple(dir.resolve("sub/dangling.md").toString(), "broken symbolic link, skipped"));
  }

  @Test
  void linksPointingAtEachOtherAreALoopNotABrokenLink() throws IOException {
    touch("a.md");
    Files.createSymbolicLink(dir.resolve("ping.md"), dir.resolve("pong.md"));
    Files.createSymbolicLink(dir.resolve("pong.md"), dir.resolve("ping.md"));
    Files.createSymbolicLink(dir.resolve("self.md"), dir.resolve("self.md"));

    CorpusScanner.Scan scan = scanner.scan(List.of(dir, dir.resolve("self.md")));

    assertThat(scan.files()).extracting(CorpusFile::relativePath).containsExactly("a.md");
    assertThat(scan.diagnostics())
        .extracting(Diagnostic::file, Diagnostic::message)
        .containsExactlyInAnyOrder(
            tuple(dir.resolve("ping.md").toString(), "symbolic link loop, skipped"),
            tuple(dir.resolve("pong.md").toString(), "symbolic link loop, skipped"),
            tuple(dir.resolve("self.md").toString(), "symbolic link loop, skipped"),
            tuple(dir.resolve("self.md").toString(), "symbolic link loop, skipped"));
  }

  @Test
  void sameFileTwiceIsListedOnceAndClashingRelativePathsWarn() throws IOException {
    Path one = Files.createDirectories(dir.resolve("one"));
    Path two = Files.createDirectories(dir.resolve("two"));
    touch("one/a.md", "two/a.md", "two/b.md");

    CorpusScanner.Scan scan = scanner.scan(List.of(one, two, one, one.resolve("a.md")));

    assertThat(scan.files())
        .extracting(CorpusFile::relativePath, CorpusFile::file)
        .containsExactly(tuple("a.md", one.resolve("a.md")), tuple("b.md", two.resolve("b.md")));
    assertThat(scan.diagnostics())
        .singleElement()
        .satisfies(d -> assertThat(d.file()).isEqualTo(two.resolve("a.md").toString()))
        .satisfies(d -> assertThat(d.message()).contains("already used"));
  }

  @Test
  void unreadableDirectoryIsReported() throws IOException {
    touch("locked/a.md", "open/b.md");
    Path locked = dir.resolve("locked");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      Assumptions.assumeFalse(Files.isReadable(locked), "running as a user who can read anything");
      CorpusScanner.Scan scan = scanner.scan(List.of(dir));

      assertThat(scan.files()).extracting(CorpusFile::relativePath).containsExactly("open/b.md");
      assertThat(scan.diagnostics())
          .extracting(Diagnostic::severity, Diagnostic::file)
          .containsExactly(tuple(Severity.ERROR, locked.toString()));
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void nullRootsAreProgrammerErrors() {
    assertThatThrownBy(() -> scanner.scan(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> scanner.scan(Arrays.asList(dir, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("root must not be null");
  }

  private void touch(String... paths) throws IOException {
    for (String p : paths) {
      Path file = dir.resolve(p);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "Text of " + p + "\n");
    }
  }
}
