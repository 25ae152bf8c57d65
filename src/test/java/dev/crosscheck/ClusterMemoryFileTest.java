package dev.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterMemoryFileTest {
  @TempDir Path dir;

  @Test
  void keepsWhatARunRecalledOrRememberedAndNothingElse() {
    ClusterMemoryFile first = ClusterMemoryFile.in(dir);
    first.remember("old", List.of(List.of(0)));
    first.remember("kept", List.of(List.of(1, 0), List.of(2)));
    first.save();

    ClusterMemoryFile second = ClusterMemoryFile.in(dir);
    assertThat(second.recall("kept")).contains(List.of(List.of(1, 0), List.of(2)));
    second.remember("new", List.of(List.of(0, 1)));
    second.save();

    ClusterMemoryFile third = ClusterMemoryFile.in(dir);
    assertThat(third.recall("old")).isEmpty();
    assertThat(third.recall("kept")).isPresent();
    assertThat(third.recall("new")).contains(List.of(List.of(0, 1)));
  }

  @Test
  void aFileThatIsNoMemoryIsIgnoredAndReplaced() throws IOException {
    Files.writeString(dir.resolve(ClusterMemoryFile.FILE_NAME), "not a cache");
    ClusterMemoryFile memory = ClusterMemoryFile.in(dir);
    assertThat(memory.recall("x")).isEmpty();
    memory.remember("x", List.of(List.of(0)));
    memory.save();
    assertThat(ClusterMemoryFile.in(dir).recall("x")).isPresent();
  }

  @Test
  void aMissingFolderCostsOnlyTheMemory() {
    ClusterMemoryFile memory = ClusterMemoryFile.in(dir.resolve("gone"));
    memory.remember("x", List.of(List.of(0)));
    memory.save();
    assertThat(dir.resolve("gone")).doesNotExist();
  }
}
