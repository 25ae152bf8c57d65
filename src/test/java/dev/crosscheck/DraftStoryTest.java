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
