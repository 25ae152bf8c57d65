package dev.crosscheck.model;

/** What a unit measures; values are only ever compared within one dimension. */
public enum Dimension {
  CURRENCY,
  PERCENT,
  PERCENTAGE_POINT,
  CALENDAR_YEAR,
  /** Values are epoch days. */
  CALENDAR_DATE,
  /** Values are in the unit given; {@link Unit#toBase()} converts to years. */
  DURATION,
  /** Counted things or measured quantities; {@link Unit#toBase()} converts to the base unit. */
  COUNT
}
