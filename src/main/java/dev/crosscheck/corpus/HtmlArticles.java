package dev.crosscheck.corpus;

import dev.crosscheck.internal.Checks;
import dev.crosscheck.model.Diagnostic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML article with jsoup: metadata from {@code og:title}, {@code <title>} or {@code
 * <h1>}, {@code article:published_time} or {@code <time datetime>}, the canonical link or {@code
 * og:url}, and {@code og:site_name}; text from the longest {@code <article>}, else {@code <main>},
 * else the body, without scripts, styles, navigation, headers, footers, asides and forms.
 * Stateless.
 */
final class HtmlArticles {
  private static final String JUNK =
      "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button,"
          + " [hidden], [aria-hidden=true]";

  private HtmlArticles() {}

  static FileRead read(String path, String id, String content) {
    List<Diagnostic> problems = new ArrayList<>();
    Document doc = Jsoup.parse(content);
    Metadata declared =
        new Metadata(
            title(doc),
            attr(doc, "meta[property=og:site_name]", "content"),
            url(doc),
            "",
            published(doc, path, problems));
    doc.select(JUNK).remove();
    String text = HtmlText.of(mainElement(doc));
    if (text.isBlank()) {
      problems.add(Diagnostic.warning(path, 0, "no text found in the HTML, skipped"));
      return new FileRead(List.of(), problems);
    }
    Metadata meta = declared.orElse(Signals.fromText(text)).finish(TextArticles.stem(id));
    return new FileRead(List.of(TextArticles.article(path, id, meta, text, 1)), problems);
  }

  private static String title(Document doc) {
    String og = attr(doc, "meta[property=og:title]", "content");
    if (!og.isBlank()) {
      return og;
    }
    if (!doc.title().isBlank()) {
      return doc.title();
    }
    Element h1 = doc.selectFirst("h1");
    return h1 == null ? "" : h1.text();
  }

  private static String url(Document doc) {
    String canonical = attr(doc, "link[rel=canonical]", "href");
    return canonical.isBlank() ? attr(doc, "meta[property=og:url]", "content") : canonical;
  }

  private static LocalDate published(Document doc, String path, List<Diagnostic> problems) {
    String value = attr(doc, "meta[property=article:published_time]", "content");
    if (value.isBlank()) {
      value = attr(doc, "[itemprop=datePublished]", "content");
    }
    if (value.isBlank()) {
      value = attr(doc, "time[datetime]", "datetime");
    }
    if (value.isBlank()) {
      return null;
    }
    Optional<LocalDate> date = Dates.parseValue(value);
    if (date.isEmpty()) {
      problems.add(
          Diagnostic.warning(
              path, 0, "HTML publication date is not a date: '" + Checks.snippet(value) + "'"));
    }
    return date.orElse(null);
  }

  private static Element mainElement(Document doc) {
    Optional<Element> article =
        doc.select("article").stream().max(Comparator.comparingInt(e -> e.text().length()));
    if (article.isPresent()) {
      return article.get();
    }
    Element main = doc.selectFirst("main");
    return main != null ? main : doc.body();
  }

  private static String attr(Document doc, String query, String attribute) {
    Element e = doc.selectFirst(query);
    return e == null ? "" : e.attr(attribute).strip();
  }
}
