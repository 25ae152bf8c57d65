package dev.crosscheck.model;

/** Whether a number states a level or a change; a level never contradicts a change. */
public enum Change {
  /** "a 20% share", "$13.75 billion in total". */
  LEVEL,
  /** "fell 3%", "grew by $2 billion", "another $10 billion", "extending it by two years". */
  CHANGE
}
