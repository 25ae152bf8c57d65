package dev.crosscheck.extract;

import dev.crosscheck.model.Token;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The dateline a wire story opens with, "HALDEN (Meridian) -", "WASHINGTON, D.C. -", "NEW YORK -"
 * or "New Delhi:": where the story was filed and by whom, which names no party to its figures.
 * Stateless.
 */
final class Datelines {
  private Datelines() {}

  /** The token after a dateline opening the sentence ("HALDEN (Meridian) -"), or 0. */
  static int after(List<Token> tokens) {
    int place = placeDateline(tokens);
    if (place > 0) {
      return place;
    }
    int colon = placeAndColon(tokens);
    if (colon > 0) {
      return colon;
    }
    for (int at = 1; at < Math.min(tokens.size(), 4); at++) {
      if (outletAt(tokens, at)) {
        for (int k = at; k < tokens.size(); k++) {
          if (tokens.get(k).text().equals(")")) {
            return k + 2;
          }
        }
      }
    }
    return 0;
  }

  /**
   * The token after a dateline of capitals and a dash, "WASHINGTON, D.C. -", "PORTLAND, Oregon -"
   * or "NEW YORK -", or 0.
   */
  private static int placeDateline(List<Token> tokens) {
    boolean afterComma = false;
    for (int k = 0; k < Math.min(tokens.size() - 1, MAX_DATELINE_TOKENS); k++) {
      String t = tokens.get(k).text();
      if (k > 0 && isDash(t)) {
        return k + 1;
      }
      boolean capitals = t.length() > 1 && t.chars().anyMatch(Character::isLetter)
          && t.chars().noneMatch(Character::isLowerCase);
      // "TALLAHASSEE, Fla. -": a state's abbreviation after the place
      boolean abbreviation = k > 0 && STATE_ABBREVIATION.matcher(t).matches();
      // "PORTLAND, Oregon -": a state or country in title case after the comma
      boolean region = afterComma && SentenceNames.isCapitalised(tokens.get(k));
      afterComma |= k > 0 && t.equals(",");
      if (!(capitals || abbreviation || region || (k > 0 && t.equals(",")))) {
        return 0;
      }
    }
    return 0;
  }

  /**
   * The token after a place in title case and a colon, "New Delhi: The BJP-led alliance", or 0:
   * two or three capitalised words, or one before "The", then a capitalised word after the colon.
   */
  private static int placeAndColon(List<Token> tokens) {
    for (int k = 1; k <= 3 && k + 1 < tokens.size(); k++) {
      if (tokens.get(k).text().equals(":")) {
        // "Nvidia: Revenue rose 94%" is a label; a place of one word needs "The" after it
        boolean place = k > 1 || ARTICLES.contains(tokens.get(k + 1).text());
        return place && allCapitalised(tokens, k) && SentenceNames.isCapitalised(tokens.get(k + 1))
            ? k + 1 : 0;
      }
    }
    return 0;
  }

  private static final Set<String> ARTICLES = Set.of("The", "A", "An");

  private static boolean allCapitalised(List<Token> tokens, int to) {
    for (int k = 0; k < to; k++) {
      if (!SentenceNames.isCapitalised(tokens.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDash(String t) {
    return t.equals("-") || t.equals("\u2013") || t.equals("\u2014");
  }

  private static final int MAX_DATELINE_TOKENS = 6;
  private static final Pattern STATE_ABBREVIATION =
      Pattern.compile("[A-Z][a-z]{1,4}\\.");

  /** True when the tokens from {@code at} are a dateline's outlet and dash: "(Meridian) -". */
  static boolean outletAt(List<Token> tokens, int at) {
    if (at >= tokens.size() || !tokens.get(at).text().equals("(")) {
      return false;
    }
    for (int k = at + 1; k < Math.min(tokens.size() - 1, at + 6); k++) {
      if (tokens.get(k).text().equals(")")) {
        return isDash(tokens.get(k + 1).text());
      }
    }
    return false;
  }
}
