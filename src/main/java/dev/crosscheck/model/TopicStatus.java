package dev.crosscheck.model;

/** The verdict on a topic. */
public enum TopicStatus {
  /** Two sources state values whose intervals cannot both hold. */
  CONFLICT,
  /** Two or more sources state values that can all hold. */
  AGREE,
  /** Only one source states it. */
  SINGLE
}
