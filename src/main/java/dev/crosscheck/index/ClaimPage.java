package dev.crosscheck.index;

import dev.crosscheck.model.Claim;
import java.util.List;
import java.util.Optional;

/**
 * One page of a store's claims in order of their ids, and the cursor that fetches the next:
 * claims added or removed between pages do not make a reader skip or repeat others, which is how
 * a distributed store (SolrCloud's cursorMark) pages a large result. Immutable.
 *
 * @param next the cursor of the following page; empty on the last
 */
public record ClaimPage(List<Claim> claims, Optional<String> next) {
  public ClaimPage {
    claims = List.copyOf(claims);
  }
}
