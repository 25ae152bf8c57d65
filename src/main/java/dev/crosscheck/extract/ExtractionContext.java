package dev.crosscheck.extract;

import dev.crosscheck.internal.Checks;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * What an extractor needs to know beyond the sentence: the date relative expressions ("next
 * year", "Monday", "earlier this month") resolve against, which is the article's publication date
 * or else a date from the injected clock ({@code published} says which), and the capitalised words
 * the article uses inside sentences ({@code names}, see {@link ArticleNames}), which tell a name
 * that opens a sentence ("Corvant rose") from a common word that does ("Gross margin rose"), and
 * the words it writes in lower case ({@code lowerCase}); both empty when unknown, and then the
 * tagger decides. {@code headlineNames} are the capitalised words of its lines in title case
 * ("Quenpra Software Reports Record Revenue"): such a line capitalises every word, so they may only
 * continue a name ("Quenpra Software"), never start one ("Record revenue of $12 billion").
 * Extractors never read the current time. Immutable.
 */
public record ExtractionContext(LocalDate referenceDate, boolean published, Set<String> names,
    Set<String> headlineNames, Set<String> lowerCase) {
  public ExtractionContext {
    Checks.notNull(referenceDate, "referenceDate");
    names = Set.copyOf(names);
    headlineNames = Set.copyOf(headlineNames);
    lowerCase = Set.copyOf(lowerCase);
  }

  /** Relative dates resolve against the article's own publication date. */
  public static ExtractionContext publishedOn(LocalDate date) {
    return new ExtractionContext(date, true, Set.of(), Set.of(), Set.of());
  }

  /**
   * The article's date is unknown: years relative to the clock's date are still extracted, but
   * weekdays and month names without a year are not, since they cannot be anchored.
   */
  public static ExtractionContext undated(LocalDate clockDate) {
    return new ExtractionContext(clockDate, false, Set.of(), Set.of(), Set.of());
  }

  /** This context for an article whose text is {@code articleText}, knowing the names it uses. */
  public ExtractionContext withNamesOf(String articleText) {
    ArticleNames.Found found = ArticleNames.of(articleText);
    return new ExtractionContext(referenceDate, published, found.names(), found.headlineNames(),
        ArticleNames.lowerCase(articleText));
  }

  /**
   * True when {@code word}, capitalised at the start of a sentence, may be a name: the article
   * also capitalises it inside a sentence, or nothing is known about the article.
   */
  boolean mayBeName(String word) {
    return names.isEmpty() || names.contains(word);
  }

  /** True when {@code word} may continue a name: the article capitalises it inside a line. */
  boolean mayContinueName(String word) {
    return names.contains(word) || headlineNames.contains(word);
  }

  /** True when the article writes {@code word} in lower case somewhere: a common word. */
  boolean writesInLowerCase(String word) {
    return lowerCase.contains(word.toLowerCase(Locale.ROOT));
  }
}
