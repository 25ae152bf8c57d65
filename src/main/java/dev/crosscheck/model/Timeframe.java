package dev.crosscheck.model;

/** Whether a claim states the current value or a value that has since been replaced. */
public enum Timeframe {
  CURRENT,
  /** "the previous 2030 deadline", "originally", "had been", "was initially", "former". */
  PREVIOUS
}
