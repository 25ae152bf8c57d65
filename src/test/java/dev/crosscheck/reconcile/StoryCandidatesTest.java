package dev.crosscheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.TimeRole;
import dev.crosscheck.testing.Claims;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-memory candidate search follows the index's candidate query: one row per rule. */
class StoryCandidatesTest {
  private final Claim probe =
      Claims.money("13e9").in("a.md").at(10).about("Microsoft", "investment", "OpenAI").build();

  private List<Claim> candidatesAmong(Claim... others) {
    List<Claim> story = new java.util.ArrayList<>(List.of(others));
    story.add(0, probe);
    return StoryCandidates.of(story).candidates(probe, 64);
  }

  @Test
  void sameKindUnitRoleAndChangeInAnotherArticle() {
    Claim same = Claims.money("14e9").in("b.md").about("Microsoft", "investment", "").build();
    Claim ownArticle = Claims.money("14e9").in("a.md").at(90).about("Microsoft", "investment", "").build();
    Claim percent = Claims.percent("14").in("b.md").at(30).about("Microsoft", "investment", "").build();
    Claim change = Claims.money("14e9").in("b.md").at(50).about("Microsoft", "investment", "").change().build();
    Claim previous = Claims.money("14e9").in("b.md").at(70).about("Microsoft", "investment", "").previous().build();

    assertThat(candidatesAmong(same, ownArticle, percent, change, previous))
        .contains(same, previous).doesNotContain(probe, ownArticle, percent, change);
  }

  @Test
  void claimsOfArticlesThatMayNotMeetTheProbesTakeNoPlace() {
    Claim far = Claims.money("14e9").in("far.md").about("Microsoft", "investment", "").build();
    Claim near = Claims.money("15e9").in("near.md").about("Microsoft", "investment", "").build();
    List<Claim> story = List.of(probe, far, near);

    assertThat(StoryCandidates.of(story, (a, b) -> !b.value().equals("far.md"))
        .candidates(probe, 1)).containsExactly(near);
    assertThat(StoryCandidates.of(story).candidates(probe, 1)).containsExactly(far);
  }

  @Test
  void yearsAndDatesMeetOnlyWithTheSameRole() {
    Claim end = Claims.year(2032, TimeRole.END).in("a.md").about("Microsoft", "license", "").build();
    Claim otherEnd = Claims.year(2030, TimeRole.END).in("b.md").about("Microsoft", "license", "").build();
    Claim start = Claims.year(2019, TimeRole.START).in("c.md").about("Microsoft", "license", "").build();

    assertThat(StoryCandidates.of(List.of(end, otherEnd, start)).candidates(end, 64))
        .containsExactly(otherEnd);
  }

  @Test
  void moreSharedTermsFirstThenClaimsWithoutTermsAndNeverThoseSharingNone() {
    Claim one = Claims.money("1e9").in("b.md").about("Microsoft", "revenue", "").build();
    Claim three = Claims.money("2e9").in("c.md").about("Microsoft", "investment", "OpenAI").build();
    Claim none = Claims.money("3e9").in("d.md").about("", "", "").build();
    Claim unrelated = Claims.money("4e9").in("e.md").about("Amazon", "loan", "").build();

    assertThat(candidatesAmong(one, none, unrelated, three)).containsExactly(three, one, none);
  }

  @Test
  void aProbeWithoutTermsFindsOnlyClaimsWithoutTerms() {
    Claim bare = Claims.money("1e9").in("a.md").about("", "", "").build();
    Claim otherBare = Claims.money("2e9").in("b.md").about("", "", "").build();
    Claim named = Claims.money("3e9").in("c.md").about("Microsoft", "", "").build();

    assertThat(StoryCandidates.of(List.of(bare, otherBare, named)).candidates(bare, 64))
        .containsExactly(otherBare);
  }

  @Test
  void aTermMostOfABlockSharesIsLeftOutUnlessItIsTheRarest() {
    List<Claim> story = new java.util.ArrayList<>();
    story.add(probe);
    for (int i = 0; i <= StoryCandidates.MAX_POSTINGS; i++) {
      story.add(Claims.money("1e9").in("r" + i + ".md").about("", "investment", "").build());
    }
    Claim rare = Claims.money("2e9").in("rare.md").about("OpenAI", "", "").build();
    story.add(rare);

    assertThat(StoryCandidates.of(story).candidates(probe, 64)).containsExactly(rare);
    Claim common = story.get(1);
    assertThat(StoryCandidates.of(story).candidates(common, 64)).hasSize(64);
  }

  @Test
  void atMostMax() {
    Claim b = Claims.money("1e9").in("b.md").about("Microsoft", "", "").build();
    Claim c = Claims.money("2e9").in("c.md").about("Microsoft", "", "").build();

    assertThat(StoryCandidates.of(List.of(probe, b, c)).candidates(probe, 1)).containsExactly(b);
  }
}
