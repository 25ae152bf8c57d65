package dev.crosscheck.report;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Looks up the articles of one result by id and gives each a stable anchor ({@code a1}, {@code a2},
 * … in list order) so that report text never goes into {@code id} attributes. The first article
 * wins when ids repeat. Immutable.
 */
final class ArticleIndex {
  private final List<Article> articles;
  private final Map<ArticleId, Integer> positions = new HashMap<>();

  ArticleIndex(List<Article> articles) {
    this.articles = List.copyOf(articles);
    for (int i = 0; i < this.articles.size(); i++) {
      positions.putIfAbsent(this.articles.get(i).id(), i);
    }
  }

  Optional<Article> find(ArticleId id) {
    Integer at = positions.get(id);
    return at == null ? Optional.empty() : Optional.of(articles.get(at));
  }

  /** The anchor of the article with {@code id}, empty when the result does not list it. */
  Optional<String> anchor(ArticleId id) {
    Integer at = positions.get(id);
    return at == null ? Optional.empty() : Optional.of(anchorAt(at));
  }

  static String anchorAt(int index) {
    return "a" + (index + 1);
  }
}
