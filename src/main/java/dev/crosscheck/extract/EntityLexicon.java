package dev.crosscheck.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Maps product, platform and division names to the organisation they belong to, and knows the
 * capitalised words that are no entities, from {@code entities.tsv}. Immutable and thread-safe.
 */
final class EntityLexicon {
  static final String RESOURCE = "entities.tsv";
  private static final String NOT_AN_ENTITY = "-";

  private final Map<String, String> aliases;

  private EntityLexicon(Map<String, String> aliases) {
    this.aliases = Map.copyOf(aliases);
  }

  static EntityLexicon load() {
    Map<String, String> aliases = new HashMap<>();
    for (String[] row : Lexicons.rows(RESOURCE, 2)) {
      aliases.put(row[0], row[1]);
    }
    return new EntityLexicon(aliases);
  }

  /** True when {@code word} is capitalised but names no entity ("AI", "IPO", "April"). */
  boolean isStopword(String word) {
    return NOT_AN_ENTITY.equals(aliases.get(word));
  }

  /** The organisation {@code name} stands for, when the lexicon knows it. */
  Optional<String> organisation(String name) {
    String org = aliases.get(name);
    return org == null || org.equals(NOT_AN_ENTITY) ? Optional.empty() : Optional.of(org);
  }
}
