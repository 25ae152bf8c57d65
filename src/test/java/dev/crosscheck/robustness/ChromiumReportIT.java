package dev.crosscheck.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens generated reports in headless Chromium through the DevTools protocol (JDK WebSocket and
 * Jackson only) and checks what a reader sees. For the sample corpus: the two conflicts (licence
 * end year 2032 against the previous 2030; seven years against decade-long) are visible above the
 * first agreement, each with its competing values side by side and, for every quoted article that
 * has a URL, a link to exactly that http(s) URL; no console errors. For the hostile corpus of
 * {@link HostileTextIT}: no JavaScript dialog opens, no script exists or runs, and the CSP is never
 * violated (a violation is a console error). Screenshots go to target/robustness/.
 *
 * <p>Skipped, with a message, only when /usr/bin/chromium does not exist; {@code .ci/run}
 * installs Debian's chromium there.
 */
class ChromiumReportIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SCREENSHOTS = Path.of("target", "robustness");
  @TempDir static Path work;

  @BeforeAll
  static void chromiumIsInstalled() {
    Assumptions.assumeTrue(Files.isExecutable(Chromium.BINARY),
        "SKIPPED: no " + Chromium.BINARY + "; install Debian's chromium package (.ci/run does)");
  }

  @Test
  void sampleReportShowsBothConflictsAboveTheAgreementsWithWorkingLinks() throws Exception {
    Path out = report(Corpora.sample(), "sample");
    JsonNode page = open(out.resolve("index.html"), "sample-report.png", "sample");
    Map<String, String> urls = articleUrls(out.resolve("report.json"));

    List<JsonNode> cards = list(page.get("cards"));
    assertThat(cards).hasSize(2);
    assertThat(page.get("agreementTop").isNumber()).as("an agreement is shown").isTrue();
    JsonNode licence = card(cards, "2032");
    JsonNode duration = card(cards, "seven years");
    assertThat(values(licence)).anyMatch(v -> v.contains("2032")).anyMatch(v -> v.contains("2030"));
    assertThat(quotes(duration)).anyMatch(q -> q.contains("seven years"))
        .anyMatch(q -> q.contains("decade-long"));
    for (JsonNode card : cards) {
      assertThat(card.get("visible").asBoolean()).isTrue();
      assertThat(card.at("/box/top").asDouble()).isLessThan(page.get("agreementTop").asDouble());
      assertSideBySide(card);
      assertLinks(card, urls);
    }
    assertNoConsoleErrors(page);
  }

  @Test
  void hostileReportOpensNoDialogAndRunsNoScript() throws Exception {
    Path out = report(Corpora.copyResource("xss", work.resolve("xss-corpus")), "xss");
    JsonNode page = open(out.resolve("index.html"), "xss-report.png", "xss");

    assertThat(page.get("dialogs")).isEmpty();
    assertThat(page.get("scripts").asInt()).isZero();
    assertThat(page.get("handlers").asInt()).isZero();
    assertThat(page.get("title").asText()).isEqualTo("crosscheck report");
    assertThat(page.get("bodyVisible").asBoolean()).as("CSS injection hid the page").isTrue();
    assertNoConsoleErrors(page);
  }

  private static Path report(Path corpus, String name) {
    Path out = work.resolve(name + "-out");
    Cli.Run run = Cli.run("report", corpus.toString(), "--out", out.toString(), "--index",
        work.resolve(name + "-index").toString());
    assertThat(run.exit()).as("%s", run).isZero();
    return out;
  }

  /** Loads {@code html} in a fresh browser, saves a screenshot, returns what the page shows. */
  private static JsonNode open(Path html, String screenshot, String name) throws Exception {
    try (Chromium chromium = Chromium.start(work.resolve(name + "-profile"),
        work.resolve(name + "-chromium.log"));
        DevTools tab = chromium.page()) {
      tab.send("Page.enable");
      tab.send("Runtime.enable");
      tab.send("Log.enable");
      tab.send("Emulation.setDeviceMetricsOverride",
          Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
      tab.clearEvents();
      tab.send("Page.navigate", Map.of("url", html.toUri().toString()));
      tab.awaitEvent("Page.loadEventFired", Duration.ofSeconds(60));
      Thread.sleep(500);
      List<JsonNode> dialogs = tab.events("Page.javascriptDialogOpening");
      if (!dialogs.isEmpty()) {
        tab.send("Page.handleJavaScriptDialog", Map.of("accept", false));
      }
      JsonNode seen = JSON.readTree(tab.evaluate(READER).asText());
      saveScreenshot(tab, screenshot);
      Map<String, Object> page = JSON.convertValue(seen, Map.class);
      page.put("dialogs", dialogs);
      page.put("errors", errors(tab.events()));
      return JSON.valueToTree(page);
    }
  }

  /** What a reader sees, measured in the page. */
  private static final String READER = """
      (() => {
        const box = e => { const r = e.getBoundingClientRect();
          return {top: r.top + scrollY, left: r.left + scrollX, width: r.width, height: r.height}; };
        const visible = e => { const r = e.getBoundingClientRect(); const s = getComputedStyle(e);
          return r.width > 0 && r.height > 0 && s.visibility === 'visible' && s.display !== 'none'
            && s.opacity !== '0'; };
        const cards = [...document.querySelectorAll('article.card.conflict')].map(c => ({
          box: box(c), visible: visible(c), heading: c.querySelector('h3').innerText,
          positions: [...c.querySelectorAll('.position')].map(p => ({
            value: p.querySelector('.value').innerText, box: box(p), visible: visible(p)})),
          claims: [...c.querySelectorAll('li.claim')].map(li => ({
            article: (li.querySelector('a.aid code') || li.querySelector('code')).innerText,
            quote: li.querySelector('blockquote').innerText, visible: visible(li),
            links: [...li.querySelectorAll('a.source')].map(a => a.getAttribute('href'))}))}));
        const agreement = document.querySelector('article.card.agree');
        const handlers = [...document.querySelectorAll('*')].filter(e =>
          [...e.attributes].some(a => a.name.toLowerCase().startsWith('on'))).length;
        return JSON.stringify({cards, agreementTop: agreement ? box(agreement).top : null,
          scripts: document.scripts.length, handlers, title: document.title,
          bodyVisible: visible(document.querySelector('main'))});
      })()""";

  private static void saveScreenshot(DevTools tab, String name) throws IOException {
    JsonNode size = tab.send("Page.getLayoutMetrics").get("cssContentSize");
    Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width").asDouble(),
        "height", Math.min(size.get("height").asDouble(), 16_000), "scale", 1);
    String png = tab.send("Page.captureScreenshot",
        Map.of("format", "png", "captureBeyondViewport", true, "clip", clip)).get("data").asText();
    Files.createDirectories(SCREENSHOTS);
    byte[] bytes = Base64.getDecoder().decode(png);
    Files.write(SCREENSHOTS.resolve(name), bytes);
    assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
  }

  /** Console errors, uncaught exceptions and browser log errors (CSP violations among them). */
  private static List<JsonNode> errors(List<JsonNode> events) {
    List<JsonNode> errors = new ArrayList<>();
    for (JsonNode e : events) {
      String method = e.path("method").asText();
      boolean error = method.equals("Runtime.exceptionThrown")
          || method.equals("Runtime.consoleAPICalled")
              && e.at("/params/type").asText().equals("error")
          || method.equals("Log.entryAdded") && e.at("/params/entry/level").asText().equals("error");
      if (error) {
        errors.add(e);
      }
    }
    return errors;
  }

  private static void assertNoConsoleErrors(JsonNode page) {
    assertThat(list(page.get("errors"))).as("console errors").isEmpty();
  }

  private static void assertSideBySide(JsonNode card) {
    List<JsonNode> positions = list(card.get("positions"));
    assertThat(positions).as(card.get("heading").asText()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(positions).allMatch(p -> p.get("visible").asBoolean());
    assertThat(positions.stream().map(p -> p.get("value").asText()).distinct()).hasSize(positions.size());
    JsonNode first = positions.get(0).get("box");
    JsonNode second = positions.get(1).get("box");
    assertThat(Math.abs(first.get("top").asDouble() - second.get("top").asDouble()))
        .as("positions on one row").isLessThan(2.0);
    assertThat(second.get("left").asDouble())
        .isGreaterThanOrEqualTo(first.get("left").asDouble() + first.get("width").asDouble());
  }

  /** Every quoted article with an http(s) URL links to exactly it; the others link nowhere. */
  private static void assertLinks(JsonNode card, Map<String, String> urls) {
    int linked = 0;
    for (JsonNode claim : list(card.get("claims"))) {
      assertThat(claim.get("visible").asBoolean()).isTrue();
      String url = urls.getOrDefault(claim.get("article").asText(), "");
      List<String> links = list(claim.get("links")).stream().map(JsonNode::asText).toList();
      if (url.startsWith("http://") || url.startsWith("https://")) {
        URI uri = URI.create(url);
        assertThat(uri.getHost()).isNotBlank();
        assertThat(links).containsExactly(url);
        linked++;
      } else {
        assertThat(links).as("no link for %s", claim.get("article")).isEmpty();
      }
    }
    assertThat(linked).as("links in %s", card.get("heading")).isPositive();
  }

  private static Map<String, String> articleUrls(Path reportJson) throws IOException {
    Map<String, String> urls = new HashMap<>();
    for (JsonNode article : JSON.readTree(reportJson.toFile()).get("articles")) {
      urls.put(article.get("id").asText(), article.get("url").asText());
    }
    return urls;
  }

  private static JsonNode card(List<JsonNode> cards, String text) {
    return cards.stream().filter(c -> c.toString().contains(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no conflict card shows " + text + ": " + cards));
  }

  private static List<String> values(JsonNode card) {
    return list(card.get("positions")).stream().map(p -> p.get("value").asText()).toList();
  }

  private static List<String> quotes(JsonNode card) {
    return list(card.get("claims")).stream().map(c -> c.get("quote").asText()).toList();
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }
}
