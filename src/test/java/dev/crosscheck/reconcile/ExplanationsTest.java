package dev.crosscheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.TimeRole;
import dev.crosscheck.model.Position;
import dev.crosscheck.model.Unit;
import dev.crosscheck.testing.Claims;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExplanationsTest {
  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "1e12     | USD | $1 trillion",
      "2.5e12   | USD | $2.5 trillion",
      "13.75e9  | USD | $13.75 billion",
      "400e6    | EUR | €400 million",
      "300      | USD | $300",
  })
  void moneyReadsAsAPersonWritesIt(String value, String currency, String expected) {
    Claim claim = Claims.money(value).unit(Unit.currency(currency)).about("Acme", "valuation", "").build();
    Position p = Positions.of(List.of(claim), Origins.of(List.of())).get(0);
    assertThat(Explanations.value(claim.kind(), p.value(), p)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} to {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "2018-01-01 | 2018-12-31 | 2018",
      "2019-07-01 | 2019-07-31 | July 2019",
      "2024-02-01 | 2024-02-29 | February 2024",
      "2019-07-04 | 2019-07-04 | 2019-07-04",
      "2019-07-01 | 2019-08-31 | 2019-07-01 to 2019-08-31",
  })
  void aPositionOfDatesReadsAsTheYearOrMonthItSpans(LocalDate from, LocalDate to, String expected) {
    Claim claim = Claims.money("0").kind(ClaimKind.DATE, Unit.EPOCH_DAY, TimeRole.POINT)
        .value(Long.toString(from.toEpochDay()))
        .between(Long.toString(from.toEpochDay()), Long.toString(to.toEpochDay())).build();
    Position p = Positions.of(List.of(claim), Origins.of(List.of())).get(0);
    assertThat(Explanations.stated(claim.kind(), p)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} versus {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "7     | 10  | years   | The larger is 43% above the smaller",
      "310   | 320 | count   | The larger is 3.2% above the smaller",
      "-7    | -4  | percent | The larger is 75% above the smaller",
      "-4.3  | 2   | percent | They are 6.3 percentage points apart",
      "0     | 5   | years   | They are 5 years apart",
  })
  void theGapIsTheLargerOverTheSmaller(String a, String b, String kind, String expected) {
    List<Claim> claims = List.of(claim(a, kind, "a.md"), claim(b, kind, "b.md"));
    List<Position> positions = Positions.of(claims, Origins.of(List.of()));
    assertThat(positions).hasSize(2);
    assertThat(Explanations.of(claims.get(0).kind(), positions)).endsWith(expected + ".");
  }

  @ParameterizedTest(name = "published {0} / {1} / {2} -> {3}")
  @CsvSource(delimiter = '|', value = {
      "2023-08-13 | 2023-08-18 | 2023-08-18 | Each figure comes from reports of other days (2023-08-13 to 2023-08-18): a later one may update an earlier one.",
      "2023-08-13 | 2023-08-13 | 2023-08-18 | The larger is 43% above the smaller.",
      "2023-08-13 | 2023-08-18 | undated    | The larger is 43% above the smaller.",
  })
  void aConflictOfReportsOfOtherDaysSaysSo(String a, String b1, String b2, String ending) {
    // one article backs 7 years; two back 10 years
    List<Claim> claims = List.of(claim("7", "years", "a.md"), claim("10", "years", "b1.md"),
        claim("10", "years", "b2.md"));
    List<Position> positions = Positions.of(claims, Origins.of(List.of()));
    java.util.Map<String, String> published = java.util.Map.of("a.md", a, "b1.md", b1, "b2.md", b2);
    String explanation = Explanations.of(ClaimKind.DURATION, positions, id -> {
      String day = published.get(id.value());
      return day.equals("undated") ? Stories.UNDATED : LocalDate.parse(day).toEpochDay();
    });
    assertThat(explanation).endsWith(ending);
  }

  private static Claim claim(String value, String kind, String article) {
    Claims c = switch (kind) {
      case "years" -> Claims.years(value);
      case "percent" -> Claims.percent(value);
      default -> Claims.money("0").kind(ClaimKind.COUNT, Unit.count("flight"), TimeRole.NONE)
          .value(value).between(value, value);
    };
    return c.between(value, value).in(article).about("Acme", "", "").build();
  }

  @ParameterizedTest(name = "{0}-{1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "300   |     | ≥ 300 flights",
      "24    | 99  | 24–99 flights",
      "320   | 320 | 320 flights",
  })
  void aSingleValueAtTheEdgeOfItsIntervalReadsAsTheInterval(String low, String high,
      String expected) {
    Claim claim = Claims.money("0").kind(ClaimKind.COUNT, Unit.count("flight"), TimeRole.NONE)
        .value(low).between(low, high).in("a.md").about("Nordair", "", "").build();
    Position p = Positions.of(List.of(claim), Origins.of(List.of())).get(0);
    assertThat(Explanations.of(claim.kind(), List.of(p))).startsWith(expected + ", 1 article");
  }
}
