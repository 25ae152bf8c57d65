package dev.crosscheck.extract;

import dev.crosscheck.internal.Checks;
import java.time.LocalDate;

/**
 * What an extractor needs to know beyond the sentence: the date relative expressions ("next
 * year", "Monday", "earlier this month") resolve against, which is the article's publication date
 * or else a date from the injected clock ({@code published} says which). Extractors never read
 * the current time. Immutable.
 */
public record ExtractionContext(LocalDate referenceDate, boolean published) {
  public ExtractionContext {
    Checks.notNull(referenceDate, "referenceDate");
  }

  /** Relative dates resolve against the article's own publication date. */
  public static ExtractionContext publishedOn(LocalDate date) {
    return new ExtractionContext(date, true);
  }

  /**
   * The article's date is unknown: years relative to the clock's date are still extracted, but
   * weekdays and month names without a year are not, since they cannot be anchored.
   */
  public static ExtractionContext undated(LocalDate clockDate) {
    return new ExtractionContext(clockDate, false);
  }
}
