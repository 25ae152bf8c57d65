package dev.crosscheck.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FailuresTest {
  static final Path DIR = Path.of("idx");

  static Stream<Arguments> failures() throws IOException {
    return Stream.of(
        Arguments.of(
            new CorruptIndexException("checksum failed", "_0.cfs"), IndexCorruptedException.class),
        Arguments.of(
            new IndexFormatTooNewException("segments_9", 99, 1, 10), IndexCorruptedException.class),
        Arguments.of(new EOFException("read past EOF"), IndexCorruptedException.class),
        Arguments.of(new NoSuchFileException("_3.si"), IndexCorruptedException.class),
        Arguments.of(new AccessDeniedException("idx/write.lock"), UncheckedIOException.class),
        Arguments.of(new IOException("disk full"), UncheckedIOException.class));
  }

  @ParameterizedTest
  @MethodSource("failures")
  void translatesCheckedExceptions(IOException failure, Class<?> expected) {
    RuntimeException wrapped = Failures.wrap(failure, DIR);
    assertThat(wrapped).isExactlyInstanceOf(expected).hasCause(failure);
    assertThat(wrapped.getMessage()).startsWith("index idx");
  }

  @ParameterizedTest
  @MethodSource("failures")
  void corruptionAsksForARebuild(IOException failure, Class<?> expected) {
    if (expected == IndexCorruptedException.class) {
      assertThat(Failures.wrap(failure, DIR))
          .hasMessage(
              "index idx is corrupted or unreadable ("
                  + failure.getClass().getSimpleName()
                  + "); run with --rebuild to rebuild it from the corpus");
    }
  }
}
