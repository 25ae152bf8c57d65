package dev.crosscheck.extract;

import dev.crosscheck.internal.Texts;
import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.model.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Death tolls written as a bare number after the toll: "the death toll rose to 143", "the
 * casualty toll stands at more than 2,000", "put the toll at 280", with the toll it replaced ("up
 * from 280"), counting deaths as "412 deaths" does; and bare numbers of people who suffered
 * something: "some 41,000 had been forced from their homes". Stateless.
 */
final class TollFinder implements MentionFinder {
  /**
   * "death toll rose to 143", "the confirmed fatality count ... to 53": a toll, a few words ending
   * in to/at/of/reached, then the number.
   */
  private static final Pattern TOLL =
      Pattern.compile(
          "(?i)\\b(?:(?:(?:death|casualty|fatality)\\s)?toll|(?:death|casualty|fatality)\\scount)"
              + "\\b(?:\\s[\\p{L}'’-]{1,14}){0,11}?"
              + "\\s(?:to|at|of|reached|hit|is|was)\\s"
              + "(?:(?:more\\sthan|at\\sleast|over|nearly|almost|about|around|some)\\s)?"
              + "(?<amount>" + Numbers.DIGITS + ")(?![\\d%]|[.,]\\d)");

  private static final Unit DEATHS = Unit.count("death");

  /** "rose to 312 on Wednesday, up from 280": the toll before, in a sentence that gives a toll. */
  private static final Pattern EARLIER_TOLL =
      Pattern.compile(
          "(?i)\\b(?:up|down)\\sfrom\\s(?<amount>" + Numbers.DIGITS + ")(?![\\d%]|[.,]\\d)(?!\\s?(?:percent|per\\scent))");

  /**
   * "some 41,000 had been forced from their homes", "1,240 were injured": a bare number followed by
   * a passive verb that only people undergo counts people.
   */
  private static final Pattern PEOPLE_PASSIVE =
      Pattern.compile(
          "(?i)" + Numbers.AT_DIGIT + "(?<![\\w.$€£,-])(?<amount>" + Numbers.DIGITS
              + ")(?![\\d%]|[.,]\\d)"
              + "\\s(?:were|had\\sbeen|have\\sbeen|are|remain)\\s"
              + "(?:still\\s|confirmed\\s|reported\\s)?"
              + "(?:killed|injured|hurt|wounded|missing|displaced|evacuated|rescued|arrested|detained"
              + "|forced\\s(?:from|out|to)|left\\shomeless|made\\shomeless)\\b");

  private static final Unit PEOPLE = Unit.count("people");

  /** "killing 179 of 181 occupants": the dead of those there were. */
  private static final Pattern KILLING_OF =
      Pattern.compile(
          "(?i)\\b(?:killing|killed|kills)\\s(?<amount>" + Numbers.DIGITS + ")(?![\\d%]|[.,]\\d)"
              + "\\sof\\s(?:the\\s|its\\s)?" + Numbers.DIGITS + "\\b");

  /** "632 died and 329 were injured", "1,000 have lost their lives": a bare number of dead. */
  private static final Pattern DIED =
      Pattern.compile(
          "(?i)" + Numbers.AT_DIGIT + "(?<![\\w.$€£,-])(?<amount>" + Numbers.DIGITS
              + ")(?![\\d%]|[.,]\\d)"
              + "\\s(?:(?:have|had)\\s)?(?:died|perished|lost\\stheir\\slives)\\b");

  @Override
  public List<Mention> find(Sentence sentence, ExtractionContext context) {
    if (!Texts.hasDigit(sentence.text())) {
      return List.of();
    }
    List<Mention> found = new ArrayList<>();
    boolean tollCue = Texts.containsAnyIgnoreCase(sentence.text(), "toll", " count");
    Matcher m = TOLL.matcher(sentence.text());
    boolean toll = false;
    while (tollCue && m.find()) {
      toll = true;
      found.add(Mention.of(ClaimKind.COUNT, m.start("amount"), m.end("amount"),
          Numbers.digits(m.group("amount")), java.math.BigDecimal.ZERO, DEATHS));
    }
    Matcher e = EARLIER_TOLL.matcher(sentence.text());
    while (toll && e.find()) {
      found.add(Mention.of(ClaimKind.COUNT, e.start("amount"), e.end("amount"),
          Numbers.digits(e.group("amount")), java.math.BigDecimal.ZERO, DEATHS));
    }
    counts(DIED, sentence.text(), DEATHS, found);
    counts(KILLING_OF, sentence.text(), DEATHS, found);
    counts(PEOPLE_PASSIVE, sentence.text(), PEOPLE, found);
    return found;
  }

  /** Each match of {@code pattern} in {@code text}, its "amount" counted in {@code unit}. */
  private static void counts(Pattern pattern, String text, Unit unit, List<Mention> found) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(Mention.of(ClaimKind.COUNT, m.start("amount"), m.end("amount"),
          Numbers.digits(m.group("amount")), java.math.BigDecimal.ZERO, unit));
    }
  }
}
