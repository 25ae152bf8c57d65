package dev.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The gold-file syntax: lines, groups, references and the errors they can have. */
class ReconcileGoldTest {
  @TempDir Path dir;

  /** One gold line parsed on its own, for other tests. */
  static ReconcileItem parseLine(String line) {
    try {
      Path d = Files.createTempDirectory("gold-line");
      Files.writeString(d.resolve(ReconcileGold.FILE), line + "\n", StandardCharsets.UTF_8);
      ReconcileItem item = ReconcileGold.read(d).items().get(0);
      Files.delete(d.resolve(ReconcileGold.FILE));
      Files.delete(d);
      return item;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void readsSettingsItemsAndGroups() throws IOException {
    write("# comment\n\narticles\t../texts\nexact\tyes\n"
        + "CONFLICT\ttoll\tnote\ta: rose to [312] ; b: [312]\tc: killed [298]\n"
        + "SOURCES\tcopy\t\ta: [312]\tarticles=2 origins=1\n");
    ReconcileGold gold = ReconcileGold.read(dir);
    assertThat(gold.exact()).isTrue();
    assertThat(gold.articles()).isEqualTo(dir.resolve("../texts").normalize());
    assertThat(gold.items()).extracting(ReconcileItem::kind, ReconcileItem::id)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ReconcileItem.Kind.CONFLICT, "toll"),
            org.assertj.core.groups.Tuple.tuple(ReconcileItem.Kind.SOURCES, "copy"));
    assertThat(gold.items().get(0).groups()).hasSize(2);
    assertThat(gold.items().get(0).groups().get(0)).extracting(ReconcileRef::toString)
        .containsExactly("a: rose to [312]", "b: [312]");
    assertThat(gold.items().get(1).articles()).isEqualTo(2);
    assertThat(gold.items().get(1).origins()).isEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "CONFLIKT\tx\tn\ta: [1]\tb: [2]|unknown line kind 'CONFLIKT'",
    "CONFLICT\tx\tn\ta: [1]|CONFLICT x needs 2 group(s), has 1",
    "TRAP\tx\tn\ta: [1]\tb: [2]\tc: [3]|TRAP x needs 2 group(s), has 3",
    "AGREE\tx\tn\ta [1]|must read 'file: quoted text'",
    "AGREE\tx\tn\ta: [1] and [2]|one pair of brackets",
    "SOURCES\tx\tn\ta: [1]\tthree articles|expected 'articles=N origins=M'",
    "AGREE\tx|missing column 3"
  })
  void badLinesNameTheLine(String line, String message) throws IOException {
    write(line.replace("\\t", "\t") + "\n");
    assertThatThrownBy(() -> ReconcileGold.read(dir)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gold.tsv:1").hasMessageContaining(message);
  }

  @Test
  void referencesIgnoreWhitespaceApostrophesAndHyphenVariants() {
    ReconcileRef ref = ReconcileRef.parse("003: OpenAI's [decade-long] embrace");
    var m = ref.pattern().matcher("so OpenAI\u2019s decade\u2011long\nembrace ends");
    assertThat(m.find()).isTrue();
    assertThat(m.group(1)).isEqualTo("decade\u2011long");
    assertThat(ReconcileRef.parse("a: 312").marked()).isEqualTo("312");
  }

  private void write(String content) throws IOException {
    Files.writeString(dir.resolve(ReconcileGold.FILE), content, StandardCharsets.UTF_8);
  }
}
