package dev.crosscheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.Claim;
import dev.crosscheck.testing.Claims;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoriesTest {
  private static final ArticleId A = ArticleId.of("a.md");
  private static final ArticleId B = ArticleId.of("b.md");
  private static final ArticleId C = ArticleId.of("c.md");
  private static final ArticleId D = ArticleId.of("d.md");
  private static final ArticleId E = ArticleId.of("e.md");

  @Test
  void articlesMeetOnTheNamesOfTheirKeyPartiesAndTheirShortForms() {
    Stories stories = Stories.of(
        List.of(article("a.md", "Corvant beats", "Wire"), article("b.md", "Record quarter", "Echo"),
            article("c.md", "Kelvinar Logistics buys", "Wire"), article("d.md", "Ostbri deal", "Echo")),
        List.of(
            about("a.md", "Corvant"), about("a.md", "Corvant"),
            about("b.md", "Corvant Semiconductor"), about("b.md", "Corvant Semiconductor"),
            about("c.md", "Kelvinar Logistics"), about("c.md", "Kelvinar Logistics"),
            about("d.md", "Ostbri Logistics"), about("d.md", "Ostbri Logistics")));
    assertThat(stories.sameKnownStory(A, B)).isTrue();
    assertThat(stories.mayMeet(A, C)).isFalse();
    assertThat(stories.mayMeet(C, D)).as("a shared suffix is no shared story").isFalse();
  }

  @Test
  void companiesSharingAFirstWordAreTwoStoriesAndALegalFormChangesNoName() {
    Stories stories = Stories.of(
        List.of(article("a.md", "Renven Robotics raises", "Wire"),
            article("b.md", "Renven Software hires", "Echo"),
            article("c.md", "Microsoft deal", "Wire"), article("d.md", "Microsoft results", "Echo")),
        List.of(
            about("a.md", "Renven Robotics"), about("a.md", "Renven Robotics"),
            about("b.md", "Renven Software"), about("b.md", "Renven Software"),
            about("c.md", "Microsoft Corp."), about("c.md", "Microsoft Corp."),
            about("d.md", "Microsoft Corporation"), about("d.md", "Microsoft Corporation"),
            about("e.md", "Renven"), about("e.md", "Renven")));
    assertThat(stories.mayMeet(A, B)).isFalse();
    assertThat(stories.mayMeet(A, ArticleId.of("e.md"))).as("Renven may be either").isFalse();
    assertThat(stories.sameKnownStory(C, D)).isTrue();
  }

  @Test
  void anArticleWritingBothFormsOfANameCountsOnceTowardsACommonKey() {
    // 40 articles write "Corvant Semiconductor", 20 of them "Corvant" too: 40 articles, not 60
    List<Claim> claims = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      claims.add(about("c" + i + ".md", "Corvant Semiconductor"));
      claims.add(about("c" + i + ".md", "Corvant Semiconductor"));
      if (i < 20) {
        claims.add(about("c" + i + ".md", "Corvant"));
        claims.add(about("c" + i + ".md", "Corvant"));
      }
    }
    Stories stories = Stories.of(List.of(), claims);
    assertThat(stories.sameKnownStory(ArticleId.of("c0.md"), ArticleId.of("c39.md"))).isTrue();
  }

  @Test
  void theOutletsOwnNameIsNoKey() {
    // "WARSAW (Meridian) -" and "SAN JOSE (Meridian) -" do not make one story.
    Stories stories = Stories.of(
        List.of(article("a.md", "Plant", "Meridian News"), article("b.md", "Chips", "Meridian News")),
        List.of(about("a.md", "Meridian"), about("a.md", "Meridian"), about("a.md", "Volterra"),
            about("a.md", "Volterra"), about("b.md", "Meridian"), about("b.md", "Meridian"),
            about("b.md", "Corvant"), about("b.md", "Corvant")));
    assertThat(stories.mayMeet(A, B)).isFalse();
  }

  @Test
  void anArticleNamingNobodyMayMeetAnyButIsInNoKnownStory() {
    Stories stories = Stories.of(List.of(article("a.md", "x", "s"), article("b.md", "y", "t")),
        List.of(about("a.md", "Helix"), about("a.md", "Helix"), about("b.md", "")));
    assertThat(stories.mayMeet(A, B)).isTrue();
    assertThat(stories.sameKnownStory(A, B)).isFalse();
  }

  @Test
  void aPartyOnlyOneArticleOfALargerStoryNamesIsNotSalient() {
    Stories stories = Stories.of(
        List.of(article("a.md", "Helix fine cut", "W"), article("b.md", "Helix fine", "X"),
            article("c.md", "Helix", "Y"), article("d.md", "Helix", "Z")),
        List.of(about("a.md", "Helix Pay"), about("a.md", "Commission"),
            about("b.md", "Helix"), about("b.md", "Commission"),
            about("c.md", "Helix Pay"), about("c.md", "Luxembourg"),
            about("d.md", "Helix"), about("d.md", "Helix")));
    assertThat(stories.salient(C, "Luxembourg")).isFalse();
    assertThat(stories.salient(C, "Helix Pay")).isTrue();
    assertThat(stories.salient(A, "Commission")).isTrue();
    assertThat(Stories.NONE.salient(D, "Anyone")).isTrue();
  }

  @Test
  void aChainOfArticlesStopsGrowingAtTheLargestStory() {
    // article i names "Firm<i>" and "Firm<i+1>": one chain, as place names make one at scale
    List<Claim> claims = new java.util.ArrayList<>();
    int n = Stories.MAX_STORY_ARTICLES + 100;
    for (int i = 0; i < n; i++) {
      for (String firm : List.of("Firm" + i, "Firm" + (i + 1))) {
        claims.add(Claims.money("1e9").in("a" + i + ".md").about(firm, "revenue", "").build());
        claims.add(Claims.money("2e9").in("a" + i + ".md").about(firm, "profit", "").build());
      }
    }
    Stories stories = Stories.of(List.of(), claims);
    assertThat(stories.sameKnownStory(ArticleId.of("a0.md"), ArticleId.of("a1.md"))).isTrue();
    assertThat(stories.partition(claims).stories())
        .allSatisfy(story -> assertThat(story.stream().map(Claim::articleId).distinct().count())
            .isLessThanOrEqualTo(Stories.MAX_STORY_ARTICLES))
        .hasSizeGreaterThan(1);
  }

  @Test
  void aKeyOfManyArticlesJoinsNoStories() {
    List<Claim> claims = new java.util.ArrayList<>();
    for (int i = 0; i <= Stories.COMMON_KEY_ARTICLES; i++) {
      claims.add(Claims.money("1e9").in("n" + i + ".md").about("Norway", "output", "").build());
      claims.add(Claims.money("2e9").in("n" + i + ".md").about("Norway", "exports", "").build());
    }
    Stories stories = Stories.of(List.of(), claims);
    assertThat(stories.mayMeet(ArticleId.of("n0.md"), ArticleId.of("n1.md"))).isFalse();
  }

  @Test
  void anArticleNamingNobodyIsGroupedWithTheStoryItSharesTellingTermsWith() {
    Claim license = Claims.year(2032, dev.crosscheck.model.TimeRole.END).in("a.md")
        .about("Microsoft", "license", "OpenAI").build();
    Claim profit = Claims.money("5e9").in("b.md").about("Corvant", "profit", "").build();
    Claim unnamedLicense = Claims.year(2030, dev.crosscheck.model.TimeRole.END).in("c.md")
        .about("", "license", "").build();
    Claim unnamedFine = Claims.money("2e6").in("d.md").about("", "fine", "").build();
    List<Claim> claims = List.of(license, profit, unnamedLicense, unnamedFine);

    Stories stories = Stories.of(List.of(), claims);
    Stories.Partition partition = stories.partition(claims);

    assertThat(partition.stories()).containsExactly(List.of(license, unnamedLicense), List.of(profit));
    assertThat(partition.storyless()).containsExactly(unnamedFine);
    assertThat(stories.mayMeet(C, B)).as("it may still meet any story").isTrue();
    assertThat(stories.sameKnownStory(A, C)).isFalse();
  }

  @Test
  void articlesPublishedMonthsApartNeverMeetEvenInOneStory() {
    java.time.LocalDate day = java.time.LocalDate.of(2025, 7, 1);
    Stories stories = Stories.of(
        List.of(dated("a.md", day), dated("b.md", day.plusDays(Stories.MAX_DAYS_APART)),
            dated("c.md", day.plusDays(Stories.MAX_DAYS_APART + 1)), article("d.md", "x", "s")),
        List.of(about("a.md", "Helix"), about("a.md", "Helix"), about("b.md", "Helix"),
            about("b.md", "Helix"), about("c.md", "Helix"), about("c.md", "Helix"),
            about("d.md", "Helix"), about("d.md", "Helix")));

    assertThat(stories.sameKnownStory(A, C)).isTrue();
    assertThat(stories.mayMeet(A, B)).isTrue();
    assertThat(stories.mayMeet(A, C)).as("a quarter later").isFalse();
    assertThat(stories.mayMeet(C, D)).as("undated").isTrue();
    assertThat(stories.dayOf(A)).isEqualTo(day.toEpochDay());
    assertThat(stories.dayOf(D)).isEqualTo(Stories.UNDATED);
  }

  @Test
  void anArticleNamingNobodyJoinsOnlyAStoryPublishedNearIt() {
    java.time.LocalDate january = java.time.LocalDate.of(2025, 1, 10);
    java.time.LocalDate june = january.plusDays(150);
    List<Claim> claims = List.of(about("a.md", "Helix"), about("a.md", "Helix"),
        about("b.md", "Ostbri"), about("b.md", "Ostbri"), about("l.md", ""));
    Stories stories = Stories.of(
        List.of(dated("a.md", january), dated("b.md", june), dated("l.md", june.plusDays(3))),
        claims);

    assertThat(stories.partition(claims).stories())
        .anySatisfy(story -> assertThat(story).extracting(c -> c.articleId().value())
            .containsExactly("b.md", "b.md", "l.md"));
  }

  @Test
  void aNameInTheHeadlineTiesArticlesWhoseClaimsNameOnlyACommonPlace() {
    List<Article> articles = new java.util.ArrayList<>();
    List<Claim> claims = new java.util.ArrayList<>();
    for (int i = 0; i <= Stories.COMMON_KEY_ARTICLES; i++) {
      articles.add(article("t" + i + ".md", "Tucson budget vote", "Wire"));
      claims.add(about("t" + i + ".md", "Tucson"));
      claims.add(about("t" + i + ".md", "Tucson"));
    }
    articles.addAll(List.of(
        article("a.md", "Death toll rises after Typhoon Galvin hits Tucson", "Wire"),
        article("b.md", "Tucson begins cleanup after Typhoon Galvin", "Echo"),
        article("c.md", "Typhoon Orost batters Tucson", "Post"),
        article("d.md", "Typhoon Galvin: insurers count the cost", "Daily"),
        article("e.md", "Tucson Council And Mayor Agree Budget", "Post"),
        article("f.md", "Tucson Council And Unions Sign Deal", "Daily")));
    for (String id : List.of("a.md", "b.md", "c.md", "e.md", "f.md")) {
      claims.add(about(id, "Tucson"));
      claims.add(about(id, "Tucson"));
    }
    claims.add(about("d.md", ""));

    Stories stories = Stories.of(articles, claims);

    assertThat(stories.sameKnownStory(A, B)).isTrue();
    assertThat(stories.sameKnownStory(A, D)).as("its claims name nobody").isTrue();
    assertThat(stories.mayMeet(A, C)).as("another storm").isFalse();
    assertThat(stories.mayMeet(A, ArticleId.of("t0.md"))).isFalse();
    assertThat(stories.mayMeet(E, ArticleId.of("f.md"))).as("title case names nothing").isFalse();
  }

  @Test
  void aOneWordNameInTheHeadlineJoinsOnlyTheStoryOfArticlesAboutIt() {
    Stories stories = Stories.of(
        List.of(article("a.md", "Kavala cholera cases pass 4,000", "Wire"),
            article("b.md", "Cholera outbreak spreads in Kavala region", "Echo"),
            article("c.md", "Floods close Halden port", "Post"),
            article("d.md", "Halden council approves budget", "Daily")),
        List.of(about("a.md", "Kavala"), about("a.md", "Kavala"),
            about("b.md", "World Health Organization"), about("b.md", "World Health Organization"),
            about("c.md", "Port Authority"), about("c.md", "Port Authority"),
            about("d.md", "Mayor Lind"), about("d.md", "Mayor Lind")));
    assertThat(stories.sameKnownStory(A, B)).isTrue();
    assertThat(stories.mayMeet(C, D)).as("no article's claims are about Halden").isFalse();
  }

  private static Article dated(String id, java.time.LocalDate published) {
    return new Article(ArticleId.of(id), id, "Quarterly results", "Wire", "", "", published, "", 1);
  }

  /**
   * Whom a claim naming nobody may be about, in an article keyed on Kestrel Bank, titled on
   * Halden, naming Lind in its sentence 3 and Northway in its sentence 0.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "a key party, 5, Kestrel Bank, true",
      "a key party's short form, 5, Kestrel, true",
      "a party the title names, 5, Halden, true",
      "a party the sentence before names, 4, Kaja Lind, true",
      "a party its own sentence names, 3, Lind, true",
      "a party named sentences earlier, 5, Northway Savings, false",
      "a party the article never names, 5, Ostbri, false"})
  void aClaimNamingNobodyIsAboutItsArticlesParties(
      String name, int sentence, String party, boolean may) {
    Stories stories = Stories.of(List.of(article("a.md", "Kestrel fails in Halden", "Wire")),
        List.of(about("a.md", "Kestrel Bank"), about("a.md", "Kestrel Bank"),
            Claims.money("1e9").in("a.md").sentence(3).about("Kaja Lind", "revenue", "").build(),
            Claims.money("1e9").in("a.md").sentence(0).about("Northway Savings", "assets", "")
                .build()));
    assertThat(stories.mayBeAbout(A, sentence, party)).as(name).isEqualTo(may);
  }

  @Test
  void aClaimNamingNobodyInAnArticleWithNoKeyPartiesMayBeAboutAnyone() {
    Stories stories = Stories.of(List.of(article("a.md", "", "Wire")), List.of(about("a.md", "")));
    assertThat(stories.mayBeAbout(A, 0, "Ostbri")).isTrue();
  }

  private static Claim about(String article, String holder) {
    return Claims.money("1e9").in(article).about(holder, "revenue", "").build();
  }

  private static Article article(String id, String title, String source) {
    return new Article(ArticleId.of(id), id, title, source, "", "", null, "", 1);
  }
}
