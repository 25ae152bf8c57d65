package dev.crosscheck.model;

/** How a year or date relates to what the sentence describes. */
public enum TimeRole {
  /** "since 2019", "from April", "starting in 2027". */
  START,
  /** "through 2032", "until 2030", "runs to 2031", "by 2030", "expires in 2032". */
  END,
  /** Any other mention of a point in time: "in 2019", "on April 27". */
  POINT,
  /** Not a time claim. */
  NONE
}
