package dev.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.model.CrossCheckResult;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlReportRendererTest {
  private final HtmlReportRenderer renderer = new HtmlReportRenderer();
  private final String html = renderer.render(ReportFixtures.result());
  private final Document doc = Jsoup.parse(html);

  @Test
  void matchesGoldenFile() throws IOException {
    GoldenFiles.assertMatches("report.html", html);
  }

  @Test
  void documentBasics() {
    assertThat(doc.title()).isEqualTo("crosscheck report");
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(doc.select("meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
    assertThat(doc.select("meta[name=viewport]")).hasSize(1);
    assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .isEqualTo(
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none';"
                + " form-action 'none'");
    assertThat(doc.select("script, link, img, iframe, object, embed, form")).isEmpty();
    assertThat(doc.select("h1").text()).isEqualTo("crosscheck report");
  }

  @Test
  void headerCountsAndArticles() {
    assertThat(doc.select(".counts li").eachText())
        .containsExactly("3 articles", "1 conflict", "1 agreement", "2 single-source");
    Elements articles = doc.select("ol.articles > li");
    assertThat(articles.eachAttr("id")).containsExactly("a1", "a2", "a3");
    assertThat(articles.get(0).select("a.source").attr("href"))
        .isEqualTo(ReportFixtures.NEXT_PLATFORM.url());
    assertThat(articles.get(0).select("time").attr("datetime")).isEqualTo("2026-04-28");
    assertThat(articles.get(2).text()).contains("date unknown", "via The Next Platform");
  }

  @Test
  void conflictsComeBeforeAgreementsAndSingles() {
    List<String> order = doc.select("main > section").eachAttr("id");
    assertThat(order)
        .containsExactly("articles", "conflicts", "agreements", "single", "diagnostics");
    assertThat(html.indexOf("class=\"card conflict\""))
        .isLessThan(html.indexOf("class=\"card agree\""));
  }

  @Test
  void positionsAreSideBySide() {
    Element grid = doc.selectFirst(".card.conflict > .positions");
    assertThat(grid).isNotNull();
    assertThat(grid.children()).hasSize(2).allMatch(e -> e.hasClass("position"));
    assertThat(grid.select(".position > h4.value").eachText()).containsExactly("20%", "25%");
    assertThat(grid.select(".position > .backing").eachText())
        .containsExactly("3 articles \u00b7 2 independent", "1 article \u00b7 1 independent");
    assertThat(doc.selectFirst("style").data())
        .containsPattern("\\.positions \\{ display: grid; grid-template-columns: repeat\\(");
  }

  @Test
  void marksHighlightTheSurfaces() {
    Elements claims = doc.select(".card.conflict li.claim");
    assertThat(claims.select("mark").eachText()).containsExactly("20 percent", "20%", "20%", "25%");
    // the syndicated claim's span points at the second "20%" of its sentence
    Element syndicated = claims.get(1).selectFirst("blockquote p");
    assertThat(syndicated.html()).contains("keeps 20% of OpenAI's revenue, and <mark>20%</mark>");
    assertThat(doc.select(".card.agree mark").eachText())
        .containsExactly("$13.75 billion", "more than $13 billion");
    assertThat(doc.select("#single mark").eachText())
        .containsExactly("April 27, 2026", "through 2032");
  }

  @Test
  void previousValueHasABadge() {
    Elements claims = doc.select(".card.conflict li.claim");
    assertThat(claims.get(2).select(".badge.previous").text())
        .isEqualTo("stated as the previous value");
    assertThat(doc.select(".badge.previous")).hasSize(1);
  }

  @Test
  void claimsCiteSourceAndArticle() {
    Element cite = doc.selectFirst(".card.conflict li.claim .cite");
    assertThat(cite.select("a.source").text()).isEqualTo("The Next Platform");
    assertThat(cite.select("a.aid").attr("href")).isEqualTo("#a1");
    assertThat(cite.select("a.aid").text()).isEqualTo("000_next.txt");
  }

  @Test
  void linksAreHttpOrInternalOnly() {
    assertThat(doc.select("a[href]").eachAttr("href"))
        .isNotEmpty()
        .allMatch(
            href ->
                href.startsWith("https://") || href.startsWith("http://") || href.startsWith("#a"));
    assertThat(doc.select("a[href^=http]").eachAttr("rel")).containsOnly(HtmlClaims.REL);
  }

  @Test
  void singlesAndDiagnostics() {
    assertThat(doc.select("#single details table tbody tr")).hasSize(2);
    assertThat(doc.select("#single td.num").eachText()).containsExactly("2026-04-27", "2032");
    assertThat(doc.select("#diagnostics tbody tr").first().text())
        .isEqualTo("warning corpus/004_table.txt 12 table row skipped: '| Metric | Value |'");
  }

  @Test
  void emptyResultSaysSoAndOmitsDiagnostics() {
    Document empty =
        Jsoup.parse(renderer.render(new CrossCheckResult(List.of(), List.of(), List.of())));
    assertThat(empty.select(".empty").eachText())
        .contains("No articles were read.", "No conflicting numbers found.");
    assertThat(empty.select("#diagnostics")).isEmpty();
  }

  @Test
  void writerAndStringAgree() {
    StringWriter out = new StringWriter();
    renderer.render(ReportFixtures.result(), out);
    assertThat(out.toString()).isEqualTo(html);
    assertThat(html).doesNotContain("\r");
  }

  /** A page far longer than the text the writer path gathers before writing it on. */
  @Test
  void writerAndStringAgreeOnALongPage() {
    CrossCheckResult small = ReportFixtures.result();
    List<dev.crosscheck.model.Topic> topics = new java.util.ArrayList<>();
    for (int i = 0; i < 500; i++) {
      topics.addAll(small.topics());
    }
    CrossCheckResult large = new CrossCheckResult(small.articles(), topics, small.diagnostics());
    StringWriter out = new StringWriter();
    renderer.render(large, out);
    String page = renderer.render(large);
    assertThat(page.length()).isGreaterThan(1_000_000);
    assertThat(out.toString()).isEqualTo(page);
  }

  /** Three copies of every fixture topic, and an article that none of them quotes. */
  @Test
  void cutSectionsSayHowManyMoreAndListOnlyQuotedArticles() {
    CrossCheckResult small = ReportFixtures.result();
    List<dev.crosscheck.model.Topic> topics = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      topics.addAll(small.topics());
    }
    List<dev.crosscheck.model.Article> articles = new java.util.ArrayList<>(small.articles());
    articles.add(1, ReportFixtures.article("003_unquoted.txt", "Unquoted", "Elsewhere",
        "https://elsewhere.example/a", "", null, "No numbers here.\n"));
    CrossCheckResult large = new CrossCheckResult(articles, topics, small.diagnostics());

    Document cut = Jsoup.parse(new HtmlReportRenderer(2).render(large));

    assertThat(cut.select(".counts li").eachText())
        .containsExactly("4 articles", "3 conflicts", "3 agreements", "6 single-source");
    assertThat(cut.select(".card.conflict")).hasSize(2);
    assertThat(cut.select(".card.agree")).hasSize(2);
    assertThat(cut.select("#single tbody tr")).hasSize(2);
    assertThat(cut.select("p.more").eachText()).containsExactly(
        "Listing the 3 articles quoted on this page, of 4 read; the JSON report lists them all.",
        "Showing the first 2 of 3 conflicts; the JSON report lists them all.",
        "Showing the first 2 of 3 agreements; the JSON report lists them all.",
        "Showing the first 2 of 6 single-source topics; the JSON report lists them all.");
    Elements listed = cut.select("ol.articles > li");
    assertThat(listed.eachAttr("id")).containsExactly("a1", "a3", "a4");
    assertThat(cut.select("a.aid").eachAttr("href"))
        .isNotEmpty()
        .allMatch(href -> cut.getElementById(href.substring(1)) != null);
  }

  @Test
  void aPageShowingEverythingSaysNothingMore() {
    assertThat(doc.select("p.more")).isEmpty();
    assertThat(renderer.render(ReportFixtures.result()))
        .isEqualTo(new HtmlReportRenderer(4).render(ReportFixtures.result()))
        .as("three articles, no section over two topics")
        .isEqualTo(new HtmlReportRenderer(2).render(ReportFixtures.result()));
    assertThatThrownBy(() -> new HtmlReportRenderer(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("topicsPerSection must be at least 1");
  }

  /** A position backed by twelve claims quotes ten and cites the other two. */
  @Test
  void aLongPositionQuotesTenAndCitesTheRest() {
    CrossCheckResult small = ReportFixtures.result();
    dev.crosscheck.model.Topic conflict = small.topics().get(0);
    dev.crosscheck.model.Position first = conflict.positions().get(0);
    List<dev.crosscheck.model.Claim> twelve = new java.util.ArrayList<>();
    while (twelve.size() < 12) {
      twelve.add(first.claims().get(twelve.size() % first.claims().size()));
    }
    dev.crosscheck.model.Position longer = new dev.crosscheck.model.Position(first.value(),
        first.low(), first.high(), first.unit(), twelve, first.articles(), first.origins());
    List<dev.crosscheck.model.Position> positions = new java.util.ArrayList<>(conflict.positions());
    positions.set(0, longer);
    dev.crosscheck.model.Topic topic = new dev.crosscheck.model.Topic(conflict.id(),
        conflict.label(), conflict.kind(), conflict.status(), conflict.claims(), positions,
        conflict.explanation(), conflict.severity());
    Document page = Jsoup.parse(renderer.render(
        new CrossCheckResult(small.articles(), List.of(topic), small.diagnostics())));

    Element position = page.selectFirst(".card.conflict .position");
    assertThat(position.select("li.claim")).hasSize(HtmlTopics.QUOTES);
    assertThat(position.select("p.more").text()).startsWith("2 more: ");
    assertThat(position.select("p.more a.aid")).hasSize(2);
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> renderer.render(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("result must not be null");
    assertThatThrownBy(() -> renderer.render(ReportFixtures.result(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("out must not be null");
  }
}
