package dev.crosscheck.reconcile;

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
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Claims that differ in any one component digest differently, equal claims alike: a grouping is
 * reused for a story only while its digest stays.
 */
class StoryDigestTest {
  private static final Subject SUBJECT =
      new Subject("Microsoft", "license", "license", "OpenAI", "", List.of("microsoft", "license"));
  private static final Quantity QUANTITY =
      new Quantity(new BigDecimal("2032"), new BigDecimal("2032"), new BigDecimal("2032"),
          Unit.YEAR_OF_ERA);
  private static final Claim BASE = claim(ArticleId.of("a.md"), ClaimKind.YEAR, QUANTITY,
      TimeRole.END, Change.LEVEL, Timeframe.CURRENT, "through 2032", TextSpan.of(10, 22), 3,
      "The license runs through 2032.", SUBJECT);

  @Test
  void equalClaimsDigestAlike() {
    Claim copy = claim(ArticleId.of("a.md"), ClaimKind.YEAR, QUANTITY, TimeRole.END,
        Change.LEVEL, Timeframe.CURRENT, "through 2032", TextSpan.of(10, 22), 3,
        "The license runs through 2032.", SUBJECT);
    assertThat(digest(List.of(copy))).isEqualTo(digest(List.of(BASE)));
  }

  @Test
  void everyComponentCounts() {
    Map<String, Claim> variants = Map.ofEntries(
        Map.entry("unit", withQuantity(new Quantity(new BigDecimal("2032"),
            new BigDecimal("2032"), new BigDecimal("2032"), Unit.YEARS))),
        Map.entry("article", with(BASE, ArticleId.of("b.md"))),
        Map.entry("kind", new Claim(BASE.articleId(), ClaimKind.DATE, BASE.quantity(), BASE.role(),
            BASE.change(), BASE.timeframe(), BASE.surface(), BASE.span(), BASE.sentenceIndex(),
            BASE.sentence(), BASE.subject())),
        Map.entry("value", withQuantity(new Quantity(new BigDecimal("2031"),
            new BigDecimal("2031"), new BigDecimal("2032"), Unit.YEAR_OF_ERA))),
        Map.entry("low", withQuantity(new Quantity(new BigDecimal("2032"),
            new BigDecimal("2030"), new BigDecimal("2032"), Unit.YEAR_OF_ERA))),
        Map.entry("high", withQuantity(new Quantity(new BigDecimal("2032"),
            new BigDecimal("2032"), new BigDecimal("2033"), Unit.YEAR_OF_ERA))),
        Map.entry("open high", withQuantity(new Quantity(new BigDecimal("2032"),
            new BigDecimal("2032"), null, Unit.YEAR_OF_ERA))),
        Map.entry("role", claim(BASE.articleId(), BASE.kind(), BASE.quantity(), TimeRole.START,
            BASE.change(), BASE.timeframe(), BASE.surface(), BASE.span(), BASE.sentenceIndex(),
            BASE.sentence(), BASE.subject())),
        Map.entry("change", claim(BASE.articleId(), BASE.kind(), BASE.quantity(), BASE.role(),
            Change.CHANGE, BASE.timeframe(), BASE.surface(), BASE.span(), BASE.sentenceIndex(),
            BASE.sentence(), BASE.subject())),
        Map.entry("timeframe", BASE.withTimeframe(Timeframe.PREVIOUS)),
        Map.entry("surface", claim(BASE.articleId(), BASE.kind(), BASE.quantity(), BASE.role(),
            BASE.change(), BASE.timeframe(), "Through 2032", BASE.span(), BASE.sentenceIndex(),
            BASE.sentence(), BASE.subject())),
        Map.entry("span", claim(BASE.articleId(), BASE.kind(), BASE.quantity(), BASE.role(),
            BASE.change(), BASE.timeframe(), BASE.surface(), TextSpan.of(11, 23),
            BASE.sentenceIndex(), BASE.sentence(), BASE.subject())),
        Map.entry("a letter beyond ASCII", claim(BASE.articleId(), BASE.kind(), BASE.quantity(),
            BASE.role(), BASE.change(), BASE.timeframe(), "thröugh 2032", BASE.span(),
            BASE.sentenceIndex(), BASE.sentence(), BASE.subject())),
        Map.entry("sentence index", claim(BASE.articleId(), BASE.kind(), BASE.quantity(),
            BASE.role(), BASE.change(), BASE.timeframe(), BASE.surface(), BASE.span(), 4,
            BASE.sentence(), BASE.subject())),
        Map.entry("sentence", claim(BASE.articleId(), BASE.kind(), BASE.quantity(), BASE.role(),
            BASE.change(), BASE.timeframe(), BASE.surface(), BASE.span(), BASE.sentenceIndex(),
            "The licence runs through 2032.", BASE.subject())),
        Map.entry("holder", BASE.withSubject(new Subject("Microsof", "license", "license",
            "OpenAI", "", SUBJECT.terms()))),
        Map.entry("attribute", BASE.withSubject(new Subject("Microsoft", "licence", "license",
            "OpenAI", "", SUBJECT.terms()))),
        Map.entry("attribute text", BASE.withSubject(new Subject("Microsoft", "license",
            "licence", "OpenAI", "", SUBJECT.terms()))),
        Map.entry("counterpart", BASE.withSubject(new Subject("Microsoft", "license", "license",
            "", "", SUBJECT.terms()))),
        Map.entry("scope", BASE.withSubject(new Subject("Microsoft", "license", "license",
            "OpenAI", "2019", SUBJECT.terms()))),
        Map.entry("terms", BASE.withSubject(new Subject("Microsoft", "license", "license",
            "OpenAI", "", List.of("microsoft", "licens")))),
        Map.entry("terms run together", BASE.withSubject(new Subject("Microsoft", "license",
            "license", "OpenAI", "", List.of("microsoftlicense")))));
    String base = digest(List.of(BASE));
    variants.forEach((name, variant) ->
        assertThat(digest(List.of(variant))).as(name).isNotEqualTo(base));
  }

  @Test
  void theDigestKnowsEveryComponentOfTheRecordsItWrites() {
    // a component added to one of these records must be written by StoryDigest, then listed here
    assertThat(components(Claim.class)).containsExactly("articleId", "kind", "quantity", "role",
        "change", "timeframe", "surface", "span", "sentenceIndex", "sentence", "subject");
    assertThat(components(ArticleId.class)).containsExactly("value");
    assertThat(components(Quantity.class)).containsExactly("value", "low", "high", "unit");
    assertThat(components(Unit.class)).containsExactly("code", "dimension", "base", "toBase");
    assertThat(components(TextSpan.class)).containsExactly("start", "end");
    assertThat(components(Subject.class)).containsExactly("holder", "attribute", "attributeText",
        "counterpart", "scope", "terms");
  }

  private static List<String> components(Class<? extends Record> type) {
    return java.util.Arrays.stream(type.getRecordComponents())
        .map(java.lang.reflect.RecordComponent::getName).toList();
  }

  @Test
  void orderAndBoundariesCount() {
    Claim other = BASE.withTimeframe(Timeframe.PREVIOUS);
    assertThat(digest(List.of(BASE, other))).isNotEqualTo(digest(List.of(other, BASE)));
    assertThat(digest(List.of(BASE))).isNotEqualTo(digest(List.of(BASE, BASE)));
  }

  @Test
  void thePublicationDayOfAClaimsArticleCounts() {
    String undated = digest(List.of(BASE));
    String dated = StoryDigest.of(List.of(BASE), id -> 20_000L);
    assertThat(dated).isNotEqualTo(undated)
        .isNotEqualTo(StoryDigest.of(List.of(BASE), id -> 20_001L))
        .isEqualTo(StoryDigest.of(List.of(BASE), id -> 20_000L));
  }

  private static String digest(List<Claim> claims) {
    return StoryDigest.of(claims, id -> Stories.UNDATED);
  }

  private static Claim with(Claim c, ArticleId id) {
    return claim(id, c.kind(), c.quantity(), c.role(), c.change(), c.timeframe(), c.surface(),
        c.span(), c.sentenceIndex(), c.sentence(), c.subject());
  }

  private static Claim withQuantity(Quantity q) {
    return claim(BASE.articleId(), BASE.kind(), q, BASE.role(), BASE.change(), BASE.timeframe(),
        BASE.surface(), BASE.span(), BASE.sentenceIndex(), BASE.sentence(), BASE.subject());
  }

  private static Claim claim(ArticleId id, ClaimKind kind, Quantity q, TimeRole role,
      Change change, Timeframe timeframe, String surface, TextSpan span, int sentenceIndex,
      String sentence, Subject subject) {
    return new Claim(id, kind, q, role, change, timeframe, surface, span, sentenceIndex, sentence,
        subject);
  }
}
