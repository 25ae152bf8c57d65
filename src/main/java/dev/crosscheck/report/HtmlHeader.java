package dev.crosscheck.report;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.CrossCheckResult;
import dev.crosscheck.model.Diagnostic;
import dev.crosscheck.model.ResultSummary;
import java.util.List;
import java.util.Locale;

/**
 * Writes the page header (title, counts, list of articles) and the diagnostics table. Stateless.
 */
final class HtmlHeader {
  private HtmlHeader() {}

  static void header(StringBuilder out, CrossCheckResult result) {
    out.append("<header>\n<h1>crosscheck report</h1>\n<ul class=\"counts\">\n");
    ResultSummary summary = ResultSummary.of(result);
    count(out, "articles", summary.articles(), "article", "articles");
    count(out, "conflicts", summary.conflicts(), "conflict", "conflicts");
    count(out, "agreements", summary.agreements(), "agreement", "agreements");
    count(out, "single", summary.singles(), "single-source", "single-source");
    out.append("</ul>\n</header>\n");
  }

  /**
   * The articles {@code selection} lists, each with the anchor of its place among all articles,
   * so that a claim's link finds it whether or not the others are listed.
   */
  static void articles(StringBuilder out, List<Article> articles, PageSelection selection) {
    out.append("<section id=\"articles\">\n<h2>Articles</h2>\n");
    if (articles.isEmpty()) {
      out.append("<p class=\"empty\">No articles were read.</p>\n");
    } else {
      long listed = articles.stream().filter(selection::lists).count();
      if (listed < articles.size()) {
        out.append("<p class=\"more\">Listing the ").append(listed)
            .append(listed == 1 ? " article" : " articles").append(" quoted on this page, of ")
            .append(articles.size()).append(" read; the JSON report lists them all.</p>\n");
      }
      out.append("<ol class=\"articles\">\n");
      for (int i = 0; i < articles.size(); i++) {
        if (selection.lists(articles.get(i))) {
          article(out, articles.get(i), ArticleIndex.anchorAt(i));
        }
      }
      out.append("</ol>\n");
    }
    out.append("</section>\n");
  }

  // No value="N" on the entries of a shortened list: Chromium then numbers a list in quadratic
  // time (two minutes for 20,000 entries).
  private static void article(StringBuilder out, Article article, String anchor) {
    String title = article.title().isBlank() ? article.id().value() : article.title();
    out.append("<li id=\"").append(anchor).append("\"><span class=\"title\">");
    out.append(Html.text(title)).append("</span><br>\n<span class=\"meta\">");
    String source = HtmlClaims.sourceName(article);
    out.append(
        Html.webUrl(article.url())
            .map(url -> HtmlClaims.link(url, source))
            .orElse(Html.text(source) + unlinked(article.url())));
    out.append(" &middot; ");
    if (article.published() == null) {
      out.append("date unknown");
    } else {
      String date = article.published().toString();
      out.append("<time datetime=\"").append(date).append("\">").append(date).append("</time>");
    }
    if (!article.credit().isBlank()) {
      out.append(" &middot; via ").append(Html.text(article.credit()));
    }
    out.append(" &middot; <code>").append(Html.text(article.id().value()));
    out.append("</code></span></li>\n");
  }

  /** A URL that is not http(s), shown as text so that it can be checked but not followed. */
  private static String unlinked(String url) {
    return url.isBlank() ? "" : " (<span class=\"url\">" + Html.text(url) + "</span>)";
  }

  static void diagnostics(StringBuilder out, List<Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      return;
    }
    out.append("<section id=\"diagnostics\">\n<h2>Diagnostics</h2>\n<table class=\"diagnostics\">");
    out.append("\n<thead><tr><th scope=\"col\">Severity</th><th scope=\"col\">File</th>");
    out.append("<th scope=\"col\">Line</th><th scope=\"col\">Message</th></tr></thead>\n<tbody>\n");
    for (Diagnostic d : diagnostics) {
      String severity = d.severity().name().toLowerCase(Locale.ROOT);
      out.append("<tr class=\"").append(severity).append("\"><td>").append(severity);
      out.append("</td><td><code>").append(Html.text(d.file())).append("</code></td><td>");
      out.append(d.line() > 0 ? Integer.toString(d.line()) : "&mdash;").append("</td><td>");
      out.append(Html.text(d.message())).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private static void count(StringBuilder out, String css, long n, String one, String many) {
    out.append("<li class=\"").append(css).append("\"><strong>").append(n).append("</strong> ");
    out.append(n == 1 ? one : many).append("</li>\n");
  }
}
