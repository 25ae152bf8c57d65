package dev.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Assessment;
import dev.crosscheck.model.Verdict;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A draft is held against the articles about its own company: the corpus article on Renven
 * Software states its revenue without naming the company again.
 */
class DraftStoryTest {
  @TempDir static Path index;
  private static CrossChecker checker;

  @BeforeAll
  static void open() {
    checker = CrossChecker.builder().indexDirectory(index).build();
    checker.index(List.of(Path.of("src/test/resources/check/renven")));
  }

  @AfterAll
  static void close() {
    checker.close();
  }

  @Test
  void anotherCompanyOfTheSameFirstNameSaysNothingAboutTheDraft() {
    assertThat(revenueVerdict("Renven Robotics")).isEqualTo(Verdict.UNSUPPORTED);
  }

  @Test
  void theCompanyOfTheArticleContradictsIt() {
    assertThat(revenueVerdict("Renven Software")).isEqualTo(Verdict.CONTRADICTION);
  }

  /**
   * "Annual revenue rose to $90 million last year, the company said" names nobody: in a draft on
   * Renven Software it is about the company's revenue, as the corpus article's sentence is, when
   * the two are published weeks apart; a year later the article is another story.
   */
  @ParameterizedTest(name = "draft of {0}: {1}")
  @CsvSource({"2026-03-10, CONTRADICTION", "2027-06-01, UNSUPPORTED"})
  void aSentenceNamingNobodyIsAboutTheDraftsStoryOfThoseWeeks(String published, Verdict verdict) {
    String draft = "---\ndate: " + published + "\n---\nRenven Software will hire 300 engineers in"
        + " Ohio, Renven Software said on Tuesday.\n\nAnnual revenue rose to $90 million last year,"
        + " the company said.\n";
    assertThat(checker.check(draft, DraftMetadata.markdown("draft.md")).assessments().stream()
        .filter(a -> a.claim().surface().equals("$90 million"))
        .map(Assessment::verdict)
        .findFirst()
        .orElseThrow()).isEqualTo(verdict);
  }

  private static Verdict revenueVerdict(String company) {
    String draft = company + " opened an office in Ohio on Tuesday. " + company
        + " builds tools for car factories.\n\nAnnual revenue rose to $90 million last year, "
        + company + " said.\n";
    return checker.check(draft, DraftMetadata.markdown("draft.md")).assessments().stream()
        .filter(a -> a.claim().surface().equals("$90 million"))
        .map(Assessment::verdict)
        .findFirst()
        .orElseThrow();
  }
}
