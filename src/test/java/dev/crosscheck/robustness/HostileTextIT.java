package dev.crosscheck.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus in src/test/resources/xss puts script tags, event handlers, {@code </textarea>},
 * {@code javascript:} and {@code data:} URLs, CSS injection, bidi overrides and zero-width
 * characters in article text, titles, sources and URLs of Markdown, HTML and JSON lines articles.
 * {@code crosscheck report} must turn it into a page that runs no code and loads nothing: parsed
 * with jsoup, the page has no script element, no event-handler attribute, only http(s) and in-page
 * links, its Content-Security-Policy meta tag, and no element or style that fetches anything. The
 * hostile text is still shown, as text. {@code ChromiumReportIT} opens the same page in a browser.
 */
class HostileTextIT {
  private static final Pattern INVISIBLE =
      Pattern.compile("[\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF]");
  @TempDir static Path work;
  private static Cli.Run run;
  private static Document page;
  private static String html;

  @BeforeAll
  static void report() throws IOException {
    Path corpus = Corpora.copyResource("xss", work.resolve("corpus"));
    Path out = work.resolve("out");
    run = Cli.run("report", corpus.toString(), "--out", out.toString(), "--index",
        work.resolve("index").toString());
    assertThat(run.exit()).as("%s", run).isZero();
    html = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
    page = Jsoup.parse(html);
    new ObjectMapper().readTree(out.resolve("report.json").toFile());
  }

  @Test
  void everyArticleIsInTheReport() {
    assertThat(page.select("#articles li")).hasSize(7);
    assertThat(page.select("article.card")).isNotEmpty();
  }

  @Test
  void noScriptElementAndNoEventHandler() {
    assertThat(page.select("script")).isEmpty();
    assertThat(page.getAllElements())
        .flatExtracting(e -> e.attributes().asList())
        .extracting(Attribute::getKey)
        .noneMatch(key -> key.toLowerCase(Locale.ROOT).startsWith("on"));
    assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "<svg", "<iframe", "<img");
  }

  @Test
  void linksAreHttpOrInPageOnly() {
    List<String> hrefs = page.select("[href]").eachAttr("href");
    assertThat(hrefs).isNotEmpty().allSatisfy(href -> {
      if (!href.startsWith("#")) {
        URL url = url(href);
        assertThat(url.getProtocol()).as(href).isIn("http", "https");
        assertThat(url.getHost()).as(href).isNotBlank();
      }
    });
    assertThat(page.select("a.source").eachAttr("href"))
        .contains("https://example.com/acme?q=\"><script>alert(9)</script>&x='y'")
        .noneMatch(h -> h.toLowerCase(Locale.ROOT).contains("javascript") || h.startsWith("data:"));
  }

  /** Parses leniently, as a browser does: quotes and brackets in a query are allowed. */
  private static URL url(String href) {
    try {
      return new URL(href);
    } catch (MalformedURLException e) {
      throw new AssertionError("not a URL: " + href, e);
    }
  }

  @Test
  void restrictiveContentSecurityPolicy() {
    Element csp = page.selectFirst("head > meta[http-equiv=Content-Security-Policy]");
    assertThat(csp).isNotNull();
    assertThat(csp.attr("content"))
        .contains("default-src 'none'")
        .doesNotContain("script-src", "unsafe-eval", "http:", "https:");
  }

  @Test
  void nothingIsLoadedFromAnywhere() {
    assertThat(page.select("img, iframe, frame, object, embed, link, source, video, audio, base,"
        + " form, input, svg, math, meta[http-equiv=refresh]")).isEmpty();
    assertThat(page.select("[src], [srcset], [data], [poster], [action], [formaction],"
        + " [background], [style]")).isEmpty();
    assertThat(page.select("style")).hasSize(1)
        .allSatisfy(style -> assertThat(style.data().toLowerCase(Locale.ROOT))
            .doesNotContain("url(", "@import", "http"));
  }

  @Test
  void hostileTextIsShownAsText() {
    String text = page.text();
    assertThat(text)
        .contains("<script>alert(1)</script> Acme </title></style></textarea><img src=x onerror=alert(2)>")
        .contains("\"><img src=x onerror=alert(3)>")
        .contains("javascript:alert(4)")
        .contains("</style><style>body{display:none}</style>")
        .contains("<script>alert(5)</script> Acme paid $5 billion");
    assertThat(page.title()).isEqualTo("crosscheck report");
  }

  @Test
  void bidiControlsAndZeroWidthCharactersAreRemovedFromWhatIsShown() {
    assertThat(INVISIBLE.matcher(page.text()).find()).as(page.text()).isFalse();
    assertThat(page.text()).contains("Invoice gnp.exe isolated zerowidth joiner");
  }

  @Test
  void noStackTraceOnStderr() {
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }
}
