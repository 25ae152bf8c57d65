package dev.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.CrossCheckResult;
import dev.crosscheck.model.Diagnostic;
import dev.crosscheck.model.Position;
import dev.crosscheck.model.Quantity;
import dev.crosscheck.model.Topic;
import dev.crosscheck.model.TopicId;
import dev.crosscheck.model.TopicStatus;
import dev.crosscheck.model.Unit;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Article data trying to break out of the page: nothing of it may run, load or restyle. */
class HostileInputTest {
  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String IMG = "\"><img src=x onerror=alert(1)>";
  private static final String TEXTAREA = "</textarea><svg onload=alert(1)>";
  private static final String CSS =
      "</style><style>body{background:url(https://evil.example/x.png)}</style>"
          + "<link rel=stylesheet href=https://evil.example/x.css>";
  private static final String BIDI = "\u202Egnp.exe\u202C \u2066rtl\u2069 zero\u200Bwidth\uFEFF";
  private static final String TITLE = SCRIPT + IMG + TEXTAREA + CSS + BIDI;
  private static final String SENTENCE =
      SCRIPT + " The fund holds $5 billion " + IMG + " \u202Etxet desrever\u202C" + TEXTAREA;

  private static final List<String> URLS =
      List.of(
          "javascript:alert(1)",
          "  JaVaScRiPt:alert(1)",
          "java\tscript:alert(1)",
          "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
          "//evil.example/x",
          "http://",
          "https://ok.example/\"onmouseover=\"alert(1)",
          "https://ok.example/a\u202Eb",
          "vbscript:msgbox(1)");

  private final CrossCheckResult result = hostileResult();
  private final String html = new HtmlReportRenderer().render(result);
  private final Document doc = Jsoup.parse(html);

  @Test
  void noScriptsNoHandlersNoStyleAttributes() {
    assertThat(doc.select("script, iframe, object, embed, svg, img, link, form, textarea, base"))
        .isEmpty();
    assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "<img", "<svg", "<link");
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).as("attribute on <%s>", e.tagName()).doesNotStartWith("on");
        assertThat(a.getKey()).isNotIn("style", "src", "srcset", "formaction", "background");
      }
    }
  }

  @Test
  void onlyOurStylesheet() {
    assertThat(doc.select("style")).hasSize(1);
    assertThat(doc.selectFirst("style").data()).isEqualTo("\n" + Stylesheet.CSS);
    assertThat(doc.selectFirst("style").data()).doesNotContain("evil");
  }

  @Test
  void onlyHttpLinksAndNoExternalResources() {
    List<String> hrefs = doc.select("[href]").eachAttr("href");
    assertThat(hrefs)
        .allMatch(h -> h.startsWith("#a") || h.startsWith("https://ok.example/"), "safe href");
    assertThat(doc.select("[href]")).allMatch(e -> e.tagName().equals("a"), "only <a> has href");
    assertThat(html.toLowerCase(Locale.ROOT))
        .doesNotContain("href=\"javascript", "href=\"data:", "href=\"//", "href=\"vbscript");
    assertThat(doc.select("[src], [srcset], [poster], [data]")).isEmpty();
  }

  @Test
  void unsafeUrlsAreShownAsText() {
    assertThat(doc.select(".url").eachText()).contains("javascript:alert(1)", "//evil.example/x");
  }

  @Test
  void cspMetaIsPresentInHead() {
    Element csp = doc.head().selectFirst("meta[http-equiv=Content-Security-Policy]");
    assertThat(csp).isNotNull();
    assertThat(csp.attr("content")).startsWith("default-src 'none';");
  }

  @Test
  void hostileTextIsShownEscapedWithoutHiddenCharacters() {
    String title = doc.select(".articles .title").first().text();
    assertThat(title).startsWith(SCRIPT + IMG + TEXTAREA).contains("gnp.exe rtl zerowidth");
    assertThat(html).doesNotContainPattern("[\u202A-\u202E\u2066-\u2069\u200B\uFEFF]");
    assertThat(doc.select("mark").eachText()).contains("$5 billion");
    assertThat(doc.select("h3").first().text()).startsWith(SCRIPT);
  }

  @Test
  void jsonKeepsTheDataExactly() throws IOException {
    JsonNode root = new ObjectMapper().readTree(new JsonReportRenderer().render(result));
    assertThat(root.get("articles").get(0).get("title").asText()).isEqualTo(TITLE);
    assertThat(root.get("articles").get(0).get("url").asText()).isEqualTo(URLS.get(0));
    assertThat(root.get("topics").get(0).get("claims").get(0).get("sentence").asText())
        .isEqualTo(SENTENCE);
  }

  private static CrossCheckResult hostileResult() {
    List<Article> articles =
        URLS.stream()
            .map(
                url ->
                    ReportFixtures.article(
                        "h" + URLS.indexOf(url) + IMG,
                        TITLE,
                        IMG + BIDI,
                        url,
                        CSS + SCRIPT,
                        LocalDate.of(2026, 1, 2),
                        "x\n" + SENTENCE + "\n"))
            .toList();
    Quantity five = Quantity.exact(new BigDecimal("5e9"), Unit.currency("<b>" + SCRIPT));
    Claim a =
        ReportFixtures.claim(
            articles.get(0),
            SENTENCE,
            "$5 billion",
            0,
            ClaimKind.MONEY,
            Quantity.exact(new BigDecimal("5e9"), Unit.USD));
    Claim b =
        ReportFixtures.claim(articles.get(6), SENTENCE, "$5 billion", 0, ClaimKind.MONEY, five);
    Claim c =
        ReportFixtures.claim(
            articles.get(3), SENTENCE, IMG.substring(0, 6), 0, ClaimKind.MONEY, five);
    Topic conflict =
        new Topic(
            new TopicId(SCRIPT),
            SCRIPT + CSS,
            ClaimKind.MONEY,
            TopicStatus.CONFLICT,
            List.of(a, b, c),
            List.of(
                new Position(five.value(), null, null, five.unit(), List.of(a, c), 2, 1),
                new Position(five.value(), five.low(), null, five.unit(), List.of(b), 1, 1)),
            TEXTAREA + BIDI,
            1.0);
    Topic agree =
        new Topic(
            new TopicId("g"),
            IMG,
            ClaimKind.MONEY,
            TopicStatus.AGREE,
            List.of(a, b),
            List.of(new Position(five.value(), null, null, five.unit(), List.of(a, b), 2, 2)),
            SCRIPT,
            0);
    Topic single = ReportFixtures.single(IMG, CSS, ClaimKind.MONEY, c);
    return new CrossCheckResult(
        articles,
        List.of(conflict, agree, single),
        List.of(new Diagnostic(dev.crosscheck.model.Severity.ERROR, IMG, 0, SCRIPT + BIDI)));
  }
}
