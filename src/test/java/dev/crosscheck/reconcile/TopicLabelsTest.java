package dev.crosscheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.TimeRole;
import dev.crosscheck.model.Unit;
import dev.crosscheck.testing.Claims;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A count's label names what is counted as a count reads it, "how many goals"; a scale names
 * itself, "magnitude".
 */
class TopicLabelsTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "goal,       Ruiz — how many goals",
      "generation, Ruiz — how many generations",
      "child,      Ruiz — how many children",
      "people,     Ruiz — how many people",
      "GW,         Ruiz — how many GW",
      "magnitude,  Ruiz — magnitude",
  })
  void countsNameTheirNounInThePlural(String noun, String label) {
    assertThat(TopicLabels.of(List.of(Claims.money("27")
        .kind(ClaimKind.COUNT, Unit.count(noun), TimeRole.NONE).about("Ruiz", "", "").build())))
        .isEqualTo(label);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "Microsoft,         Microsoft's stake — percentage",
      "Brightwater Foods, Brightwater Foods' stake — percentage",
  })
  void aNameEndingInSTakesTheApostropheAlone(String holder, String label) {
    assertThat(TopicLabels.of(List.of(Claims.percent("15").about(holder, "stake", "").build())))
        .isEqualTo(label);
  }
}
