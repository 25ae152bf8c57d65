package dev.crosscheck.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Article;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Main text and metadata of HTML articles. */
class HtmlArticlesTest {
  private static final String PAGE =
      """
      <!doctype html><html><head>
      <title>Deal | Chip Beat</title>
      <meta property="og:title" content="Microsoft and OpenAI Loosen Ties">
      <meta property="og:site_name" content="Chip Beat">
      <meta property="article:published_time" content="2026-04-27T09:00:00+02:00">
      <link rel="canonical" href="https://chipbeat.example/deal">
      <style>p { color: red }</style><script>var x = 1;</script>
      </head><body>
      <header><a href="/">Home</a></header><nav><ul><li>AI</li><li>Chips</li></ul></nav>
      <article><h1>Microsoft and OpenAI Loosen Ties</h1>
      <p>Microsoft has invested <b>$13.75 billion</b> in OpenAI.</p>
      <p>The share is
         27 percent.</p>
      <ul><li>First point</li><li>Second point</li></ul>
      <table><tr><th>Metric</th><th>Value</th></tr>
      <tr><td>Investment</td><td>$13.75B</td></tr></table>
      <aside>Related: other stories</aside><form><input value="x">Subscribe</form>
      <div>Loose text <span>in a div</span><p>and a paragraph</p></div>
      <p>Originally reported by The Next Platform</p>
      </article><footer>© 2026 Chip Beat</footer></body></html>
      """;

  @Test
  void extractsMainTextWithBlocksAndLines() {
    Article a = new ArticleReader().parse("deal.html", PAGE, "html").articles().get(0);

    assertThat(a.text())
        .isEqualTo(
            "Microsoft and OpenAI Loosen Ties\n\n"
                + "Microsoft has invested $13.75 billion in OpenAI.\n\n"
                + "The share is 27 percent.\n\n"
                + "First point\nSecond point\n\n"
                + "Metric | Value\nInvestment | $13.75B\n\n"
                + "Loose text in a div\n\n"
                + "and a paragraph\n\n"
                + "Originally reported by The Next Platform");
    assertThat(a.firstLine()).isEqualTo(1);
  }

  @Test
  void readsMetadataFromHead() {
    Article a = new ArticleReader().parse("deal.html", PAGE, "html").articles().get(0);

    assertThat(a.title()).isEqualTo("Microsoft and OpenAI Loosen Ties");
    assertThat(a.source()).isEqualTo("Chip Beat");
    assertThat(a.url()).isEqualTo("https://chipbeat.example/deal");
    assertThat(a.published()).isEqualTo(LocalDate.of(2026, 4, 27));
    assertThat(a.credit()).isEqualTo("The Next Platform");
  }

  @Test
  void fallsBackToTitleTagTimeElementOgUrlAndMain() {
    String page =
        "<html><head><title>Plain Title</title><meta property=\"og:url\""
            + " content=\"https://www.example.org/x\"></head><body><div>Menu"
            + " junk</div><main><p>Main text.</p><time datetime=\"2025-12-01\">Dec 1</time></main>"
            + "</body></html>";

    Article a = new ArticleReader().parse("x.htm", page, "html").articles().get(0);

    assertThat(a.title()).isEqualTo("Plain Title");
    assertThat(a.url()).isEqualTo("https://www.example.org/x");
    assertThat(a.source()).isEqualTo("example.org");
    assertThat(a.published()).isEqualTo(LocalDate.of(2025, 12, 1));
    assertThat(a.text()).isEqualTo("Main text.\n\nDec 1");
  }

  @Test
  void titleFromH1WhenHeadHasNone() {
    String page = "<body><h1>Only A Heading Here</h1><p>Body.</p></body>";

    Article a = new ArticleReader().parse("y.html", page, "html").articles().get(0);

    assertThat(a.title()).isEqualTo("Only A Heading Here");
    assertThat(a.text()).isEqualTo("Only A Heading Here\n\nBody.");
  }

  @Test
  void pageWithoutTextIsSkippedWithWarning() {
    FileRead read =
        new ArticleReader()
            .parse("z.html", "<html><script>x()</script><nav>Home</nav></html>", "html");

    assertThat(read.articles()).isEmpty();
    assertThat(read.diagnostics())
        .singleElement()
        .satisfies(d -> assertThat(d.file()).isEqualTo("z.html"));
  }

  @Test
  void invalidPublishedTimeWarns() {
    String page =
        "<head><meta property=\"article:published_time\" content=\"yesterday\"></head><p>Text.</p>";

    FileRead read = new ArticleReader().parse("w.html", page, "html");

    assertThat(read.articles().get(0).published()).isNull();
    assertThat(read.diagnostics())
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("yesterday"));
  }
}
