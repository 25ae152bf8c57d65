package dev.crosscheck.extract;

import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.model.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Death tolls written as a bare number after the toll: "the death toll rose to 143", "the
 * casualty toll stands at more than 2,000". Counts deaths, as "412 deaths" does. Stateless.
 */
final class TollFinder implements MentionFinder {
  /** "death toll rose to 143": a toll, a few words ending in to/at/of/reached, then the number. */
  private static final Pattern TOLL =
      Pattern.compile(
          "(?i)\\b(?:death|casualty|fatality)\\stoll\\b(?:\\s[a-z']{1,12}){0,4}?"
              + "\\s(?:to|at|of|reached|hit|is|was)\\s"
              + "(?:(?:more\\sthan|at\\sleast|over|nearly|almost|about|around|some)\\s)?"
              + "(?<amount>" + Numbers.DIGITS + ")(?![\\d%]|[.,]\\d)");

  private static final Unit DEATHS = Unit.count("death");

  @Override
  public List<Mention> find(Sentence sentence, ExtractionContext context) {
    List<Mention> found = new ArrayList<>();
    Matcher m = TOLL.matcher(sentence.text());
    while (m.find()) {
      found.add(Mention.of(ClaimKind.COUNT, m.start("amount"), m.end("amount"),
          Numbers.digits(m.group("amount")), java.math.BigDecimal.ZERO, DEATHS));
    }
    return found;
  }
}
