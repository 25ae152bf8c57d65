package dev.crosscheck.report;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.CrossCheckResult;
import dev.crosscheck.model.Topic;
import dev.crosscheck.model.TopicStatus;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What one HTML page shows of a result: the first topics of each section, in the result's order,
 * and the articles listed. A page of every topic of 100,000 articles is hundreds of megabytes,
 * which no browser opens; the JSON report holds everything. When a section is cut, only the
 * articles the shown topics quote are listed. Immutable.
 */
record PageSelection(
    Section conflicts, Section agreements, Section singles, Set<ArticleId> quoted) {

  /** The topics of one status a section shows, and how many the result has. */
  record Section(List<Topic> shown, int total) {
    boolean cut() {
      return shown.size() < total;
    }
  }

  static PageSelection of(CrossCheckResult result, int topicsPerSection) {
    Section conflicts = section(result, TopicStatus.CONFLICT, topicsPerSection);
    Section agreements = section(result, TopicStatus.AGREE, topicsPerSection);
    Section singles = section(result, TopicStatus.SINGLE, topicsPerSection);
    Set<ArticleId> quoted = new HashSet<>();
    Stream.of(conflicts, agreements, singles)
        .flatMap(s -> s.shown().stream())
        .flatMap(t -> t.claims().stream())
        .map(Claim::articleId)
        .forEach(quoted::add);
    return new PageSelection(conflicts, agreements, singles, Set.copyOf(quoted));
  }

  /** True when the page lists {@code article}: every article unless a section is cut. */
  boolean lists(Article article) {
    boolean cut = conflicts.cut() || agreements.cut() || singles.cut();
    return !cut || quoted.contains(article.id());
  }

  private static Section section(CrossCheckResult result, TopicStatus status, int limit) {
    List<Topic> all = result.topics().stream().filter(t -> t.status() == status).toList();
    return new Section(all.size() <= limit ? all : all.subList(0, limit), all.size());
  }
}
