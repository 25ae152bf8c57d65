package dev.crosscheck;

import dev.crosscheck.internal.Checks;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.Claim;
import java.util.List;

/** An article and the claims extracted from it, in text order. Immutable. */
public record ArticleClaims(Article article, List<Claim> claims) {
  public ArticleClaims {
    Checks.notNull(article, "article");
    claims = List.copyOf(claims);
  }
}
