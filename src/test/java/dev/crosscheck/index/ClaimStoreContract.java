package dev.crosscheck.index;

import static dev.crosscheck.index.TestClaims.DISPATCH;
import static dev.crosscheck.index.TestClaims.NEXT_PLATFORM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.Change;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.Dimension;
import dev.crosscheck.model.Quantity;
import dev.crosscheck.model.StoryKeys;
import dev.crosscheck.model.Subject;
import dev.crosscheck.model.TimeRole;
import dev.crosscheck.model.Unit;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Behaviour every {@link ClaimStore} must show. Subclasses say how to open a store on a directory;
 * opening the same directory again after {@code close} must see the committed data.
 */
abstract class ClaimStoreContract {
  static final Article NP =
      TestClaims.article(
          NEXT_PLATFORM, "Microsoft And OpenAI Remain Friends", LocalDate.of(2026, 4, 28));
  static final Article QD =
      TestClaims.article(DISPATCH, "Microsoft and OpenAI Enter the Next Phase", null);

  private static final int COPIES = 10;

  @TempDir Path dir;
  ClaimStore store;

  /** Opens a store on {@code dir}, creating it when empty. */
  protected abstract ClaimStore newStore(Path dir);

  @BeforeEach
  void openStore() {
    store = newStore(dir);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  void upsertBoth() {
    store.upsert(QD, "fp-qd", TestClaims.dispatchClaims());
    store.upsert(NP, "fp-np", TestClaims.nextPlatformClaims());
    store.commit();
  }

  static List<Claim> allClaims() {
    List<Claim> all = new ArrayList<>(TestClaims.nextPlatformClaims());
    all.addAll(TestClaims.dispatchClaims());
    return all;
  }

  @Test
  void newStoreIsEmpty() {
    assertThat(store.articleIds()).isEmpty();
    assertThat(store.articles()).isEmpty();
    assertThat(store.claims()).isEmpty();
    assertThat(store.fingerprint(NEXT_PLATFORM)).isEmpty();
  }

  @Test
  void articlesRoundTripWithoutText() {
    upsertBoth();
    List<Article> expected = List.of(TestClaims.stored(NP), TestClaims.stored(QD));
    assertThat(store.articles()).usingRecursiveComparison().isEqualTo(expected);
    assertThat(store.articles()).isEqualTo(expected);
    assertThat(store.articleIds()).containsExactly(NEXT_PLATFORM, DISPATCH);
  }

  @Test
  void claimsRoundTripExactlyInArticleAndSpanOrder() {
    upsertBoth();
    List<Claim> expected = allClaims();
    assertThat(store.claims()).usingRecursiveComparison().isEqualTo(expected);
    assertThat(store.claims()).isEqualTo(expected);
  }

  @Test
  void claimsAreSortedBySpanStartWhateverTheUpsertOrder() {
    List<Claim> reversed = new ArrayList<>(TestClaims.dispatchClaims());
    Collections.reverse(reversed);
    store.upsert(QD, "fp", reversed);
    store.commit();
    assertThat(store.claims()).isEqualTo(TestClaims.dispatchClaims());
  }

  @Test
  void upsertReplacesTheArticleAndAllItsClaims() {
    upsertBoth();
    Claim kept = TestClaims.dispatchClaims().get(3);
    Article retitled = TestClaims.article(DISPATCH, "Corrected", LocalDate.of(2026, 4, 29));
    store.upsert(retitled, "fp-qd-2", List.of(kept));
    store.commit();
    assertThat(store.fingerprint(DISPATCH)).contains("fp-qd-2");
    assertThat(store.articles())
        .containsExactly(TestClaims.stored(NP), TestClaims.stored(retitled));
    List<Claim> expected = new ArrayList<>(TestClaims.nextPlatformClaims());
    expected.add(kept);
    assertThat(store.claims()).isEqualTo(expected);
  }

  @Test
  void upsertWithTheSameClaimsTwiceKeepsOneCopy() {
    upsertBoth();
    upsertBoth();
    assertThat(store.claims()).isEqualTo(allClaims());
    assertThat(store.articles()).hasSize(2);
  }

  @Test
  void deleteRemovesTheArticleAndItsClaims() {
    upsertBoth();
    store.delete(DISPATCH);
    store.delete(ArticleId.of("absent.txt"));
    store.commit();
    assertThat(store.articleIds()).containsExactly(NEXT_PLATFORM);
    assertThat(store.claims()).isEqualTo(TestClaims.nextPlatformClaims());
    assertThat(store.fingerprint(DISPATCH)).isEmpty();
  }

  @Test
  void nothingIsVisibleBeforeCommit() {
    store.upsert(NP, "fp-np", TestClaims.nextPlatformClaims());
    assertThat(store.articleIds()).isEmpty();
    assertThat(store.claims()).isEmpty();
    assertThat(store.fingerprint(NEXT_PLATFORM)).isEmpty();
    store.commit();
    store.delete(NEXT_PLATFORM);
    assertThat(store.articleIds()).containsExactly(NEXT_PLATFORM);
    assertThat(store.claims()).hasSize(2);
  }

  @Test
  void reopeningKeepsCommittedData() {
    upsertBoth();
    store.close();
    store = newStore(dir);
    assertThat(store.claims()).isEqualTo(allClaims());
    assertThat(store.fingerprint(NEXT_PLATFORM)).contains("fp-np");
    assertThat(store.fingerprint(DISPATCH)).contains("fp-qd");
  }

  @Test
  void fingerprintIsPerArticle() {
    store.upsert(NP, "sha256:abc", List.of());
    store.commit();
    assertThat(store.fingerprint(NEXT_PLATFORM)).contains("sha256:abc");
    assertThat(store.fingerprint(DISPATCH)).isEmpty();
    assertThat(store.claims()).isEmpty();
  }

  @Test
  void rejectsClaimsOfAnotherArticle() {
    assertThatThrownBy(() -> store.upsert(QD, "fp", TestClaims.nextPlatformClaims()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "claim 'seven years' belongs to article 000_79769745000d1ea7.txt,"
                + " not 002_acb12901e763e04e.txt");
  }

  @Test
  void rejectsDuplicateClaims() {
    Claim claim = TestClaims.money13(Subject.NONE);
    assertThatThrownBy(() -> store.upsert(NP, "fp", List.of(claim, claim)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "duplicate claim 000_79769745000d1ea7.txt|485-499|MONEY in article"
                + " 000_79769745000d1ea7.txt");
  }

  @Test
  void rejectsNullArguments() {
    assertThatThrownBy(() -> store.upsert(NP, null, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("fingerprint must not be null");
    assertThatThrownBy(() -> store.delete(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.fingerprint(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void closedStoreRefusesCalls() {
    store.close();
    store.close();
    assertThatThrownBy(() -> store.claims())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is closed");
    store = newStore(dir);
  }

  @Test
  void readsRunConcurrentlyWithUpserts() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Future<?> writer = pool.submit(this::upsertCopies);
      List<Future<?>> readers = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        readers.add(pool.submit(() -> readUntilDone(writer)));
      }
      writer.get();
      for (Future<?> reader : readers) {
        reader.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.articleIds()).hasSize(COPIES);
    assertThat(store.claims()).hasSize(2 * COPIES);
  }

  private void upsertCopies() {
    for (int i = 0; i < COPIES; i++) {
      ArticleId id = ArticleId.of(String.format(Locale.ROOT, "copy-%02d.txt", i));
      Article article = TestClaims.article(id, "copy", null);
      List<Claim> claims = TestClaims.nextPlatformClaims().stream().map(c -> moved(c, id)).toList();
      store.upsert(article, "fp", claims);
      store.commit();
    }
  }

  private void readUntilDone(Future<?> writer) {
    while (!writer.isDone()) {
      Map<ArticleId, Long> perArticle =
          store.claims().stream()
              .collect(Collectors.groupingBy(Claim::articleId, Collectors.counting()));
      assertThat(perArticle.values()).allMatch(n -> n == 2);
      assertThat(store.candidates(TestClaims.nextPlatformClaims().get(1), 5))
          .hasSizeLessThanOrEqualTo(5);
    }
  }

  /** The same claim in another article. */
  static Claim moved(Claim c, ArticleId id) {
    return new Claim(
        id,
        c.kind(),
        c.quantity(),
        c.role(),
        c.change(),
        c.timeframe(),
        c.surface(),
        c.span(),
        c.sentenceIndex(),
        c.sentence(),
        c.subject());
  }

  // --- candidates -------------------------------------------------------------------------

  static final Claim PROBE =
      TestClaims.money13(TestClaims.subject("Microsoft", "investment", "OpenAI", "Microsoft"));

  /** Stores each claim in its own article named by its key and commits. */
  void storeEach(Map<String, Claim> claims) {
    claims.forEach(
        (name, claim) -> {
          ArticleId id = ArticleId.of(name);
          store.upsert(TestClaims.article(id, name, null), "fp", List.of(moved(claim, id)));
        });
    store.commit();
  }

  static List<String> articlesOf(List<Claim> claims) {
    return claims.stream().map(c -> c.articleId().value()).toList();
  }

  @Test
  void candidatesRankBySharedTermsThenIdAndNeverIncludeTheProbe() {
    store.upsert(NP, "fp", List.of(PROBE));
    storeEach(
        new TreeMap<>(
            Map.of(
                "c-two", PROBE.withSubject(TestClaims.subject("MICROSOFT", "stake", "openai")),
                "b-one", PROBE.withSubject(TestClaims.subject("OpenAI", "", "")),
                "a-one", PROBE.withSubject(TestClaims.subject("", "Investment", "")),
                "d-three", PROBE,
                "e-none", PROBE.withSubject(Subject.NONE),
                "f-other", PROBE.withSubject(TestClaims.subject("Google", "revenue", "")))));
    assertThat(articlesOf(store.candidates(PROBE, 10)))
        .containsExactly("d-three", "c-two", "a-one", "b-one", "e-none");
    assertThat(articlesOf(store.candidates(PROBE, 2))).containsExactly("d-three", "c-two");
  }

  @Test
  void candidatesOfAProbeWithoutTermsAreTheClaimsWithoutTerms() {
    Claim bare = PROBE.withSubject(Subject.NONE);
    store.upsert(NP, "fp", List.of(bare));
    storeEach(Map.of("bare", bare, "with-terms", PROBE));
    assertThat(store.candidates(bare, 10)).containsExactly(moved(bare, ArticleId.of("bare")));
  }

  @Test
  void candidatesAreFilteredByKindUnitRoleAndChange() {
    Map<String, Claim> variants = new TreeMap<>();
    variants.put("kind", withFacets(PROBE, ClaimKind.COUNT, null, null, null));
    variants.put("currency", withFacets(PROBE, null, Unit.EUR, null, null));
    variants.put(
        "dimension",
        withFacets(PROBE, null, Unit.measure("USD", "USD", BigDecimal.ONE), null, null));
    variants.put("role", withFacets(PROBE, null, null, TimeRole.END, null));
    variants.put("change", withFacets(PROBE, null, null, null, Change.CHANGE));
    variants.put(
        "same-base",
        withFacets(
            PROBE,
            null,
            new Unit("USDm", Dimension.CURRENCY, "USD", new BigDecimal("1E+6")),
            null,
            null));
    storeEach(variants);
    assertThat(articlesOf(store.candidates(PROBE, 10))).containsExactly("same-base");
  }

  @Test
  void pagesOfClaimsAreAllClaimsInIdOrderOnce() {
    upsertBoth();
    List<Claim> paged = new ArrayList<>();
    java.util.Optional<String> cursor = java.util.Optional.empty();
    int pages = 0;
    do {
      ClaimPage page = store.claims(cursor, 3);
      assertThat(page.claims()).hasSizeLessThanOrEqualTo(3);
      paged.addAll(page.claims());
      cursor = page.next();
      pages++;
    } while (cursor.isPresent() && pages < 100);
    assertThat(paged).containsExactlyInAnyOrderElementsOf(store.claims());
    assertThat(paged.stream().map(store::idOf).toList()).isSorted();
    assertThat(store.claims(java.util.Optional.empty(), 1000).next()).isEmpty();
  }

  @Test
  void everyCommitThatChangesSomethingHasANewVersion() {
    store.commit();
    String first = store.version();
    assertThat(store.version()).isEqualTo(first);
    store.upsert(QD, "fp-qd", TestClaims.dispatchClaims());
    assertThat(store.version()).as("not before the commit").isEqualTo(first);
    store.commit();
    assertThat(store.version()).isNotEqualTo(first).isNotEmpty();
    String second = store.version();
    store.commit();
    assertThat(store.version()).as("nothing to commit").isEqualTo(second);
    store.delete(QD.id());
    store.commit();
    assertThat(store.version()).as("a delete").isNotEqualTo(second);
  }

  @Test
  void candidatesOfManyProbesAreEachProbesCandidates() {
    upsertBoth();
    List<Claim> probes = allClaims();
    for (StoryKeys story : List.of(StoryKeys.NONE, new StoryKeys(Set.of("microsoft")))) {
      assertThat(store.candidates(probes, story, 5))
          .isEqualTo(probes.stream().map(p -> store.candidates(p, story, 5)).toList());
    }
  }

  @Test
  void candidatesLeaveOutTheProbesOwnArticle() {
    Claim sibling = moved(PROBE, PROBE.articleId()).withTimeframe(dev.crosscheck.model.Timeframe.PREVIOUS);
    store.upsert(NP, "fp", List.of(PROBE));
    storeEach(Map.of("other", PROBE));
    assertThat(articlesOf(store.candidates(sibling, 10))).containsExactly("other");
  }

  @Test
  void yearsAndDatesAreCandidatesForEachOther() {
    Claim year = withFacets(PROBE, ClaimKind.YEAR, Unit.YEAR_OF_ERA, TimeRole.POINT, null);
    Claim date = withFacets(PROBE, ClaimKind.DATE, Unit.EPOCH_DAY, TimeRole.POINT, null);
    storeEach(Map.of("date", date, "count", withFacets(PROBE, ClaimKind.COUNT, Unit.count("people"), TimeRole.POINT, null)));
    assertThat(articlesOf(store.candidates(year, 10))).containsExactly("date");
  }

  @Test
  void candidatesRejectANonPositiveMax() {
    assertThatThrownBy(() -> store.candidates(PROBE, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max must be >= 1, was 0");
  }

  /** The claim with the given facets replaced; null keeps the claim's own. */
  static Claim withFacets(Claim c, ClaimKind kind, Unit unit, TimeRole role, Change change) {
    Quantity q = c.quantity();
    return new Claim(
        c.articleId(),
        kind == null ? c.kind() : kind,
        unit == null ? q : Quantity.of(q.value(), q.low(), q.high(), unit),
        role == null ? c.role() : role,
        change == null ? c.change() : change,
        c.timeframe(),
        c.surface(),
        c.span(),
        c.sentenceIndex(),
        c.sentence(),
        c.subject());
  }

  @Test
  void nearDuplicateTextsFormOneGroupAndDistinctTextsNone() {
    String story = longText(7, 120);
    Article original = withText(ArticleId.of("a/original.md"), story);
    Article copy = withText(ArticleId.of("b/copy.md"),
        "Originally published elsewhere. " + story.replace("river", "stream") + " Share this.");
    Article other = withText(ArticleId.of("c/other.md"), longText(99, 120));
    Article tiny = withText(ArticleId.of("d/tiny.md"), "Too short to judge.");
    for (Article a : List.of(original, copy, other, tiny)) {
      store.upsert(a, "fp", List.of());
    }
    store.commit();
    assertThat(store.nearDuplicates()).containsExactly(Set.of(original.id(), copy.id()));
  }

  @Test
  void nearDuplicatesAmongSomeArticlesGroupOnlyThose() {
    String story = longText(7, 120);
    Article original = withText(ArticleId.of("a/original.md"), story);
    Article copy = withText(ArticleId.of("b/copy.md"), story.replace("river", "stream"));
    Article other = withText(ArticleId.of("c/other.md"), longText(99, 120));
    for (Article a : List.of(original, copy, other)) {
      store.upsert(a, "fp", List.of());
    }
    store.commit();
    assertThat(store.nearDuplicates(List.of(original.id(), copy.id(), other.id())))
        .containsExactly(Set.of(original.id(), copy.id()));
    assertThat(store.nearDuplicates(List.of(original.id(), other.id()))).isEmpty();
    assertThat(store.nearDuplicates(List.of(ArticleId.of("absent.md")))).isEmpty();
  }

  @Test
  void anArticleIsLookedUpByIdWithoutItsText() {
    upsertBoth();
    assertThat(store.article(QD.id())).contains(
        store.articles().stream().filter(a -> a.id().equals(QD.id())).findFirst().orElseThrow());
    assertThat(store.article(QD.id()).orElseThrow().text()).isEmpty();
    assertThat(store.article(ArticleId.of("absent.md"))).isEmpty();
  }

  @Test
  void candidatesOfAStoryComeFromArticlesSharingItsKeysOrHavingNone() {
    storeEach(Map.of(
        "corvant-1", PROBE.withSubject(TestClaims.subject("Corvant", "revenue", "")),
        "halden-1", PROBE.withSubject(TestClaims.subject("Halden Dairy", "revenue", "")),
        "keyless", PROBE.withSubject(TestClaims.subject("", "revenue", ""))));
    Claim draft = moved(PROBE.withSubject(TestClaims.subject("", "revenue", "")), ArticleId.of("draft.md"));
    assertThat(articlesOf(store.candidates(draft, new StoryKeys(Set.of("corvant")), 10)))
        .containsExactlyInAnyOrder("corvant-1", "keyless");
    assertThat(articlesOf(store.candidates(draft, StoryKeys.NONE, 10)))
        .containsExactlyInAnyOrder("corvant-1", "halden-1", "keyless");
  }

  @Test
  void aNameOfTwoWordsMeetsItsShortFormButNoOtherNameItBegins() {
    storeEach(Map.of(
        "robotics", PROBE.withSubject(TestClaims.subject("Renven Robotics", "revenue", "")),
        "software", PROBE.withSubject(TestClaims.subject("Renven Software", "revenue", "")),
        "short", PROBE.withSubject(TestClaims.subject("Renven", "revenue", "")),
        "corp", PROBE.withSubject(TestClaims.subject("Renven Corp.", "revenue", ""))));
    Claim draft = moved(PROBE.withSubject(TestClaims.subject("", "revenue", "")), ArticleId.of("draft.md"));
    assertThat(articlesOf(store.candidates(draft, new StoryKeys(Set.of("renven robotics")), 10)))
        .as("an article writing only \"Renven\" may be about either")
        .containsExactlyInAnyOrder("robotics", "short", "corp");
    assertThat(articlesOf(store.candidates(draft, new StoryKeys(Set.of("renven")), 10)))
        .containsExactlyInAnyOrder("robotics", "software", "short", "corp");
  }

  @Test
  void anArticlesStoryKeysAreStoredWithIt() {
    storeEach(Map.of("robotics", PROBE.withSubject(TestClaims.subject("Renven Robotics", "revenue", ""))));
    assertThat(store.storyKeys(ArticleId.of("robotics")))
        .isEqualTo(new StoryKeys(Set.of("renven robotics")));
    assertThat(store.storyKeys(ArticleId.of("absent.md"))).isEqualTo(StoryKeys.NONE);
  }

  @Test
  void noNearDuplicatesInAnEmptyStore() {
    assertThat(store.nearDuplicates()).isEmpty();
  }

  static Article withText(ArticleId id, String text) {
    return new Article(id, id.value(), "t", "s", "", "", null, text, 1);
  }

  /** A deterministic pseudo-article of {@code words} words drawn from a small vocabulary. */
  static String longText(long seed, int words) {
    String[] vocabulary = {"the", "river", "council", "said", "budget", "flood", "rose", "town",
        "mayor", "bridge", "water", "plan", "vote", "night", "school", "road", "storm", "week"};
    java.util.Random random = new java.util.Random(seed);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      b.append(vocabulary[random.nextInt(vocabulary.length)]).append(i % 12 == 11 ? ". " : " ");
    }
    return b.toString();
  }
}
