package dev.crosscheck.report;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.Change;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.CrossCheckResult;
import dev.crosscheck.model.Diagnostic;
import dev.crosscheck.model.Position;
import dev.crosscheck.model.Quantity;
import dev.crosscheck.model.Subject;
import dev.crosscheck.model.TextSpan;
import dev.crosscheck.model.TimeRole;
import dev.crosscheck.model.Timeframe;
import dev.crosscheck.model.Topic;
import dev.crosscheck.model.TopicId;
import dev.crosscheck.model.TopicStatus;
import dev.crosscheck.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A fixed {@link CrossCheckResult} for the report tests: one conflict (two positions, one claim
 * stated as the previous value, one surface that occurs twice in its sentence), one agreement with
 * an open-bounded claim ("more than $13 billion"), single-source DATE and YEAR claims, and one
 * diagnostic.
 */
final class ReportFixtures {
  static final String S1 =
      "Microsoft has been investing in OpenAI for the past seven years, pouring $13.75 billion"
          + " into the generative AI pioneer.";
  static final String S2 =
      "The tech behemoth will continue to receive 20 percent of the revenue OpenAI generates.";
  static final String S3 = "Microsoft has invested more than $13 billion in OpenAI since 2019.";
  static final String S4 =
      "The revenue share rises to 25% under the new deal, and the 20% share it replaces was the"
          + " previous rate.";
  static final String S5 = "Microsoft unveiled the amendment on April 27, 2026.";
  static final String S6 = "The revenue share runs through 2032 under the amended terms.";
  static final String S7 =
      "Syndicated: Microsoft keeps 20% of OpenAI's revenue, and 20% remains the cap.";

  static final Article NEXT_PLATFORM =
      article(
          "000_next.txt",
          "Microsoft And OpenAI Remain Friends, Are Looking To Hook Up With Others",
          "The Next Platform",
          "https://www.nextplatform.com/ai/2026/04/28/microsoft-and-openai/5218929",
          "",
          LocalDate.of(2026, 4, 28),
          S1 + "\n\n" + S2 + "\n" + S6 + "\n");
  static final Article WIRE =
      article(
          "001_wire.txt",
          "Microsoft, OpenAI Revise Partnership",
          "Tech Wire",
          "https://techwire.example/news/openai-microsoft?id=7&ref=rss",
          "",
          LocalDate.of(2026, 4, 27),
          "Intro line.\n" + S3 + " " + S4 + "\n" + S5 + "\n");
  static final Article SYNDICATED =
      article(
          "002_syndicated.txt",
          "OpenAI and Microsoft loosen ties",
          "Daily Syndicate",
          "http://daily.example/openai",
          "The Next Platform",
          null,
          S7 + "\n");

  private ReportFixtures() {}

  static CrossCheckResult result() {
    return new CrossCheckResult(
        List.of(NEXT_PLATFORM, WIRE, SYNDICATED),
        List.of(conflict(), agreement(), singleDate(), singleYear()),
        List.of(
            Diagnostic.warning(
                "corpus/004_table.txt", 12, "table row skipped: '| Metric | Value |'")));
  }

  static Topic conflict() {
    Claim twenty = claim(NEXT_PLATFORM, S2, "20 percent", 0, ClaimKind.PERCENT, percent("20"));
    Claim syndicated = claim(SYNDICATED, S7, "20%", 1, ClaimKind.PERCENT, percent("20"));
    Claim previous =
        claim(WIRE, S4, "20%", 0, ClaimKind.PERCENT, percent("20"))
            .withTimeframe(Timeframe.PREVIOUS);
    Claim quarter = claim(WIRE, S4, "25%", 0, ClaimKind.PERCENT, percent("25"));
    Position low =
        new Position(
            new BigDecimal("20"),
            new BigDecimal("20"),
            new BigDecimal("20"),
            Unit.PERCENT,
            List.of(twenty, syndicated, previous),
            3,
            2);
    Position high =
        new Position(
            new BigDecimal("25"),
            new BigDecimal("25"),
            new BigDecimal("25"),
            Unit.PERCENT,
            List.of(quarter),
            1,
            1);
    return new Topic(
        new TopicId("t-share"),
        "OpenAI revenue share paid to Microsoft",
        ClaimKind.PERCENT,
        TopicStatus.CONFLICT,
        List.of(twenty, syndicated, previous, quarter),
        List.of(low, high),
        "Tech Wire says 25%, two other articles say 20% (5 percentage points apart).",
        5.0);
  }

  static Topic agreement() {
    BigDecimal exact = new BigDecimal("13750000000");
    Claim stated =
        claim(
            NEXT_PLATFORM,
            S1,
            "$13.75 billion",
            0,
            ClaimKind.MONEY,
            Quantity.exact(exact, Unit.USD));
    Claim moreThan =
        claim(
            WIRE,
            S3,
            "more than $13 billion",
            0,
            ClaimKind.MONEY,
            Quantity.of(
                new BigDecimal("13000000000"), new BigDecimal("13000000000"), null, Unit.USD));
    Position position = new Position(exact, exact, exact, Unit.USD, List.of(stated, moreThan), 2, 2);
    return new Topic(
        new TopicId("t-investment"),
        "Microsoft's investment in OpenAI",
        ClaimKind.MONEY,
        TopicStatus.AGREE,
        List.of(stated, moreThan),
        List.of(position),
        "Both values can hold: $13.75 billion is more than $13 billion.",
        0);
  }

  static Topic singleDate() {
    BigDecimal day = BigDecimal.valueOf(LocalDate.of(2026, 4, 27).toEpochDay());
    Claim date =
        claim(WIRE, S5, "April 27, 2026", 0, ClaimKind.DATE, Quantity.exact(day, Unit.EPOCH_DAY));
    return single("t-announced", "Amendment announced", ClaimKind.DATE, date);
  }

  static Topic singleYear() {
    Claim year =
        claim(
                NEXT_PLATFORM,
                S6,
                "through 2032",
                0,
                ClaimKind.YEAR,
                Quantity.exact(new BigDecimal("2032"), Unit.YEAR_OF_ERA))
            .withSubject(
                new Subject(
                    "OpenAI",
                    "revenue share",
                    "revenue share",
                    "Microsoft",
                    "",
                    List.of("revenue share", "OpenAI", "Microsoft")));
    Claim end =
        new Claim(
            year.articleId(),
            year.kind(),
            year.quantity(),
            TimeRole.END,
            year.change(),
            year.timeframe(),
            year.surface(),
            year.span(),
            year.sentenceIndex(),
            year.sentence(),
            year.subject());
    return single("t-share-end", "Revenue share end year", ClaimKind.YEAR, end);
  }

  static Topic single(String id, String label, ClaimKind kind, Claim claim) {
    Position position =
        new Position(
            claim.quantity().value(),
            claim.quantity().low(),
            claim.quantity().high(),
            claim.quantity().unit(),
            List.of(claim),
            1,
            1);
    return new Topic(
        new TopicId(id),
        label,
        kind,
        TopicStatus.SINGLE,
        List.of(claim),
        List.of(position),
        "Only " + claim.articleId() + " states this.",
        0);
  }

  static Quantity percent(String value) {
    return Quantity.exact(new BigDecimal(value), Unit.PERCENT);
  }

  static Article article(
      String id,
      String title,
      String source,
      String url,
      String credit,
      LocalDate published,
      String text) {
    return new Article(
        ArticleId.of(id), "corpus/" + id, title, source, url, credit, published, text, 5);
  }

  /**
   * A claim on the {@code occurrence}-th (0-based) appearance of {@code surface} in {@code
   * sentence}, with its span computed in the article text.
   */
  static Claim claim(
      Article article,
      String sentence,
      String surface,
      int occurrence,
      ClaimKind kind,
      Quantity quantity) {
    int sentenceStart = article.text().indexOf(sentence);
    if (sentenceStart < 0) {
      throw new IllegalArgumentException("sentence not in " + article.id() + ": " + sentence);
    }
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = sentence.indexOf(surface, at + 1);
    }
    int start = sentenceStart + at;
    Subject subject = new Subject("Microsoft", "", "", "OpenAI", "", List.of("Microsoft", "OpenAI"));
    return new Claim(
        article.id(),
        kind,
        quantity,
        TimeRole.NONE,
        Change.LEVEL,
        Timeframe.CURRENT,
        surface,
        TextSpan.of(start, start + surface.length()),
        0,
        sentence,
        subject);
  }
}
