package dev.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlTest {
  static Stream<Arguments> urls() {
    return Stream.of(
        Arguments.of("https://example.com/a?b=1&c=2", "https://example.com/a?b=1&c=2"),
        Arguments.of("  http://example.com  ", "http://example.com"),
        Arguments.of("HTTPS://Example.com/X", "HTTPS://Example.com/X"),
        Arguments.of("javascript:alert(1)", null),
        Arguments.of("JavaScript:alert(1)", null),
        Arguments.of("data:text/html,<script>alert(1)</script>", null),
        Arguments.of("//evil.example/x", null),
        Arguments.of("/relative/path", null),
        Arguments.of("http://", null),
        Arguments.of("https:///path", null),
        Arguments.of("http://exa mple.com", null),
        Arguments.of("http://example.com/\u202Eevil", null),
        Arguments.of("http://example.com/\u200B", null),
        Arguments.of("http://example.com/\nx", null),
        Arguments.of("ftp://example.com", null),
        Arguments.of("", null));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("urls")
  void webUrl(String url, String expected) {
    assertThat(Html.webUrl(url).orElse(null)).isEqualTo(expected);
  }

  @Test
  void textEscapesMarkupAndDropsHiddenCharacters() {
    assertThat(Html.text("<b>\"A&B\"</b>")).isEqualTo("&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;");
    assertThat(Html.text("a\u202Eb\u2066c\u2069d\u200Be\uFEFFf\u0000g\u0007h\ti\nj"))
        .isEqualTo("abcdefgh\ti\nj");
    assertThat(Html.attr("x\" onmouseover=\"y")).isEqualTo("x&quot; onmouseover=&quot;y");
  }

  @Test
  void cleanReturnsTheSameStringWhenNothingIsHidden() {
    String s = "plain text";
    assertThat(Html.clean(s)).isSameAs(s);
  }
}
