package dev.crosscheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.TimeRole;
import dev.crosscheck.model.Topic;
import dev.crosscheck.model.TopicStatus;
import dev.crosscheck.model.Unit;
import dev.crosscheck.testing.Claims;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Topics from hand-built claims. */
class ReconcilerTest {
  private final Reconciler reconciler = Reconciler.defaults();

  @Test
  void previousDeadlineJoinsAndConflicts() {
    List<Topic> topics = reconcile(List.of(
        Claims.year(2032, TimeRole.END).in("a.md").about("Microsoft", "license", "OpenAI").build(),
        Claims.year(2032, TimeRole.END).in("b.md").about("Microsoft", "license", "").build(),
        Claims.year(2030, TimeRole.END).in("c.md").about("", "license", "").previous().build()));
    assertThat(topics).hasSize(1);
    Topic t = topics.get(0);
    assertThat(t.status()).isEqualTo(TopicStatus.CONFLICT);
    assertThat(t.positions()).hasSize(2);
    assertThat(t.explanation()).contains("stated as the previous value").contains("2 years apart");
    assertThat(t.label()).isEqualTo("Microsoft's license · OpenAI — ends");
  }

  @Test
  void roundingAndHedgesAgree() {
    List<Topic> topics = reconcile(List.of(
        Claims.money("13.75e9").between("13.745e9", "13.755e9").in("a.md").about("Microsoft", "investment", "OpenAI").build(),
        Claims.money("13e9").between("13e9", null).in("b.md").about("Microsoft", "investment", "").build(),
        Claims.money("14.5e9").between("14.45e9", "14.55e9").in("c.md").about("Microsoft", "investment", "OpenAI").build()));
    assertThat(topics).hasSize(1);
    assertThat(topics.get(0).status()).isEqualTo(TopicStatus.CONFLICT);
    assertThat(topics.get(0).positions()).extracting(p -> p.claims().size()).containsExactlyInAnyOrder(2, 1);
  }

  /**
   * "$3,499" and "$3,500" are one price written to the dollar and rounded: exact amounts and counts
   * a thousandth apart agree, and the position spans both. Years never do: 2030 is not 2032.
   */
  @ParameterizedTest(name = "{0} against {1}: {2}")
  @CsvSource({
      "3499,  3500,  AGREE",
      "999,   1000,  AGREE",
      "9416,  9418,  AGREE",
      "179,   181,   CONFLICT",
      "3400,  3500,  CONFLICT",
  })
  void exactAmountsAThousandthApartAreOneRoundedFigure(String a, String b, TopicStatus status) {
    List<Topic> topics = twoExact(Claims.money(a), Claims.money(b), "Apple", "price", a, b);
    assertThat(topics).hasSize(1);
    assertThat(topics.get(0).status()).isEqualTo(status);
    if (status == TopicStatus.AGREE) {
      assertThat(topics.get(0).positions().get(0).low()).isEqualByComparingTo(a);
      assertThat(topics.get(0).positions().get(0).high()).isEqualByComparingTo(b);
    }
  }

  /**
   * "31%" is "31.3%" written to whole percents: an exact percentage agrees with one it is the
   * rounding of, and with no other.
   */
  @ParameterizedTest(name = "{0}% against {1}%: {2}")
  @CsvSource({
      "31,    31.3,  AGREE",
      "31,    30.5,  AGREE",
      "4.5,   4.46,  AGREE",
      "31,    31.5,  CONFLICT",
      "30,    31.3,  CONFLICT",
      "31.3,  31.4,  CONFLICT",
      "94.6,  96,    CONFLICT",
  })
  void exactPercentagesAgreeWithTheirRounding(String a, String b, TopicStatus status) {
    List<Topic> topics =
        twoExact(Claims.percent(a), Claims.percent(b), "Splunk", "premium", a, b);
    assertThat(topics).hasSize(1);
    assertThat(topics.get(0).status()).isEqualTo(status);
  }

  /** Topics of two exact claims of one holder's attribute, in two articles. */
  private List<Topic> twoExact(
      Claims first, Claims second, String holder, String attribute, String a, String b) {
    return reconcile(List.of(
        first.between(a, a).in("a.md").about(holder, attribute, "").build(),
        second.between(b, b).in("b.md").about(holder, attribute, "").build()));
  }

  @Test
  void aHedgesBoundIsNoValueToRound() {
    // "about 26 percent" reaches 28.6%, which rounds to 29% but is no value anyone stated
    List<Topic> topics = reconcile(List.of(
        Claims.percent("26").between("23.4", "28.6").in("a.md").about("Calardra", "stake", "").build(),
        Claims.percent("29").between("29", "29").in("b.md").about("Calardra", "stake", "").build()));
    assertThat(topics).singleElement()
        .satisfies(t -> assertThat(t.status()).isEqualTo(TopicStatus.CONFLICT));
  }

  @Test
  void yearsOneApartNeverRoundAlike() {
    List<Topic> topics = reconcile(List.of(
        Claims.year(2031, TimeRole.END).in("a.md").about("Microsoft", "license", "OpenAI").build(),
        Claims.year(2032, TimeRole.END).in("b.md").about("Microsoft", "license", "OpenAI").build()));
    assertThat(topics.get(0).status()).isEqualTo(TopicStatus.CONFLICT);
  }

  @Test
  void aPositionShowsAValueItAllows() {
    // "$12.2 billion" and "roughly $13 billion" agree on 12.15-12.25 billion
    List<Topic> topics = reconcile(List.of(
        Claims.money("12.2e9").between("12.15e9", "12.25e9").in("a.md").about("Vorq", "valuation", "").build(),
        Claims.money("13e9").between("11.7e9", "14.3e9").in("b.md").about("Vorq", "valuation", "").build(),
        Claims.money("13.5e9").between("13.45e9", "13.55e9").in("c.md").about("Vorq", "valuation", "").build()));
    assertThat(topics).hasSize(1);
    assertThat(topics.get(0).positions())
        .extracting(p -> p.value().toPlainString(), p -> p.low().toPlainString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("12200000000", "12150000000"),
            org.assertj.core.groups.Tuple.tuple("13500000000", "13450000000"));
    assertThat(topics.get(0).explanation()).startsWith("$12.2 billion");
  }

  @Test
  void aPositionAllowingNoStatedValueShowsTheNearestItAllows() {
    // "about 10%" and "about 12%" meet at 10.8-11%
    List<Topic> topics = reconcile(List.of(
        Claims.percent("10").between("9", "11").in("a.md").about("Helix", "market share", "").build(),
        Claims.percent("12").between("10.8", "13.2").in("b.md").about("Helix", "market share", "").build()));
    assertThat(topics).hasSize(1);
    assertThat(topics.get(0).positions()).singleElement()
        .satisfies(p -> assertThat(p.value().toPlainString()).isEqualTo("11"));
  }

  @Test
  void differentInvestorsNeverShareATopic() {
    List<Topic> topics = reconcile(List.of(
        Claims.money("5e9").in("a.md").about("Amazon", "investment", "Anthropic").build(),
        Claims.money("5e9").between("0", "5e9").in("b.md").about("Microsoft", "investment", "Anthropic").build(),
        Claims.money("50e9").in("c.md").about("Amazon", "deal", "OpenAI").build()));
    assertThat(topics).hasSize(3).allMatch(t -> t.status() == TopicStatus.SINGLE);
  }

  @Test
  void anAmbiguousClaimDoesNotChainTwoTopics() {
    // "license" by Microsoft and "revenue share" by Microsoft: a claim naming only Microsoft
    // fits both, but the two must stay apart.
    List<Topic> topics = reconcile(List.of(
        Claims.year(2032, TimeRole.END).in("a.md").about("Microsoft", "license", "OpenAI").build(),
        Claims.year(2030, TimeRole.END).in("b.md").about("Microsoft", "revenue share", "OpenAI").build(),
        Claims.year(2031, TimeRole.END).in("c.md").about("Microsoft", "", "").build()));
    assertThat(topics).noneMatch(t -> t.status() == TopicStatus.CONFLICT && t.claims().size() == 3);
    assertThat(topics.stream().filter(t -> t.claims().stream()
        .anyMatch(c -> c.subject().attribute().equals("license"))
        && t.claims().stream().anyMatch(c -> c.subject().attribute().equals("revenue share")))).isEmpty();
  }

  @Test
  void anArticleDoesNotContradictItself() {
    List<Topic> topics = reconcile(List.of(
        Claims.year(2019, TimeRole.POINT).in("a.md").at(0).about("", "agreement", "").build(),
        Claims.year(2023, TimeRole.POINT).in("a.md").at(10).about("", "agreement", "").build()));
    assertThat(topics).noneMatch(t -> t.status() == TopicStatus.CONFLICT);
  }

  @Test
  void copiesCountAsOneOrigin() {
    List<Claim> claims = List.of(
        Claims.percent("20").in("a.md").about("OpenAI", "revenue share", "Microsoft").build(),
        Claims.percent("20").in("b.md").about("OpenAI", "revenue share", "Microsoft").build(),
        Claims.percent("20").in("c.md").about("OpenAI", "revenue share", "Microsoft").build());
    List<Article> articles = List.of(article("a.md", "The Next Platform", ""),
        article("b.md", "Other", "The Next Platform"), article("c.md", "Third", ""));
    Topic byCredit = reconciler.reconcile(articles, claims).get(0);
    assertThat(byCredit.positions().get(0).origins()).isEqualTo(2);
    Topic byText = reconciler.reconcile(articles,
        List.of(Set.of(ArticleId.of("a.md"), ArticleId.of("c.md"))), claims).get(0);
    assertThat(byText.positions().get(0).articles()).isEqualTo(3);
    assertThat(byText.positions().get(0).origins()).isEqualTo(1);
  }

  @Test
  void aCopyJoinsTwoOutletsOnlyWhereItIsCounted() {
    // Wire Two reprinted Wire One's dairy story; their chip stories are their own reporting.
    List<Claim> claims = List.of(
        Claims.money("455e6").in("chip-1.md").about("Corvant", "profit", "").build(),
        Claims.money("455e6").in("chip-2.md").about("Corvant", "profit", "").build(),
        Claims.money("2e9").in("dairy-1.md").about("Sunmere", "revenue", "").build(),
        Claims.money("2e9").in("dairy-2.md").about("Sunmere", "revenue", "").build());
    List<Article> articles = List.of(article("chip-1.md", "Wire One", ""),
        article("chip-2.md", "Wire Two", ""), article("dairy-1.md", "Wire One", ""),
        article("dairy-2.md", "Wire Two", ""));
    List<Topic> topics = reconciler.reconcile(articles,
        List.of(Set.of(ArticleId.of("dairy-1.md"), ArticleId.of("dairy-2.md"))), claims);
    assertThat(topics).extracting(t -> t.label(), t -> t.positions().get(0).origins())
        .containsExactlyInAnyOrder(tuple("Corvant's profit — amount", 2),
            tuple("Sunmere's revenue — amount", 1));
  }

  @Test
  void lengthsInHoursAndDaysMeetAndReadInTheUnitMostUse() {
    // "a 48-hour strike", "walked out for two days", "a three-day strike"
    List<Topic> topics = reconcile(List.of(
        length("48", Unit.HOURS, "a.md"), length("2", Unit.DAYS, "b.md"),
        length("3", Unit.DAYS, "c.md")));
    assertThat(topics).hasSize(1);
    assertThat(topics.get(0).explanation()).startsWith("2 days (2 articles")
        .contains("versus 3 days").endsWith("The larger is 50% above the smaller.");
  }

  @Test
  void areasInHectaresAndAcresMeet() {
    // "burned 12,000 hectares" and "scorched some 30,000 acres" (about 12,100 hectares)
    Unit hectares = Unit.measure("ha", "m2", new BigDecimal("1e4"));
    Unit acres = Unit.measure("acres", "m2", new BigDecimal("4046.8564224"));
    List<Topic> topics = reconcile(List.of(
        area("12000", "12000", "12000", hectares, "a.md"),
        area("30000", "27000", "33000", acres, "b.md")));
    assertThat(topics).hasSize(1);
    assertThat(topics.get(0).status()).isEqualTo(TopicStatus.AGREE);
  }

  /**
   * "Winds of up to 160 km/h" and "wind speeds reaching 100 mph" (160.9 km/h): a value converted
   * from another system is rounded, and agrees within 1%; hours and days convert exactly.
   */
  @ParameterizedTest(name = "{0} against {1} {2}: {3}")
  @CsvSource({
      "up to 160 km/h, 100, mph,   AGREE",
      "up to 150 km/h, 100, mph,   CONFLICT",
      "up to 160 km/h, 162, km/h,  CONFLICT",
  })
  void aValueConvertedFromAnotherSystemAgreesWithinRounding(
      String first, String value, String unit, TopicStatus status) {
    Unit kmh = Unit.measure("km/h", "km/h", BigDecimal.ONE);
    Unit mph = Unit.measure("mph", "km/h", new BigDecimal("1.609344"));
    String bound = first.replaceAll("\\D", "");
    List<Topic> topics = reconcile(List.of(
        area(bound, "0", bound, kmh, "a.md"),
        area(value, value, value, unit.equals("mph") ? mph : kmh, "b.md")));
    assertThat(topics).hasSize(1);
    assertThat(topics.get(0).status()).isEqualTo(status);
  }

  @Test
  void hoursAndDaysConvertExactly() {
    List<Topic> topics = reconcile(List.of(
        length("25", Unit.HOURS, "a.md"), length("1", Unit.DAYS, "b.md")));
    assertThat(topics).hasSize(1);
    assertThat(topics.get(0).status()).isEqualTo(TopicStatus.CONFLICT);
  }

  private static Claim area(String value, String low, String high, Unit unit, String article) {
    return Claims.money("0").kind(ClaimKind.COUNT, unit, TimeRole.NONE).value(value)
        .between(low, high).in(article).about("Castellon", "", "").build();
  }

  private static Claim length(String value, Unit unit, String article) {
    return Claims.money("0").kind(ClaimKind.DURATION, unit, TimeRole.NONE).value(value)
        .between(value, value).in(article).about("Nordair", "strike", "").build();
  }

  @Test
  void claimsOfDifferentStoriesNeverMeet() {
    // A chipmaker's profit and a dairy deal's amount: alike in words, different stories.
    List<Claim> claims = List.of(
        Claims.money("455e6").in("chip-1.md").at(0).about("Corvant", "profit", "").build(),
        Claims.money("1e9").in("chip-1.md").at(10).about("Corvant", "revenue", "").build(),
        Claims.money("900e6").in("dairy-1.md").at(0).about("Sunmere", "profit", "").build(),
        Claims.money("2e9").in("dairy-1.md").at(10).about("Sunmere", "revenue", "").build());
    List<Article> articles = List.of(article("chip-1.md", "Wire", ""), article("dairy-1.md", "Wire", ""));
    assertThat(reconciler.reconcile(articles, claims))
        .allMatch(t -> t.status() == TopicStatus.SINGLE);
  }

  @Test
  void sentencesNamingNobodyMeetOnTheirStorysAttribute() {
    // "Net income climbed to $612 million" and "The chipmaker's profit rose to $640 million".
    List<Claim> claims = List.of(
        Claims.money("4.1e9").in("a.md").at(0).about("Corvant", "revenue", "").build(),
        Claims.money("612e6").between("611.5e6", "612.5e6").in("a.md").at(10).about("", "profit", "").build(),
        Claims.money("4.1e9").in("b.md").at(0).about("Corvant", "revenue", "").build(),
        Claims.money("640e6").between("639.5e6", "640.5e6").in("b.md").at(10).about("", "profit", "").build());
    List<Article> articles = List.of(article("a.md", "Wire", ""), article("b.md", "Journal", ""));
    List<Topic> topics = reconciler.reconcile(articles, claims);
    assertThat(topics).anyMatch(t -> t.status() == TopicStatus.CONFLICT && t.claims().size() == 2
        && t.claims().stream().allMatch(c -> c.subject().attribute().equals("profit")));
  }

  @Test
  void aPastDealOrARunningTotalIsNotTodaysFigure() {
    List<Claim> claims = List.of(
        Claims.money("2.3e9").in("a.md").about("Volterra", "investment", "Poland").build(),
        Claims.money("10e9").between("10e9", null).in("b.md").about("Volterra", "investment", "Poland")
            .scope("since 2019").build(),
        Claims.money("1.6e9").in("c.md").about("Volterra", "investment", "Poland").scope("2024").build());
    assertThat(reconcile(claims)).allMatch(t -> t.status() == TopicStatus.SINGLE);
  }

  @Test
  void reportingPeriodsKeepQuartersApartButMeetUnstatedPeriods() {
    List<Claim> claims = List.of(
        Claims.money("4.1e9").in("a.md").about("Corvant", "revenue", "").scope("Q4").build(),
        Claims.money("4.3e9").in("b.md").about("Corvant", "revenue", "").scope("Q1").build(),
        Claims.money("4.1e9").in("c.md").about("Corvant", "revenue", "").build());
    List<Topic> topics = reconcile(claims);
    assertThat(topics).noneMatch(t -> t.status() == TopicStatus.CONFLICT);
    assertThat(topics).anyMatch(t -> t.status() == TopicStatus.AGREE && t.claims().size() == 2);
  }

  @Test
  void anAmountThatNamesNoAttributeMustBeCloseInSize() {
    // "Corvant plans to spend about $3 billion" is not the $15 billion of full-year revenue.
    List<Claim> claims = List.of(
        Claims.money("3e9").between("2.7e9", "3.3e9").in("a.md").about("Corvant", "", "").build(),
        Claims.money("15e9").in("b.md").about("Corvant", "revenue", "").build());
    assertThat(reconcile(claims)).allMatch(t -> t.status() == TopicStatus.SINGLE);
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    List<Claim> claims = new ArrayList<>(List.of(
        Claims.year(2032, TimeRole.END).in("a.md").about("Microsoft", "license", "OpenAI").build(),
        Claims.year(2030, TimeRole.END).in("b.md").about("Microsoft", "revenue share", "OpenAI").build(),
        Claims.year(2030, TimeRole.END).in("c.md").about("", "revenue share", "").build(),
        Claims.year(2032, TimeRole.END).in("d.md").about("", "license", "").build(),
        Claims.percent("20").in("a.md").about("OpenAI", "revenue share", "Microsoft").build()));
    List<Topic> expected = reconcile(claims);
    long seed = Long.getLong("tests.seed", System.nanoTime());
    Random random = new Random(seed);
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(claims, random);
      assertThat(reconcile(claims)).as("seed %d", seed).isEqualTo(expected);
    }
  }

  @Test
  void rememberedStoriesGiveTheSameTopicsAndOnlyChangedStoriesAreGroupedAgain() {
    List<Claim> claims = new ArrayList<>(List.of(
        Claims.year(2032, TimeRole.END).in("a.md").about("Microsoft", "license", "OpenAI").build(),
        Claims.year(2030, TimeRole.END).in("b.md").about("Microsoft", "license", "").build(),
        Claims.money("13e9").in("a.md").at(40).about("Microsoft", "investment", "OpenAI").build(),
        Claims.money("5e9").in("c.md").about("Corvant", "profit", "").build(),
        Claims.money("6e9").in("d.md").about("Corvant", "profit", "").build(),
        Claims.money("7e9").in("e.md").about("", "profit", "").build()));
    RecordingMemory memory = new RecordingMemory();
    List<Topic> fresh = reconciler.reconcile(List.of(), List.of(), claims, memory);
    assertThat(memory.remembered).hasSize(2);
    assertThat(memory.recalled).isEmpty();

    List<Topic> again = reconciler.reconcile(List.of(), List.of(), claims, memory);
    assertThat(again).isEqualTo(fresh);
    assertThat(memory.recalled).hasSize(2);

    claims.set(4, Claims.money("6.5e9").in("d.md").about("Corvant", "profit", "").build());
    memory.recalled.clear();
    List<Topic> changed = reconciler.reconcile(List.of(), List.of(), claims, memory);
    assertThat(memory.recalled).hasSize(1);
    assertThat(changed).isEqualTo(reconciler.reconcile(List.of(), List.of(), claims));
  }

  /** Remembers everything, and counts what it was asked for and knew. */
  private static final class RecordingMemory implements ClusterMemory {
    final java.util.Map<String, List<List<Integer>>> remembered = new java.util.HashMap<>();
    final List<String> recalled = new ArrayList<>();

    @Override
    public synchronized java.util.Optional<List<List<Integer>>> recall(String digest) {
      java.util.Optional<List<List<Integer>>> known =
          java.util.Optional.ofNullable(remembered.get(digest));
      known.ifPresent(k -> recalled.add(digest));
      return known;
    }

    @Override
    public synchronized void remember(String digest, List<List<Integer>> groups) {
      remembered.put(digest, groups);
    }
  }

  @Test
  void figuresPublishedMonthsApartAreNotComparedButTheirNeighboursAre() {
    // a company's sales growth each quarter: the two summer articles disagree, the spring one
    // is about another quarter
    java.time.LocalDate spring = java.time.LocalDate.of(2025, 4, 20);
    List<Article> articles = List.of(
        dated("spring.md", spring), dated("summer-a.md", spring.plusDays(91)),
        dated("summer-b.md", spring.plusDays(92)));
    List<Claim> claims = List.of(
        Claims.percent("12").in("spring.md").about("Helix", "revenue", "").change().build(),
        Claims.percent("8").in("summer-a.md").about("Helix", "revenue", "").change().build(),
        Claims.percent("9").in("summer-b.md").about("Helix", "revenue", "").change().build());

    List<Topic> topics = reconciler.reconcile(articles, claims);

    assertThat(topics).filteredOn(t -> t.status() == TopicStatus.CONFLICT).singleElement()
        .satisfies(t -> assertThat(t.claims()).extracting(c -> c.articleId().value())
            .containsExactly("summer-a.md", "summer-b.md"));
  }

  @Test
  void aRememberedGroupingFollowsAChangedPublicationDate() {
    java.time.LocalDate day = java.time.LocalDate.of(2025, 4, 20);
    List<Claim> claims = List.of(
        Claims.percent("12").in("a.md").about("Helix", "revenue", "").change().build(),
        Claims.percent("8").in("b.md").about("Helix", "revenue", "").change().build());
    RecordingMemory memory = new RecordingMemory();
    List<Article> together = List.of(dated("a.md", day), dated("b.md", day.plusDays(1)));
    assertThat(reconciler.reconcile(together, List.of(), claims, memory))
        .anyMatch(t -> t.status() == TopicStatus.CONFLICT);

    List<Article> apart = List.of(dated("a.md", day), dated("b.md", day.plusDays(200)));
    assertThat(reconciler.reconcile(apart, List.of(), claims, memory))
        .isEqualTo(reconciler.reconcile(apart, claims))
        .allMatch(t -> t.status() == TopicStatus.SINGLE);
  }

  private static Article dated(String id, java.time.LocalDate published) {
    return new Article(ArticleId.of(id), id, "Helix results", "Wire " + id, "", "", published, "",
        1);
  }

  private List<Topic> reconcile(List<Claim> claims) {
    return reconciler.reconcile(List.of(), claims);
  }

  private static Article article(String id, String source, String credit) {
    return new Article(ArticleId.of(id), id, id, source, "", credit, null, "", 1);
  }
}
