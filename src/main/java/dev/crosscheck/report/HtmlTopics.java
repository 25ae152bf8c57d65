package dev.crosscheck.report;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Position;
import dev.crosscheck.model.Quantity;
import dev.crosscheck.model.Topic;
import dev.crosscheck.model.ValueFormat;
import java.util.List;
import java.util.Locale;

/**
 * Writes the topic sections of the page: conflict cards with their positions side by side, compact
 * agreement cards, and a table of single-source claims. Keeps the caller's topic order. Single-use
 * and not thread-safe (it appends to one buffer).
 */
final class HtmlTopics {
  /** Characters of sentence kept on each side of a highlighted surface. */
  private static final int CONTEXT = 240;

  private static final int SHORT_CONTEXT = 100;

  /**
   * Claims quoted in full per position or agreement; the others are cited without their sentence.
   * A figure that 200 outlets repeat needs ten quotes, not 200: the page stays readable and small.
   */
  static final int QUOTES = 10;

  private final StringBuilder out;
  private final HtmlClaims claims;
  private final Runnable spill;

  /** Appends to {@code out}; calls {@code spill} after each topic, when it may be written on. */
  HtmlTopics(StringBuilder out, HtmlClaims claims, Runnable spill) {
    this.out = out;
    this.claims = claims;
    this.spill = spill;
  }

  void conflicts(PageSelection.Section section) {
    List<Topic> topics = section.shown();
    out.append("<section id=\"conflicts\">\n<h2>Conflicts</h2>\n");
    empty(topics, "No conflicting numbers found.");
    more(section, "conflict", "conflicts");
    for (int i = 0; i < topics.size(); i++) {
      Topic topic = topics.get(i);
      out.append("<article class=\"card conflict\" id=\"c").append(i + 1).append("\">\n");
      heading(topic);
      if (topic.positions().isEmpty()) {
        claimList(topic.claims(), CONTEXT);
      } else {
        out.append("<div class=\"positions\">\n");
        topic.positions().forEach(position -> position(topic, position));
        out.append("</div>\n");
      }
      out.append("</article>\n");
      spill.run();
    }
    out.append("</section>\n");
  }

  void agreements(PageSelection.Section section) {
    List<Topic> topics = section.shown();
    out.append("<section id=\"agreements\">\n<h2>Agreements</h2>\n");
    empty(topics, "No numbers confirmed by more than one source.");
    more(section, "agreement", "agreements");
    for (int i = 0; i < topics.size(); i++) {
      Topic topic = topics.get(i);
      out.append("<article class=\"card agree\" id=\"g").append(i + 1).append("\">\n");
      heading(topic);
      for (Position position : topic.positions()) {
        Quantity q = position.quantity();
        out.append("<p class=\"agreed\"><strong class=\"value\">")
            .append(Html.text(ValueFormat.display(q, topic.kind())))
            .append("</strong> <span class=\"backing\">&middot; ")
            .append(backing(position))
            .append("</span></p>\n");
      }
      out.append("<ul class=\"sources\">\n");
      for (Claim claim : quoted(topic.claims())) {
        out.append("<li>").append(claims.citation(claim)).append(": <q>");
        out.append(claims.quote(claim, SHORT_CONTEXT)).append("</q></li>\n");
      }
      out.append("</ul>\n");
      notQuoted(topic.claims());
      out.append("</article>\n");
      spill.run();
    }
    out.append("</section>\n");
  }

  void singles(PageSelection.Section section) {
    List<Topic> topics = section.shown();
    out.append("<section id=\"single\" class=\"single\">\n<h2>Single-source claims</h2>\n");
    empty(topics, "No single-source claims.");
    more(section, "single-source topic", "single-source topics");
    if (!topics.isEmpty()) {
      int rows = topics.stream().mapToInt(t -> t.claims().size()).sum();
      out.append("<details>\n<summary>Show ").append(rows).append(rows == 1 ? " claim" : " claims");
      out.append(" stated by one source only</summary>\n<table>\n<thead><tr>");
      out.append("<th scope=\"col\">Topic</th><th scope=\"col\">Value</th>");
      out.append(
          "<th scope=\"col\">Source</th><th scope=\"col\">Quote</th></tr></thead>\n<tbody>\n");
      topics.forEach(this::singleRows);
      out.append("</tbody>\n</table>\n</details>\n");
    }
    out.append("</section>\n");
  }

  private void singleRows(Topic topic) {
    for (Claim claim : topic.claims()) {
      out.append("<tr><th scope=\"row\">").append(Html.text(label(topic))).append("</th>");
      out.append("<td class=\"num\">");
      out.append(Html.text(ValueFormat.displayAsStated(claim.quantity(), claim.kind())))
          .append("</td>");
      out.append("<td>").append(claims.source(claim.articleId())).append(' ');
      out.append(claims.reference(claim.articleId())).append("</td>");
      out.append("<td><q>").append(claims.quote(claim, SHORT_CONTEXT)).append("</q></td></tr>\n");
    }
    spill.run();
  }

  private void heading(Topic topic) {
    out.append("<h3>").append(Html.text(label(topic)));
    out.append(" <span class=\"kind\">").append(kind(topic)).append("</span></h3>\n");
    if (!topic.explanation().isBlank()) {
      out.append("<p class=\"explanation\">").append(Html.text(topic.explanation()));
      out.append("</p>\n");
    }
  }

  private void position(Topic topic, Position position) {
    Quantity q = position.quantity();
    String value = ValueFormat.display(q, topic.kind());
    String range = ValueFormat.displayInterval(q, topic.kind());
    out.append("<section class=\"position\">\n<h4 class=\"value\">").append(Html.text(value));
    out.append("</h4>\n");
    if (!range.equals(value)) {
      out.append("<p class=\"range\">allows ").append(Html.text(range)).append("</p>\n");
    }
    out.append("<p class=\"backing\">").append(backing(position)).append("</p>\n");
    claimList(position.claims(), CONTEXT);
    out.append("</section>\n");
  }

  private void claimList(List<Claim> list, int context) {
    out.append("<ul class=\"claims\">\n");
    for (Claim claim : quoted(list)) {
      out.append("<li class=\"claim\">\n<blockquote><p>").append(claims.quote(claim, context));
      out.append("</p></blockquote>\n<p class=\"cite\">").append(claims.citation(claim));
      out.append("</p>\n</li>\n");
    }
    out.append("</ul>\n");
    notQuoted(list);
  }

  /** The claims of a list that are quoted: the first {@link #QUOTES}. */
  private static List<Claim> quoted(List<Claim> list) {
    return list.subList(0, Math.min(QUOTES, list.size()));
  }

  /** Cites the claims of a list beyond the quoted ones, without their sentences. */
  private void notQuoted(List<Claim> list) {
    if (list.size() <= QUOTES) {
      return;
    }
    List<Claim> rest = list.subList(QUOTES, list.size());
    out.append("<p class=\"more\">").append(rest.size()).append(" more: ");
    for (int i = 0; i < rest.size(); i++) {
      out.append(i == 0 ? "" : "; ").append(claims.citation(rest.get(i)));
    }
    out.append("</p>\n");
  }

  /** Says how many topics of the section the page leaves to the JSON report, if any. */
  private void more(PageSelection.Section section, String one, String many) {
    if (section.cut()) {
      out.append("<p class=\"more\">Showing the first ").append(section.shown().size())
          .append(" of ").append(section.total()).append(' ')
          .append(section.total() == 1 ? one : many)
          .append("; the JSON report lists them all.</p>\n");
    }
  }

  private void empty(List<Topic> topics, String message) {
    if (topics.isEmpty()) {
      out.append("<p class=\"empty\">").append(message).append("</p>\n");
    }
  }

  /** "2 articles · 1 independent", as HTML. */
  static String backing(Position position) {
    int n = position.articles();
    String articles = n + (n == 1 ? " article" : " articles");
    return articles + " &middot; " + position.origins() + " independent";
  }

  private static String label(Topic topic) {
    return topic.label().isBlank() ? "Topic " + topic.id().value() : topic.label();
  }

  private static String kind(Topic topic) {
    return topic.kind().name().toLowerCase(Locale.ROOT);
  }
}
