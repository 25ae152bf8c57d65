package dev.crosscheck.text;

import dev.crosscheck.model.OffsetMap;
import dev.crosscheck.model.TextSpan;
import java.util.Arrays;

/**
 * A normalized text and, for each of its characters, the range of the source text it came from.
 * Ranges never go backwards, so the range of a slice runs from its first character's start to its
 * last character's end. Immutable.
 */
final class NormalizedText {
  private final String text;
  private final int[] starts;
  private final int[] ends;

  NormalizedText(String text, int[] starts, int[] ends) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  String text() {
    return text;
  }

  /** The source range behind the non-empty normalized range {@code [start, end)}. */
  TextSpan sourceSpan(int start, int end) {
    return new TextSpan(starts[start], ends[end - 1]);
  }

  /** The map of the non-empty slice {@code [start, end)}, relative to its own source span. */
  OffsetMap sliceMap(int start, int end) {
    int base = starts[start];
    int[] s = Arrays.stream(starts, start, end).map(x -> x - base).toArray();
    int[] e = Arrays.stream(ends, start, end).map(x -> x - base).toArray();
    return OffsetMap.of(s, e, ends[end - 1] - base);
  }

  /** Collects normalized characters with their source ranges. Single-use, not thread-safe. */
  static final class Builder {
    private final StringBuilder text;
    private int[] starts;
    private int[] ends;

    Builder(int capacity) {
      int size = Math.max(16, capacity);
      text = new StringBuilder(size);
      starts = new int[size];
      ends = new int[size];
    }

    void append(char c, int sourceStart, int sourceEnd) {
      int n = text.length();
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, n * 2);
        ends = Arrays.copyOf(ends, n * 2);
      }
      text.append(c);
      starts[n] = sourceStart;
      ends[n] = sourceEnd;
    }

    NormalizedText build() {
      int n = text.length();
      return new NormalizedText(text.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }
  }
}
