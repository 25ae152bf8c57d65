package dev.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.corpus.CorpusFile;
import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.ClaimKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unchanged files are not read again; anything that might hide a change makes them read. */
class FileStampsTest {
  private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
  private static final String LICENSE = "# Deal\n\nsource: Wire\n\nThe license runs through 2032.\n";
  /** As long as {@link #LICENSE}, so only the modification time can tell them apart. */
  private static final String CHANGED = "# Deal\n\nsource: Wire\n\nThe license runs through 2030.\n";

  @TempDir Path corpus;
  @TempDir Path index;
  private Path article;

  @BeforeEach
  void write() throws IOException {
    article = Files.writeString(corpus.resolve("a.md"), LICENSE);
    Files.setLastModifiedTime(article, LONG_AGO);
  }

  @Test
  void aFileWithTheSameSizeAndTimeIsNotReadAgain() throws IOException {
    try (CrossChecker checker = CrossChecker.open(index)) {
      checker.index(List.of(corpus));
      changeKeepingTheStamp();

      IndexSummary again = checker.index(List.of(corpus));

      assertThat(again.unchanged()).isEqualTo(1);
      assertThat(years(checker)).containsExactly("2032");
    }
  }

  @Test
  void aNewModificationTimeMakesItRead() throws IOException {
    try (CrossChecker checker = CrossChecker.open(index)) {
      checker.index(List.of(corpus));
      Files.writeString(article, CHANGED);
      Files.setLastModifiedTime(article, FileTime.from(Instant.parse("2020-01-01T00:00:01Z")));

      IndexSummary again = checker.index(List.of(corpus));

      assertThat(again.analysed()).isEqualTo(1);
      assertThat(years(checker)).containsExactly("2030");
    }
  }

  @Test
  void aFileModifiedJustBeforeTheStampsWereSavedIsReadAgain() throws IOException {
    Files.setLastModifiedTime(article, FileTime.from(Instant.now()));
    try (CrossChecker checker = CrossChecker.open(index)) {
      checker.index(List.of(corpus));
      FileTime racy = Files.getLastModifiedTime(article);
      Files.writeString(article, CHANGED);
      Files.setLastModifiedTime(article, racy);

      checker.index(List.of(corpus));

      assertThat(years(checker)).containsExactly("2030");
    }
  }

  @Test
  void articlesIndexedFromMemoryVoidTheStamps() throws IOException {
    try (CrossChecker checker = CrossChecker.open(index)) {
      checker.index(List.of(corpus));
      checker.index(checker.extract(Files.writeString(corpus.resolve("b.md"), LICENSE))
          .articles().stream().map(ArticleClaims::article).toList());
      Files.delete(corpus.resolve("b.md"));
      changeKeepingTheStamp();

      checker.index(List.of(corpus));

      assertThat(years(checker)).containsExactly("2030");
    }
  }

  @Test
  void stampsSavedByAnotherBuildAreIgnored() throws IOException {
    CorpusFile file = new CorpusFile(corpus, article, "a.md");
    FileStamps.Stamp stamp = FileStamps.Stamp.of(article).orElseThrow();
    FileStamps old = FileStamps.in(index, "commit-1", "build-old");
    old.remember(file, stamp, List.of(ArticleId.of("a.md")));
    old.save("commit-1");

    assertThat(FileStamps.in(index, "commit-1", "build-old").unchanged(file, stamp)).isPresent();
    assertThat(FileStamps.in(index, "commit-1", "build-new").unchanged(file, stamp)).isEmpty();
    assertThat(FileStamps.in(index, "commit-2", "build-old").unchanged(file, stamp)).isEmpty();
  }

  @Test
  void damagedStampsAreIgnored() throws IOException {
    try (CrossChecker checker = CrossChecker.open(index)) {
      checker.index(List.of(corpus));
    }
    Path stamps = index.resolve(FileStamps.FILE_NAME);
    byte[] bytes = Files.readAllBytes(stamps);
    bytes[bytes.length / 2] ^= 0x10;
    Files.write(stamps, bytes);
    changeKeepingTheStamp();
    try (CrossChecker checker = CrossChecker.open(index)) {
      checker.index(List.of(corpus));
      assertThat(years(checker)).containsExactly("2030");
    }
  }

  /** Writes {@link #CHANGED}, as long as the old text, and sets the old modification time. */
  private void changeKeepingTheStamp() throws IOException {
    Files.writeString(article, CHANGED);
    Files.setLastModifiedTime(article, LONG_AGO);
  }

  private static List<String> years(CrossChecker checker) {
    return checker.report().topics().stream().flatMap(t -> t.claims().stream())
        .filter(c -> c.kind() == ClaimKind.YEAR).map(c -> c.quantity().value().toPlainString())
        .toList();
  }
}
