package dev.crosscheck.extract;

import dev.crosscheck.model.Sentence;
import dev.crosscheck.model.Token;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers in and around names, for {@link CountFinder}: "Windows 11" and "Boeing 737 Max 9" are
 * names, not counts, while "300 Nordair flights" and "170 Boeing 737 Max 9 planes" count what
 * follows the name. Stateless.
 */
final class NamedCounts {
  private NamedCounts() {}

  /**
   * The things a name before them says whose they are: "flights" of "300 Nordair flights". None
   * when no plural common noun follows the name, or a name stands before the number too
   * ("Windows 11 Pro", "Microsoft 365 Copilot licenses").
   */
  static Optional<Token> things(Sentence sentence, int number, int noun) {
    if (NAME_BEFORE.matcher(Window.before(sentence.text(), number, 24)).find()) {
      return Optional.empty();
    }
    List<Token> tokens = sentence.tokens();
    int i = Window.tokenAt(tokens, noun);
    if (i >= tokens.size() || tokens.get(i).start() != noun) {
      return Optional.empty();
    }
    int names = 0;
    while (i < tokens.size() && names <= MAX_NAME_WORDS
        && (SentenceNames.isCapitalised(tokens.get(i)) || modelNumber(tokens, i))) {
      if (isAcronymPlural(tokens.get(i).text())) {
        return Optional.of(tokens.get(i)); // "1.35 million Trailhawk SUVs" counts the SUVs
      }
      names += modelNumber(tokens, i) ? 0 : 1;
      i++;
    }
    if (i >= tokens.size() || names > MAX_NAME_WORDS) {
      return Optional.empty();
    }
    Token t = tokens.get(i);
    boolean plural = t.isNoun() && !t.text().isEmpty() && Character.isLowerCase(t.text().charAt(0))
        && !t.lemma().equalsIgnoreCase(t.text());
    return plural ? Optional.of(t) : Optional.empty();
  }

  /** "170 Boeing 737 Max 9 planes": digits inside a name, after a capitalised word of it. */
  private static boolean modelNumber(List<Token> tokens, int i) {
    return i > 0 && startsDigit(tokens.get(i)) && SentenceNames.isCapitalised(tokens.get(i - 1));
  }

  /** The most words of a name before counted things: "Premier League". */
  private static final int MAX_NAME_WORDS = 3;

  /** "SUVs", "ATMs", "EVs": capitals and a plural "s", things a count may count. */
  private static final Pattern ACRONYM_PLURAL = Pattern.compile("[A-Z]{2,5}s");

  /** True for a plural acronym ("SUVs"): a kind of thing, never a party. */
  static boolean isAcronymPlural(String word) {
    return ACRONYM_PLURAL.matcher(word).matches();
  }

  /**
   * True when the number at {@code start} ends a name: a proper noun, not the sentence's first
   * word, a month, a weekday or a place after a preposition, stands right before it ("Max 9",
   * "iPhone 15"). "All 174 passengers" and "About 300 people" open their sentences.
   */
  static boolean endsName(Sentence sentence, int start) {
    List<Token> tokens = sentence.tokens();
    int i = Window.tokenAt(tokens, start);
    if (i < 2 || i >= tokens.size() || tokens.get(i).start() != start) {
      return false;
    }
    Token before = tokens.get(i - 1);
    // "On Tuesday 200 workers walked out", "In Gaza 300 people died": a day or a place
    return before.tag().equals("PROPN") && before.end() + 1 == start
        && SentenceNames.isCapitalised(before)
        && !DateFinder.isMonthName(before.text()) && !DateFinder.isWeekday(before.text())
        && !tokens.get(i - 2).tag().equals("ADP");
  }

  private static boolean startsDigit(Token t) {
    return !t.text().isEmpty() && Character.isDigit(t.text().charAt(0));
  }

  /** A capitalised word right before the number: "Windows 11", "Microsoft 365". */
  private static final Pattern NAME_BEFORE = Pattern.compile("\\b[A-Z][\\w-]*\\s$");
}
