package dev.crosscheck.report;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.Change;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.TimeRole;
import dev.crosscheck.model.Timeframe;
import dev.crosscheck.model.ValueFormat;
import java.util.Optional;

/**
 * HTML fragments for one claim: its quote with the surface marked, and its citation (stated value,
 * source linked to the article URL, article id, badges). All input text is escaped by {@link Html}.
 * Immutable.
 */
final class HtmlClaims {
  static final String REL = "noopener noreferrer nofollow";

  private final ArticleIndex articles;

  HtmlClaims(ArticleIndex articles) {
    this.articles = articles;
  }

  /** The sentence as HTML with the claim's surface in {@code <mark>}, cut to about context. */
  String quote(Claim claim, int context) {
    String text = articles.find(claim.articleId()).map(Article::text).orElse("");
    return Quote.of(claim, text).trimmed(context).html();
  }

  /** "$13.75 billion · Source · id" followed by the claim's badges. */
  String citation(Claim claim) {
    String stated = ValueFormat.displayAsStated(claim.quantity(), claim.kind());
    return "<span class=\"stated\">"
        + Html.text(stated)
        + "</span> &middot; "
        + source(claim.articleId())
        + " &middot; "
        + reference(claim.articleId())
        + badges(claim);
  }

  /** The article's source name, linked to its URL when that is an http(s) URL. */
  String source(ArticleId id) {
    Optional<Article> article = articles.find(id);
    if (article.isEmpty()) {
      return "<span class=\"source\">unknown source</span>";
    }
    String name = sourceName(article.get());
    return Html.webUrl(article.get().url())
        .map(url -> link(url, name))
        .orElse("<span class=\"source\">" + Html.text(name) + "</span>");
  }

  /** The article id, linked to the article's entry in the list of articles. */
  String reference(ArticleId id) {
    String code = "<code>" + Html.text(id.value()) + "</code>";
    return articles
        .anchor(id)
        .map(anchor -> "<a class=\"aid\" href=\"#" + anchor + "\">" + code + "</a>")
        .orElse(code);
  }

  static String link(String url, String label) {
    return "<a class=\"source\" href=\""
        + Html.attr(url)
        + "\" rel=\""
        + REL
        + "\">"
        + Html.text(label)
        + "</a>";
  }

  static String sourceName(Article article) {
    if (!article.source().isBlank()) {
      return article.source();
    }
    return article.title().isBlank() ? article.id().value() : article.title();
  }

  private static String badges(Claim claim) {
    StringBuilder out = new StringBuilder();
    if (claim.timeframe() == Timeframe.PREVIOUS) {
      out.append(" <span class=\"badge previous\">stated as the previous value</span>");
    }
    if (claim.timeframe() == Timeframe.POSSIBLE) {
      out.append(" <span class=\"badge\">stated as possible</span>");
    }
    if (claim.change() == Change.CHANGE) {
      out.append(" <span class=\"badge\">stated as a change</span>");
    }
    if (claim.role() == TimeRole.START || claim.role() == TimeRole.END) {
      out.append(" <span class=\"badge\">")
          .append(claim.role() == TimeRole.START ? "start" : "end")
          .append("</span>");
    }
    return out.toString();
  }
}
