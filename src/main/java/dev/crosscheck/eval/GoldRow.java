package dev.crosscheck.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of the gold table: where it stands, the publication date relative expressions resolve
 * against, the sentence and the claims it must yield (none for a no-claim row). Immutable.
 */
record GoldRow(int line, LocalDate published, String sentence, List<ExpectedClaim> claims) {
  GoldRow {
    claims = List.copyOf(claims);
  }

  boolean noClaim() {
    return claims.isEmpty();
  }
}
