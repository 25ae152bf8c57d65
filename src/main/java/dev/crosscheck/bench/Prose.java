package dev.crosscheck.bench;

import dev.crosscheck.bench.Stories.Cast;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Fills sentence patterns and writes the filler prose around the figures: quotes, background and
 * reaction, most of it with no number at all, a few sentences with the everyday number words
 * ("one of", "last year") that real copy has. Stateless.
 *
 * <p>Pattern slots: {@code {A} {B} {C} {N} {Q} {Y} {D} {E}} come from the story's {@link Cast};
 * {@code {V}} is the figure; {@code {P}} a person, {@code {R}} a role, {@code {I}} an institution,
 * {@code {J}} an adjective, {@code {O}} a noun, {@code {X}} a verb, {@code {M}} an adverb, {@code
 * {G}} a group, {@code {S}} a reporting verb; each slot of the word kinds draws a fresh word.
 */
final class Prose {
  private static final List<String> FILLER =
      List.of(
          "{P}, {R} at {I}, {S} that the {J} {O} could {X} the {O} for {A}.",
          "\u201cWe are {M} confident that this {O} will {X} our {O},\u201d {P}, {R} at {A}, said.",
          "\"This is about the {O}, not about any single company,\" {P} {S}.",
          "The announcement comes as {G} face {J} {O} and {J} {O} across the region.",
          "Shares of {A} were little changed in afternoon trading.",
          "Critics, among them {G}, have {M} questioned whether the {O} will {X} the {O} or simply"
              + " {X} it.",
          "It was not immediately clear how the {O} would affect {G} in {C}.",
          "{A} did not respond to a request for comment.",
          "The {J} {O} has drawn attention from {G}, who say it may {X} the {O}.",
          "In a statement, {A} said it remained committed to its {O} and would {M} {X} its {O}.",
          "Observers in {C} expect the {O} to {X} the {J} {O} that has defined the sector.",
          "{P} {S} the {O} reflected a {J} shift in how {G} think about the {O}.",
          "Some {G} remain skeptical, pointing to the {J} {O} and a history of {J} {O}.",
          "The move follows months of {J} {O} between {A} and {G}.",
          "A spokesperson for {B} declined to comment on the {O}.",
          "People familiar with the matter said talks had been {J} at times and were kept quiet"
              + " to avoid unsettling {G}.",
          "Neither side has said how the {O} would {X} the {O} in the long run.",
          "The government in {N} has so far taken a {J} approach to the {O}.",
          "It marks one of the most {J} moments for the {O} this year.",
          "Last year, {G} {M} pushed {A} to {X} its {O}.",
          "Analysts expect a decision on the {O} within the next month.",
          "The {O} is likely to remain a {J} issue for the rest of the decade.");

  /** "a" before a vowel, to be written "an". */
  private static final Pattern AN = Pattern.compile(" a (?<vowel>[aeiou])");

  /** Every this-many filler sentences, at most, is one of the number-word ones at the end. */
  private static final int NUMBER_WORD_SENTENCES = 4;

  private Prose() {}

  /** One filler sentence. */
  static String filler(Cast cast, Random r) {
    int plain = FILLER.size() - NUMBER_WORD_SENTENCES;
    boolean numberWords = r.nextInt(6) == 0;
    String pattern =
        numberWords
            ? FILLER.get(plain + r.nextInt(NUMBER_WORD_SENTENCES))
            : FILLER.get(r.nextInt(plain));
    return fill(pattern, cast, "", r);
  }

  /** {@code pattern} with every slot filled. */
  static String fill(String pattern, Cast cast, String value, Random r) {
    StringBuilder out = new StringBuilder(pattern.length() + 64);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close < 0) {
        out.append(c);
        i++;
        continue;
      }
      out.append(slot(pattern.substring(i + 1, close), cast, value, r));
      i = close + 1;
    }
    return AN.matcher(capitalize(out)).replaceAll(" an ${vowel}");
  }

  private static String slot(String key, Cast cast, String value, Random r) {
    return switch (key) {
      case "A" -> cast.a();
      case "B" -> cast.b();
      case "C" -> cast.city();
      case "N" -> cast.country();
      case "Q" -> cast.quarter();
      case "Y" -> Integer.toString(cast.year());
      case "D" -> cast.weekday();
      case "E" -> cast.event();
      case "V" -> value;
      case "P" -> Names.person(r);
      case "R" -> Words.pick(Words.ROLES, r);
      case "I" -> Words.pick(Words.INSTITUTIONS, r);
      case "J" -> Words.pick(Words.ADJECTIVES, r);
      case "O" -> Words.pick(Words.NOUNS, r);
      case "X" -> Words.pick(Words.VERBS, r);
      case "M" -> Words.pick(Words.ADVERBS, r);
      case "G" -> Words.pick(Words.GROUPS, r);
      case "S" -> Words.pick(Words.REPORT_VERBS, r);
      default -> throw new IllegalArgumentException("unknown pattern slot {" + key + "}");
    };
  }

  private static String capitalize(StringBuilder s) {
    int first = s.length() > 0 && !Character.isLetterOrDigit(s.charAt(0)) ? 1 : 0;
    if (s.length() > first) {
      s.setCharAt(first, Character.toUpperCase(s.charAt(first)));
    }
    return s.toString();
  }
}
