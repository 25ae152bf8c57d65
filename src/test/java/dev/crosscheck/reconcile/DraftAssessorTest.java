package dev.crosscheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.Assessment;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Unit;
import dev.crosscheck.model.Verdict;
import dev.crosscheck.testing.Claims;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A draft's figure against a corpus that cut a fine "to €1.04 billion from €1.24 billion". */
class DraftAssessorTest {
  private static final List<Claim> CORPUS = List.of(
      fine("1.04e9", "a.md", false), fine("1.24e9", "a.md", true), fine("1.04e9", "b.md", false));

  @ParameterizedTest(name = "{0}{1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "1.04e9 |          | SUPPORTED     | 1.04e9 | €1.04 billion agrees with €1.04 billion",
      "1.5e9  |          | CONTRADICTION | 1.04e9 | €1.5 billion contradicts €1.04 billion",
      "1.24e9 | previous | SUPPORTED     | 1.24e9 | €1.24 billion agrees with €1.24 billion",
      "1.5e9  | previous | CONTRADICTION | 1.04e9 | €1.5 billion contradicts €1.04 billion",
  })
  void aPreviousValueIsHeldAgainstThePositionItFits(
      String amount, String previous, Verdict verdict, String shown, String explanation) {
    Claim draft = fine(amount, "draft.md", previous != null);
    Assessment a = DraftAssessor.defaults().assess(List.of(draft), (probe, max) -> CORPUS,
        id -> Optional.of(article(id)), List.of()).get(0);
    assertThat(a.verdict()).isEqualTo(verdict);
    assertThat(a.corpus().get(0).value()).isEqualByComparingTo(new BigDecimal(shown));
    assertThat(a.explanation()).startsWith(explanation);
  }

  /**
   * "The 24-year-old has agreed a six-year deal" names no party: among articles about the draft's
   * story it is about Ruiz's contract, which two articles say runs five years; elsewhere about
   * nothing it can be told apart by.
   */
  @ParameterizedTest(name = "draft''s story known: {0}")
  @CsvSource({"true, CONTRADICTION", "false, UNSUPPORTED"})
  void claimsNamingNoPartyAreAboutTheDraftsStory(boolean ofStory, Verdict verdict) {
    List<Claim> corpus = List.of(
        Claims.years("5").about("Ruiz", "", "").framedBy("contract").in("a.md").build(),
        Claims.years("5").about("Ruiz", "", "").framedBy("contract").in("b.md").build(),
        Claims.years("6").framedBy("deal").in("c.md").build());
    Claim draft = Claims.years("6").framedBy("deal").in("draft.md").build();
    Assessment a = DraftAssessor.defaults().assess(List.of(draft), (probe, max) -> corpus,
        id -> Optional.of(article(id)), ids -> List.of(), id -> ofStory).get(0);
    assertThat(a.verdict()).isEqualTo(verdict);
  }

  /**
   * Guidance for the first quarter against a corpus with that guidance and with a revenue figure
   * that names no period (the fourth quarter's, from the same results story): the figures that
   * name the draft's period are the evidence, and the other cannot outvote them.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"4.2e9, 4.4e9, SUPPORTED", "3.6e9, 3.8e9, CONTRADICTION"})
  void figuresNamingTheDraftsPeriodOutrankOnesNamingNone(String low, String high,
      Verdict verdict) {
    List<Claim> corpus = List.of(
        revenue("4.1e9", "4.05e9", "4.15e9", "").in("a.md").build(),
        revenue("4.3e9", "3.87e9", "4.73e9", "Q1").in("b.md").build(),
        revenue("4.2e9", "4.15e9", "4.45e9", "Q1").in("c.md").build());
    Claim draft = revenue(low, low, high, "Q1").in("draft.md").build();
    Assessment a = DraftAssessor.defaults().assess(List.of(draft), (probe, max) -> corpus,
        id -> Optional.of(article(id)), List.of()).get(0);
    assertThat(a.verdict()).isEqualTo(verdict);
    assertThat(a.corpus()).flatMap(p -> p.claims())
        .allMatch(c -> c.subject().scope().equals("Q1"));
  }

  /** A range reads as the draft wrote it, not as its low end: "$4.2 billion agrees with". */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "$4.2 billion to $4.4 billion | \"$4.2 billion to $4.4 billion\" agrees with $4.2 billion",
      "$4.2 billion                 | $4.2 billion agrees with $4.2 billion",
  })
  void aRangeReadsAsWritten(String surface, String explanation) {
    List<Claim> corpus = List.of(revenue("4.2e9", "4.15e9", "4.45e9", "Q1").in("c.md").build());
    Claim draft = revenue("4.2e9", "4.15e9", "4.45e9", "Q1").in("draft.md").surface(surface)
        .build();
    Assessment a = DraftAssessor.defaults().assess(List.of(draft), (probe, max) -> corpus,
        id -> Optional.of(article(id)), List.of()).get(0);
    assertThat(a.explanation()).startsWith(explanation);
  }

  /**
   * 310 flights in two articles and 320 in one: a draft's 320 contradicts most, not all, and a
   * finding on any figure says that the sources differ.
   */
  @ParameterizedTest(name = "{0} to {1}")
  @CsvSource(delimiter = '|', value = {
      "320 | 320 | CONTRADICTION | 320 flights contradicts 310 flights (2 sources, 2 independent);"
          + " 1 other source agrees",
      "330 | 330 | CONTRADICTION | 330 flights contradicts 310 flights (2 sources, 2 independent);"
          + " 1 other source says 320 flights",
      "325 |     | CONTRADICTION | ≥ 325 flights contradicts 310 flights (2 sources, 2"
          + " independent); 1 other source says 320 flights",
      "310 | 310 | SUPPORTED     | 310 flights agrees with 310 flights (2 sources, 2 independent);"
          + " 1 other source says 320 flights",
      "300 | 330 | SUPPORTED     | 300–330 flights agrees with 310 flights (2 sources, 2"
          + " independent); 1 other source says 320 flights",
  })
  void aDividedCorpusSaysWhichSourcesAgree(
      String low, String high, Verdict verdict, String explanation) {
    List<Claim> corpus = List.of(flights("310", "310", "a.md"), flights("310", "310", "b.md"),
        flights("320", "320", "c.md"));
    Assessment a = DraftAssessor.defaults().assess(List.of(flights(low, high, "draft.md")),
        (probe, max) -> corpus, id -> Optional.of(article(id)), List.of()).get(0);
    assertThat(a.verdict()).isEqualTo(verdict);
    assertThat(a.explanation()).isEqualTo(explanation);
  }

  private static Claim flights(String low, String high, String article) {
    return Claims.money("0").kind(dev.crosscheck.model.ClaimKind.COUNT, Unit.count("flight"),
        dev.crosscheck.model.TimeRole.NONE).value(low).between(low, high)
        .about("Nordair", "", "").in(article).build();
  }

  private static Claims revenue(String value, String low, String high, String scope) {
    return Claims.money(value).between(low, high).about("Corvant", "revenue", "").scope(scope);
  }

  @ParameterizedTest(name = "{0} and {1}: {2}")
  @CsvSource({
      "2026-03-10, 2026-03-02, true", "2026-03-10, 2026-05-09, true",
      "2026-03-10, 2026-05-10, false", "2026-03-10, 2025-03-10, false",
      ", 2025-03-10, true", "2026-03-10, , true"})
  void closeInTimeIsSixtyDaysEitherWay(LocalDate a, LocalDate b, boolean close) {
    assertThat(DraftAssessor.closeInTime(Optional.ofNullable(a), Optional.ofNullable(b)))
        .isEqualTo(close);
  }

  private static Claim fine(String amount, String article, boolean previous) {
    Claims c = Claims.money(amount).unit(Unit.EUR).about("Helix Pay", "fine", "").in(article);
    return (previous ? c.previous() : c).build();
  }

  private static Article article(ArticleId id) {
    return new Article(id, id.value(), "Helix fine cut", "Wire " + id.value(), "", "", null, "", 1);
  }
}
