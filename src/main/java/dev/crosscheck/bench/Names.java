package dev.crosscheck.bench;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Invented names for generated news: companies built from syllables (tens of thousands of
 * distinct names, so unrelated stories rarely share one), people and named storms. Stateless.
 */
final class Names {
  private static final List<String> EVENTS = List.of("Storm", "Hurricane", "Cyclone", "Typhoon");

  private Names() {}

  /** "Kelvinar Logistics", "Ostbri Energy". */
  static String company(Random r) {
    return word(r, 2 + r.nextInt(2)) + " " + Words.pick(Words.COMPANY_SUFFIXES, r);
  }

  /** "Elena Okafor". */
  static String person(Random r) {
    return Words.pick(Words.FIRST_NAMES, r) + " " + Words.pick(Words.LAST_NAMES, r);
  }

  /** "Storm Dravin". */
  static String event(Random r) {
    return Words.pick(EVENTS, r) + " " + word(r, 2);
  }

  /** An outlet-specific URL path slug for a headline. */
  static String slug(String headline) {
    String s = headline.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return s.replaceAll("^-+|-+$", "");
  }

  private static String word(Random r, int syllables) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      b.append(Words.pick(Words.SYLLABLES, r));
    }
    return Character.toUpperCase(b.charAt(0)) + b.substring(1);
  }
}
