package dev.crosscheck.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.testing.Claims;
import org.junit.jupiter.api.Test;

class ClaimTest {
  /** The message is built only on failure, and still names the surface and the span. */
  @Test
  void aSurfaceThatDoesNotFitItsSpanIsRejectedByName() {
    Claim ok = Claims.money("5").build();
    assertThatThrownBy(() -> new Claim(ok.articleId(), ok.kind(), ok.quantity(), ok.role(),
            ok.change(), ok.timeframe(), "$5\n  billion", TextSpan.of(0, 3),
            ok.sentenceIndex(), ok.sentence(), ok.subject()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("surface '$5 billion' does not fit span " + TextSpan.of(0, 3));
  }
}
