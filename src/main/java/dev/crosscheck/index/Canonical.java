package dev.crosscheck.index;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One instance of each value met during a bulk load: a corpus's claims repeat article ids, names,
 * units and the sentence they share, and a hundred thousand articles' claims must fit in the heap.
 * Thread-safe, so that the slices of one load share it; one per load.
 */
final class Canonical {
  /** Keeps every instance: for loads of a handful of documents, where sharing saves nothing. */
  static final Canonical NONE = new Canonical(null);

  private final Map<Object, Object> seen;

  private Canonical(Map<Object, Object> seen) {
    this.seen = seen;
  }

  static Canonical create() {
    return new Canonical(new ConcurrentHashMap<>());
  }

  @SuppressWarnings("unchecked")
  <T> T of(T value) {
    if (value == null || seen == null) {
      return value;
    }
    Object known = seen.putIfAbsent(value, value);
    return known == null ? value : (T) known;
  }
}
