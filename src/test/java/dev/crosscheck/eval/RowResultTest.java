package dev.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.Change;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.Quantity;
import dev.crosscheck.model.Subject;
import dev.crosscheck.model.TextSpan;
import dev.crosscheck.model.TimeRole;
import dev.crosscheck.model.Timeframe;
import dev.crosscheck.model.Unit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The matching rules of {@link ExtractionEvaluator}, on hand-made claims. */
class RowResultTest {
  private static final String SENTENCE = "Microsoft's $5 billion bet and Amazon's $5 billion bet.";
  private static final String GOLD = "2026-04-28\t" + SENTENCE + "\t"
      + "MONEY|5e9|USD|4.5e9|5.5e9|-|LEVEL|$5 billion ; MONEY|5e9|USD|4.5e9|5.5e9|-|LEVEL|$5 billion"
      + "\tholder:Microsoft, bet ; holder:Amazon";

  private static GoldRow row() {
    return GoldTable.parse(List.of(GOLD), "t").get(0);
  }

  private static Claim money(int start, String low, String high, String holder) {
    String surface = "$5 billion";
    Quantity q = new Quantity(new BigDecimal("5e9"), new BigDecimal(low), new BigDecimal(high), Unit.USD);
    Subject s = new Subject(holder, "investment", "bet", "", "", List.of("bet"));
    return new Claim(ArticleId.of("a"), ClaimKind.MONEY, q, TimeRole.NONE, Change.LEVEL,
        Timeframe.CURRENT, surface, TextSpan.of(start, start + surface.length()), 0, SENTENCE, s);
  }

  @Test
  void eachExpectedClaimTakesTheFoundClaimAtItsOwnOccurrence() {
    int second = SENTENCE.lastIndexOf("$5 billion");
    RowResult r = new RowResult(row(), List.of(money(second, "4.5e9", "5.5e9", "Amazon"),
        money(12, "4.5e9", "5.5e9", "Microsoft")));
    assertThat(r.valueMatch(0)).isEqualTo(1);
    assertThat(r.valueMatch(1)).isEqualTo(0);
    assertThat(r.subjectScore()).isEqualTo(new Score(2, 0, 0));
    assertThat(r.perfect()).isTrue();
  }

  @Test
  void wrongIntervalMatchesByValueOnly() {
    RowResult r = new RowResult(row(), List.of(money(12, "5e9", "5e9", "Microsoft")));
    assertThat(r.score(ClaimKind.MONEY, false)).isEqualTo(new Score(1, 0, 1));
    assertThat(r.score(ClaimKind.MONEY, true)).isEqualTo(new Score(0, 1, 2));
    assertThat(r.perfect()).isFalse();
  }

  @Test
  void wrongHolderIsAWrongSubjectAndAMissingClaimIsMissing() {
    RowResult r = new RowResult(row(), List.of(money(12, "4.5e9", "5.5e9", "Amazon")));
    assertThat(r.subjectRight(0)).isFalse();
    assertThat(r.subjectScore()).isEqualTo(new Score(0, 1, 2));
  }

  @Test
  void aClaimElsewhereInTheSentenceDoesNotMatch() {
    Quantity q = Quantity.exact(new BigDecimal("5e9"), Unit.USD);
    Claim elsewhere = new Claim(ArticleId.of("a"), ClaimKind.MONEY, q, TimeRole.NONE,
        Change.LEVEL, Timeframe.CURRENT, "Microsoft", TextSpan.of(0, 9), 0, SENTENCE, Subject.NONE);
    RowResult r = new RowResult(row(), List.of(elsewhere));
    assertThat(r.score(ClaimKind.MONEY, false)).isEqualTo(new Score(0, 1, 2));
  }
}
