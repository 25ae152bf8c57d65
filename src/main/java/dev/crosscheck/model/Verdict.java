package dev.crosscheck.model;

/** What the corpus says about a draft's claim. */
public enum Verdict {
  /** The corpus states the same thing with a value the draft's interval cannot meet. */
  CONTRADICTION,
  /** The corpus states the same thing with a value the draft's interval meets. */
  SUPPORTED,
  /** The corpus says nothing about it. */
  UNSUPPORTED
}
