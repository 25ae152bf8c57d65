package dev.crosscheck.index;

import dev.crosscheck.model.Article;
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
import java.time.LocalDate;
import java.util.List;

/** Hand-built articles and claims modelled on the sample corpus. */
final class TestClaims {
  static final ArticleId NEXT_PLATFORM = ArticleId.of("000_79769745000d1ea7.txt");
  static final ArticleId DISPATCH = ArticleId.of("002_acb12901e763e04e.txt");

  static final TestSentence POURING =
      new TestSentence(
          NEXT_PLATFORM,
          3,
          412,
          "Microsoft has been investing in OpenAI for the past seven years, pouring $13.75"
              + " billion into the generative AI pioneer over that time.");
  static final TestSentence LICENSE =
      new TestSentence(
          DISPATCH,
          7,
          1650,
          "Microsoft retains a non-exclusive intellectual property license to OpenAI's models"
              + " through 2032, replacing the previous 2030 deadline.");
  static final TestSentence HEDGES =
      new TestSentence(
          DISPATCH,
          9,
          2100,
          "OpenAI committed more than $250 billion to Azure, up to 20% of its revenue, for"
              + " 18 months and about 1.2 GW of capacity for 4,000 employees.");

  private TestClaims() {}

  static Article article(ArticleId id, String title, LocalDate published) {
    return new Article(
        id,
        "corpus/" + id.value(),
        title,
        "The Next Platform",
        "https://example.org/" + id.value(),
        "",
        published,
        "body text that is not stored",
        3);
  }

  /** The article as the store gives it back: the same but with empty text. */
  static Article stored(Article a) {
    return new Article(
        a.id(),
        a.path(),
        a.title(),
        a.source(),
        a.url(),
        a.credit(),
        a.published(),
        "",
        a.firstLine());
  }

  static Subject subject(String holder, String attribute, String counterpart, String... terms) {
    return new Subject(holder, attribute, attribute + "s", counterpart, "2019", List.of(terms));
  }

  static Quantity exact(String value, Unit unit) {
    return Quantity.exact(new BigDecimal(value), unit);
  }

  static Quantity between(String value, String low, String high, Unit unit) {
    return Quantity.of(
        new BigDecimal(value),
        low == null ? null : new BigDecimal(low),
        high == null ? null : new BigDecimal(high),
        unit);
  }

  static Claim money13(Subject subject) {
    return POURING.claim(
        "$13.75 billion",
        ClaimKind.MONEY,
        exact("13750000000", Unit.USD),
        TimeRole.NONE,
        Change.LEVEL,
        subject);
  }

  /** Claims of {@link #NEXT_PLATFORM}, in store order. */
  static List<Claim> nextPlatformClaims() {
    Subject investment = subject("Microsoft", "investment", "OpenAI", "Microsoft", "OpenAI");
    return List.of(
        POURING.claim(
            "seven years",
            ClaimKind.DURATION,
            exact("7", Unit.YEARS),
            TimeRole.NONE,
            Change.LEVEL,
            investment),
        money13(investment));
  }

  /** Claims of {@link #DISPATCH}, in store order: open bounds, several units, a PREVIOUS one. */
  static List<Claim> dispatchClaims() {
    Subject license = subject("Microsoft", "license", "OpenAI", "license", "models", "");
    Subject azure = subject("OpenAI", "commitment", "Azure", "Azure", "capacity");
    Unit gigawatt = Unit.measure("GW", "W", new BigDecimal("1E+9"));
    return List.of(
        LICENSE.claim(
            "2032",
            ClaimKind.YEAR,
            exact("2032", Unit.YEAR_OF_ERA),
            TimeRole.END,
            Change.LEVEL,
            license),
        LICENSE
            .claim(
                "2030",
                ClaimKind.YEAR,
                exact("2030", Unit.YEAR_OF_ERA),
                TimeRole.END,
                Change.LEVEL,
                license)
            .withTimeframe(Timeframe.PREVIOUS),
        HEDGES.claim(
            "$250 billion",
            ClaimKind.MONEY,
            between("250000000000", "250000000000", null, Unit.USD),
            TimeRole.NONE,
            Change.LEVEL,
            azure),
        HEDGES.claim(
            "20%",
            ClaimKind.PERCENT,
            between("20", null, "20", Unit.PERCENT),
            TimeRole.NONE,
            Change.LEVEL,
            Subject.NONE),
        HEDGES.claim(
            "18 months",
            ClaimKind.DURATION,
            exact("18", Unit.MONTHS),
            TimeRole.NONE,
            Change.CHANGE,
            azure),
        HEDGES.claim(
            "1.2 GW",
            ClaimKind.COUNT,
            between("1.2", "1.15", "1.25", gigawatt),
            TimeRole.NONE,
            Change.LEVEL,
            azure),
        HEDGES.claim(
            "4,000",
            ClaimKind.COUNT,
            between("4000", "3500", "4500", Unit.count("employees")),
            TimeRole.NONE,
            Change.LEVEL,
            azure));
  }

  /** A sentence at a known place in an article, to cut claims from. */
  record TestSentence(ArticleId article, int index, int start, String text) {
    Claim claim(
        String surface, ClaimKind kind, Quantity q, TimeRole role, Change change, Subject s) {
      int at = text.indexOf(surface);
      if (at < 0) {
        throw new IllegalArgumentException("'" + surface + "' not in '" + text + "'");
      }
      TextSpan span = TextSpan.of(start + at, start + at + surface.length());
      return new Claim(
          article, kind, q, role, change, Timeframe.CURRENT, surface, span, index, text, s);
    }

    /** A sentence of another article with the same text and place. */
    TestSentence in(ArticleId other) {
      return new TestSentence(other, index, start, text);
    }
  }
}
