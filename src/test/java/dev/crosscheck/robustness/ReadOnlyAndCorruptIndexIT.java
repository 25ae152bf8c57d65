package dev.crosscheck.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Faults around the index and the report folder, on the sample corpus: a read-only report folder
 * or index, a file where a folder is expected (and the reverse), and a corrupted index. Each is one
 * line on stderr and exit 2, never a stack trace (unless --verbose), and never a partial report
 * over a good one: a good report is written first and must be byte for byte the same afterwards.
 *
 * <p>The tests run as root, for whom {@code chmod} does not stop writes; {@link ReadOnly} uses
 * {@code chattr +i} instead. "A full disk" is the same code path as a read-only folder (the
 * temporary file cannot be written), so it is not simulated separately.
 */
class ReadOnlyAndCorruptIndexIT {
  @TempDir static Path work;
  private static Path corpus;
  private static Path goodIndex;
  private static Path goodOut;
  private static Map<String, String> goodReport;

  @TempDir Path dir;

  @BeforeAll
  static void writeAGoodReport() {
    corpus = Trees.copy(Corpora.sample(), work.resolve("corpus"));
    goodIndex = work.resolve("index");
    goodOut = work.resolve("out");
    Cli.Run run = report(goodIndex, goodOut);
    assertThat(run.exit()).as("%s", run).isZero();
    goodReport = Trees.snapshot(goodOut);
    assertThat(goodReport).containsOnlyKeys("index.html", "report.json");
  }

  @Test
  void readOnlyReportFolderIsOneLineAndKeepsTheOldReport() {
    Path out = Trees.copy(goodOut, dir.resolve("out"));
    Cli.Run run;
    try (ReadOnly readOnly = ReadOnly.make(out)) {
      run = report(index(), out);
    }
    assertFailedInOneLine(run, "crosscheck: cannot write report " + out.resolve("report.json"));
    assertThat(Trees.snapshot(out)).isEqualTo(goodReport);
  }

  @Test
  void reportFolderUnderARegularFileIsOneLine() throws IOException {
    Path file = Files.writeString(dir.resolve("file.txt"), "not a folder");
    Path out = file.resolve("reports");

    Cli.Run run = report(index(), out);

    assertFailedInOneLine(run, "crosscheck: cannot write report " + out.resolve("report.json"));
    assertThat(Files.readString(file)).isEqualTo("not a folder");
  }

  @Test
  void reportFolderThatIsARegularFileIsOneLineAndLeftAlone() {
    Path out = Trees.copy(goodOut, dir.resolve("out"));

    Cli.Run run = report(index(), out.resolve("report.json"));

    assertFailedInOneLine(run, "exists and is not a directory");
    assertThat(Trees.snapshot(out)).isEqualTo(goodReport);
  }

  @Test
  void aFolderInTheWayOfTheHtmlPageLeavesTheJsonUntouchedToo() throws IOException {
    Path out = Trees.copy(goodOut, dir.resolve("out"));
    Files.delete(out.resolve("index.html"));
    Files.createDirectories(out.resolve("index.html"));
    Files.writeString(out.resolve("index.html/keep.txt"), "keep");

    Cli.Run run = report(index(), out);

    assertFailedInOneLine(run, "cannot write report " + out.resolve("index.html"));
    assertThat(run.err()).contains("exists and is not a regular file");
    assertThat(Trees.snapshot(out))
        .containsEntry("report.json", goodReport.get("report.json"))
        .containsOnlyKeys("report.json", "index.html/keep.txt");
  }

  @Test
  void readOnlyIndexIsOneLineKeepsTheReportAndStaysIntact() throws IOException {
    Path changed = Trees.copy(corpus, dir.resolve("corpus"));
    Files.writeString(changed.resolve("new.md"), "The agency paid $7 million for the site in 2024.\n");
    Path index = index();
    Path out = Trees.copy(goodOut, dir.resolve("out"));
    Cli.Run run;
    try (ReadOnly readOnly = ReadOnly.make(index)) {
      run = Cli.run("report", changed.toString(), "--index", index.toString(), "--out", out.toString());
    }
    assertFailedInOneLine(run, "crosscheck: index " + index);
    assertThat(Trees.snapshot(out)).isEqualTo(goodReport);
    Trees.assertIntact(index);
    Cli.Run again =
        Cli.run("index", changed.toString(), "--index", index.toString());
    assertThat(again.exit()).as("%s", again).isZero();
    assertThat(again.out()).contains("Indexed 6 articles");
  }

  @Test
  void indexFolderUnderARegularFileIsOneLine() throws IOException {
    Path file = Files.writeString(dir.resolve("file.txt"), "not a folder");
    Path out = Trees.copy(goodOut, dir.resolve("out"));

    Cli.Run run = report(file.resolve("index"), out);

    assertFailedInOneLine(run, "crosscheck: cannot open index directory " + file.resolve("index"));
    assertThat(Trees.snapshot(out)).isEqualTo(goodReport);
  }

  static Stream<Arguments> truncations() {
    return Trees.snapshot(goodIndex).keySet().stream()
        .filter(name -> !name.equals("write.lock") && !name.startsWith("crosscheck-"))
        .flatMap(name -> Stream.of(Arguments.of(name, "half"), Arguments.of(name, "empty")));
  }

  @ParameterizedTest(name = "{0} cut to {1}")
  @MethodSource("truncations")
  void truncatedIndexFileIsReportedWithTheRebuildHint(String file, String cut) throws IOException {
    Path index = index();
    Path segment = index.resolve(file);
    Trees.truncate(segment, cut.equals("half") ? Files.size(segment) / 2 : 0);
    Path out = Trees.copy(goodOut, dir.resolve("out"));

    Cli.Run run = report(index, out);

    assertFailedInOneLine(run, "crosscheck: index " + index + " is corrupted or unreadable");
    assertThat(run.err()).contains("run with --rebuild to rebuild it from the corpus");
    assertThat(Trees.snapshot(out)).isEqualTo(goodReport);
  }

  @Test
  void anIndexOfAnotherSchemaIsRebuiltWithANote() throws IOException {
    Path index = index();
    try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(index);
        org.apache.lucene.index.IndexWriter writer = new org.apache.lucene.index.IndexWriter(
            d, new org.apache.lucene.index.IndexWriterConfig())) {
      writer.setLiveCommitData(Map.of("schema", "2").entrySet());
      writer.commit();
    }
    Path out = dir.resolve("out");

    Cli.Run run = report(index, out);

    assertThat(run.exit()).as("%s", run).isZero();
    assertThat(run.errLines()).as("%s", run).singleElement().asString()
        .isEqualTo("crosscheck: index " + index + " has schema version 2, this crosscheck uses "
            + dev.crosscheck.index.LuceneClaimStore.SCHEMA_VERSION
            + ": rebuilding it from the corpus");
    assertThat(run.out()).contains("5 analysed, 0 unchanged");
    assertThat(Trees.snapshot(out)).isEqualTo(goodReport);
  }

  static Stream<Arguments> damagedCaches() {
    return Stream.of("crosscheck-clusters.bin", "crosscheck-files.bin", "crosscheck-report.bin")
        .flatMap(cache -> Stream.of(
            Arguments.of(cache, "cut to 0 bytes"), Arguments.of(cache, "cut to 3 bytes"),
            Arguments.of(cache, "cut to 40 bytes"), Arguments.of(cache, "bits flipped")));
  }

  /** The caches beside the index: damage costs time, never a wrong report. */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("damagedCaches")
  void aDamagedCacheIsIgnored(String cache, String damage) throws IOException {
    Path index = index();
    Path file = index.resolve(cache);
    byte[] bytes = Files.readAllBytes(file);
    if (damage.equals("bits flipped")) {
      for (int i = bytes.length - 1; i > bytes.length - 40 && i >= 0; i--) {
        bytes[i] = (byte) (bytes[i] ^ 0x01); // values that may still fit, but are not what was saved
      }
      Files.write(file, bytes);
    } else {
      Trees.truncate(file, Math.min(Integer.parseInt(damage.split(" ")[2]), bytes.length));
    }
    Path out = Trees.copy(goodOut, dir.resolve("out"));

    Cli.Run run = report(index, out);

    assertThat(run.exit()).as("%s", run).isZero();
    assertThat(Trees.snapshot(out)).isEqualTo(goodReport);
  }

  @Test
  void rebuildRebuildsACorruptedIndexFromTheCorpus() throws IOException {
    Path index = index();
    Path segments = Trees.snapshot(index).keySet().stream()
        .filter(name -> name.startsWith("segments_")).map(index::resolve).findFirst().orElseThrow();
    Trees.truncate(segments, Files.size(segments) / 2);
    Path out = dir.resolve("out");

    Cli.Run verbose = Cli.run("report", corpus.toString(), "--index", index.toString(), "--out",
        out.toString(), "--verbose");
    Cli.Run rebuilt = Cli.run("report", corpus.toString(), "--index", index.toString(), "--out",
        out.toString(), "--rebuild");

    assertThat(verbose.exit()).isEqualTo(2);
    assertThat(verbose.err()).contains("--rebuild", "\tat ", "CorruptIndexException");
    assertThat(rebuilt.exit()).as("%s", rebuilt).isZero();
    assertThat(rebuilt.out()).contains("Indexed 5 articles: 5 analysed");
    assertThat(Trees.snapshot(out)).isEqualTo(goodReport);
    Trees.assertIntact(index);
  }

  @Test
  void rebuildRefusesAFolderThatIsNotAnIndex() throws IOException {
    Path notAnIndex = Files.createDirectories(dir.resolve("documents"));
    Files.writeString(notAnIndex.resolve("thesis.md"), "years of work");

    Cli.Run run = Cli.run("index", corpus.toString(), "--index", notAnIndex.toString(), "--rebuild");

    assertFailedInOneLine(run, "does not look like a crosscheck index");
    assertThat(notAnIndex.resolve("thesis.md")).hasContent("years of work");
  }

  private Path index() {
    return Trees.copy(goodIndex, dir.resolve("index"));
  }

  private static Cli.Run report(Path index, Path out) {
    return Cli.run("report", corpus.toString(), "--index", index.toString(), "--out", out.toString());
  }

  private static void assertFailedInOneLine(Cli.Run run, String message) {
    assertThat(run.exit()).as("%s", run).isEqualTo(2);
    assertThat(run.errLines()).as("%s", run).singleElement().asString().contains(message);
    assertThat(run.err()).doesNotContain("\tat ");
  }
}
