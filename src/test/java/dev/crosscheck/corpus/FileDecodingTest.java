package dev.crosscheck.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Diagnostic;
import dev.crosscheck.model.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bytes on disk: encodings, binary, empty, unreadable, too large and unsupported files. */
class FileDecodingTest {
  private static final String TEXT = "Café “quoted” — $13.75 billion\nSecond line\n";

  @TempDir Path dir;
  private final ArticleReader reader = new ArticleReader();

  static Stream<Arguments> encodings() {
    return Stream.of(
        Arguments.of("utf-8", bytes(StandardCharsets.UTF_8, new byte[0])),
        Arguments.of(
            "utf-8 bom",
            bytes(StandardCharsets.UTF_8, new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf})),
        Arguments.of(
            "utf-16le bom",
            bytes(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xff, (byte) 0xfe})),
        Arguments.of(
            "utf-16be bom",
            bytes(StandardCharsets.UTF_16BE, new byte[] {(byte) 0xfe, (byte) 0xff})));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodings")
  void decodesUnicodeWithoutWarnings(String name, byte[] content) throws IOException {
    FileRead read = readBytes("a.txt", content);

    assertThat(read.diagnostics()).isEmpty();
    assertThat(read.articles().get(0).text()).isEqualTo(TEXT);
  }

  @Test
  void windows1252FallsBackWithAWarningNamingTheFile() throws IOException {
    byte[] content = TEXT.getBytes(Charset.forName("windows-1252"));

    FileRead read = readBytes("old.txt", content);

    assertThat(read.articles().get(0).text()).isEqualTo(TEXT);
    assertThat(read.diagnostics())
        .singleElement()
        .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING))
        .satisfies(d -> assertThat(d.file()).endsWith("old.txt"))
        .satisfies(d -> assertThat(d.message()).contains("windows-1252"));
  }

  @Test
  void truncatedUtf8SequenceIsInvalid() throws IOException {
    byte[] content = {'O', 'k', ' ', 't', 'e', 'x', 't', ' ', (byte) 0xe2, (byte) 0x82, '\n'};

    FileRead read = readBytes("cut.md", content);

    assertThat(read.articles()).hasSize(1);
    assertThat(read.diagnostics())
        .extracting(Diagnostic::severity)
        .containsExactly(Severity.WARNING);
  }

  static Stream<Arguments> binaries() {
    byte[] controls = new byte[200];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = (byte) (i % 2 == 0 ? 'a' : 0x01);
    }
    return Stream.of(
        Arguments.of("png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
        Arguments.of("pdf", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)),
        Arguments.of("gzip", new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0}),
        Arguments.of("nul", new byte[] {'t', 'e', 'x', 't', 0, 'x'}),
        Arguments.of("controls", controls));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("binaries")
  void binaryFilesAreErrors(String name, byte[] content) throws IOException {
    FileRead read = readBytes(name + ".txt", content);

    assertThat(read.articles()).isEmpty();
    assertThat(read.diagnostics())
        .singleElement()
        .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR))
        .satisfies(d -> assertThat(d.message()).isEqualTo("binary file, skipped"));
  }

  @ParameterizedTest(name = "blank #{index}")
  @MethodSource("blanks")
  void emptyFilesAreWarnings(String content) throws IOException {
    FileRead read = readBytes("empty.md", content.getBytes(StandardCharsets.UTF_8));

    assertThat(read.articles()).isEmpty();
    assertThat(read.diagnostics())
        .singleElement()
        .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING))
        .satisfies(d -> assertThat(d.message()).isEqualTo("empty file, skipped"));
  }

  static Stream<String> blanks() {
    return Stream.of("", " \n\t\r\n ", "\uFEFF\n");
  }

  @Test
  void unreadableFileIsAnErrorWithTheReason() throws IOException {
    Path notAFile = Files.createDirectory(dir.resolve("folder.md"));

    FileRead read = reader.read(new CorpusFile(dir, notAFile, "folder.md"));

    assertThat(read.diagnostics())
        .singleElement()
        .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR))
        .satisfies(d -> assertThat(d.message()).startsWith("cannot read: "));
  }

  @Test
  void missingFileIsAnError() {
    FileRead read = reader.read(new CorpusFile(dir, dir.resolve("gone.md"), "gone.md"));

    assertThat(read.diagnostics())
        .extracting(Diagnostic::severity, Diagnostic::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "cannot read: no such file"));
  }

  @Test
  void tooLargeFileIsAnError() throws IOException {
    Path big = dir.resolve("big.txt");
    try (RandomAccessFile sparse = new RandomAccessFile(big.toFile(), "rw")) {
      sparse.setLength(ArticleReader.MAX_BYTES + 1);
    }

    FileRead read = reader.read(new CorpusFile(dir, big, "big.txt"));

    assertThat(read.diagnostics())
        .singleElement()
        .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR))
        .satisfies(d -> assertThat(d.message()).startsWith("too large"));
  }

  @Test
  void unsupportedTypeIsInfo() throws IOException {
    FileRead read = readBytes("photo.jpeg", new byte[] {1, 2, 3});

    assertThat(read.articles()).isEmpty();
    assertThat(read.diagnostics())
        .extracting(Diagnostic::severity, Diagnostic::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Severity.INFO, "unsupported file type, skipped"));
  }

  private FileRead readBytes(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    return reader.read(new CorpusFile(dir, file, name));
  }

  private static byte[] bytes(Charset charset, byte[] bom) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(bom);
    out.writeBytes(TEXT.getBytes(charset));
    return out.toByteArray();
  }
}
