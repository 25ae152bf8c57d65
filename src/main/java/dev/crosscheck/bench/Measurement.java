package dev.crosscheck.bench;

/** Bytes of text processed in a measured time. Immutable. */
record Measurement(long bytes, long nanos) {
  static final double MB = 1_000_000d;

  double seconds() {
    return nanos / 1e9;
  }

  double mbPerSecond() {
    return nanos == 0 ? 0 : bytes / MB / seconds();
  }
}
