package dev.crosscheck.model;

import dev.crosscheck.internal.Checks;
import java.util.Arrays;

/**
 * Maps character offsets of a normalized text back to the original text it was made from.
 * Immutable and thread-safe.
 *
 * <p>Normalization may replace one original character by several (NFKC turns {@code …} into
 * {@code ...}) or several by one; for each normalized character the map keeps the original range
 * that produced it, so any normalized span maps to the smallest original span covering it.
 */
public final class OffsetMap {
  private final int[] starts;
  private final int[] ends;
  private final int originalLength;

  private OffsetMap(int[] starts, int[] ends, int originalLength) {
    this.starts = starts;
    this.ends = ends;
    this.originalLength = originalLength;
  }

  /** A map for text that normalization did not change. */
  public static OffsetMap identity(int length) {
    int[] starts = new int[length];
    int[] ends = new int[length];
    for (int i = 0; i < length; i++) {
      starts[i] = i;
      ends[i] = i + 1;
    }
    return new OffsetMap(starts, ends, length);
  }

  /**
   * A map from per-character original ranges: normalized character {@code i} came from original
   * characters {@code [starts[i], ends[i])}. The arrays are copied.
   */
  public static OffsetMap of(int[] starts, int[] ends, int originalLength) {
    Checks.argument(
        starts.length == ends.length,
        "starts and ends differ in length: %d vs %d",
        starts.length,
        ends.length);
    for (int i = 0; i < starts.length; i++) {
      Checks.argument(
          0 <= starts[i] && starts[i] <= ends[i] && ends[i] <= originalLength,
          "bad range [%d, %d) for normalized char %d (original length %d)",
          starts[i],
          ends[i],
          i,
          originalLength);
    }
    return new OffsetMap(starts.clone(), ends.clone(), originalLength);
  }

  /** Length of the normalized text. */
  public int length() {
    return starts.length;
  }

  public int originalLength() {
    return originalLength;
  }

  /** The original span covering normalized characters {@code [start, end)}. */
  public TextSpan toOriginal(int start, int end) {
    Checks.argument(
        0 <= start && start <= end && end <= starts.length,
        "span [%d, %d) outside normalized length %d",
        start,
        end,
        starts.length);
    if (start == end) {
      int at = start < starts.length ? starts[start] : originalLength;
      return new TextSpan(at, at);
    }
    return new TextSpan(starts[start], ends[end - 1]);
  }

  /** This map with every original offset moved by {@code delta}, for a longer original text. */
  public OffsetMap shift(int delta, int newOriginalLength) {
    int[] s = Arrays.stream(starts).map(x -> x + delta).toArray();
    int[] e = Arrays.stream(ends).map(x -> x + delta).toArray();
    return of(s, e, newOriginalLength);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OffsetMap m
        && originalLength == m.originalLength
        && Arrays.equals(starts, m.starts)
        && Arrays.equals(ends, m.ends);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(starts) + Arrays.hashCode(ends);
  }

  @Override
  public String toString() {
    return "OffsetMap[length=" + starts.length + ", originalLength=" + originalLength + "]";
  }
}
