package dev.crosscheck.model;

/**
 * Whether a claim states the current value, a value that has since been replaced, or a value that
 * may come to be.
 */
public enum Timeframe {
  CURRENT,
  /** "the previous 2030 deadline", "originally", "had been", "was initially", "former". */
  PREVIOUS,
  /**
   * "could value each at $1 trillion", "may grow to $40 billion", "might take six months": what a
   * source says is possible neither confirms nor contradicts what another says is so.
   */
  POSSIBLE
}
