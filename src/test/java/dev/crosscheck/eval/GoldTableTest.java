package dev.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.model.Change;
import dev.crosscheck.model.Subject;
import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.TimeRole;
import dev.crosscheck.model.Timeframe;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoldTableTest {
  private static List<GoldRow> parse(String... lines) {
    return GoldTable.parse(List.of(lines), "gold.tsv");
  }

  @Test
  void readsClaimsWithRepeatedAndOpenBounds() {
    GoldRow row = parse("# comment", "", "2026-04-28\tUp to $5 billion and more than 20% went.\t"
        + "MONEY|5e9|USD|0|5.5e9|-|CHANGE|Up to $5 billion ; PERCENT|20|%|=|*|-|LEVEL|more than 20%")
        .get(0);
    assertThat(row.line()).isEqualTo(3);
    assertThat(row.published()).isEqualTo(LocalDate.of(2026, 4, 28));
    assertThat(row.claims()).hasSize(2);
    ExpectedClaim money = row.claims().get(0);
    assertThat(money.kind()).isEqualTo(ClaimKind.MONEY);
    assertThat(money.value()).isEqualByComparingTo("5000000000");
    assertThat(money.low()).isEqualByComparingTo("0");
    assertThat(money.high()).isEqualByComparingTo("5500000000");
    assertThat(money.role()).isEqualTo(TimeRole.NONE);
    assertThat(money.change()).isEqualTo(Change.CHANGE);
    ExpectedClaim percent = row.claims().get(1);
    assertThat(percent.low()).isEqualByComparingTo("20");
    assertThat(percent.high()).isNull();
    assertThat(percent.timeframe()).isEqualTo(Timeframe.CURRENT);
  }

  @Test
  void datesAreEpochDaysAndTimeframeIsOptional() {
    ExpectedClaim c = parse("2026-04-28\tIt ended in November 2022, not 2030.\t"
        + "DATE|2022-11-01|date|2022-11-01|2022-11-30|POINT|LEVEL|November 2022 ; "
        + "YEAR|2030|year|=|=|END|-|2030|PREVIOUS").get(0).claims().get(1);
    ExpectedClaim date = parse("2026-04-28\tIt ended in November 2022.\t"
        + "DATE|2022-11-01|date|2022-11-01|2022-11-30|POINT|LEVEL|November 2022").get(0).claims().get(0);
    assertThat(date.value()).isEqualTo(BigDecimal.valueOf(LocalDate.of(2022, 11, 1).toEpochDay()));
    assertThat(date.high()).isEqualTo(BigDecimal.valueOf(LocalDate.of(2022, 11, 30).toEpochDay()));
    assertThat(c.timeframe()).isEqualTo(Timeframe.PREVIOUS);
    assertThat(c.change()).isEqualTo(Change.LEVEL);
    assertThat(c.role()).isEqualTo(TimeRole.END);
  }

  @Test
  void noClaimRowsAndSubjectGroups() {
    List<GoldRow> rows = parse("2026-04-28\tGPT-5.4 shipped.\t-",
        "2026-04-28\tMicrosoft's $5 billion and 7 years.\t"
            + "MONEY|5e9|USD|4.5e9|5.5e9|-|LEVEL|$5 billion ; DURATION|7|year|=|=|-|LEVEL|7 years\t"
            + "holder:Microsoft, investment ; -");
    assertThat(rows.get(0).noClaim()).isTrue();
    List<SubjectTerm> terms = rows.get(1).claims().get(0).terms();
    assertThat(terms).containsExactly(new SubjectTerm(SubjectTerm.Field.HOLDER, "Microsoft"),
        new SubjectTerm(SubjectTerm.Field.ANY, "investment"));
    assertThat(rows.get(1).claims().get(1).terms()).isEmpty();
  }

  @Test
  void aNotTermHoldsWhenTheSubjectNamesItNowhere() {
    SubjectTerm not = SubjectTerm.parse("not:The");
    assertThat(not).isEqualTo(new SubjectTerm(SubjectTerm.Field.NOT, "The"));
    assertThat(not.toString()).isEqualTo("not:The");
    Subject startup = new Subject("", "investment", "", "", "", List.of("startup", "funding"));
    assertThat(not.heldBy(startup)).isTrue();
    assertThat(not.heldBy(new Subject("", "", "", "", "", List.of("startup", "the")))).isFalse();
    assertThat(not.heldBy(new Subject("the", "", "", "", "", List.of()))).isFalse();
    assertThat(SubjectTerm.parse("startup").heldBy(startup)).isTrue();
  }

  @Test
  void badLinesNameTheFileAndLine() {
    assertThatThrownBy(() -> parse("2026-04-28\tonly two cells"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("gold.tsv:1: expected 3 or 4 TAB-separated cells, found 2");
    assertThatThrownBy(() -> parse("# x", "2026-04-28\tIt cost $5.\tMONEY|5|USD|=|=|-|LEVEL|$6"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("gold.tsv:2: surface '$6' is not in the sentence");
    assertThatThrownBy(() -> parse("2026-04-28\tIt cost $5.\tMONEY|five|USD|=|=|-|LEVEL|$5"))
        .hasMessage("gold.tsv:1: not a number: 'five'");
    assertThatThrownBy(() -> parse("2026-04-28\tIt cost $5.\tMONEY|5|USD|=|=|-|$5"))
        .hasMessage("gold.tsv:1: claim needs 8 or 9 '|' fields: 'MONEY|5|USD|=|=|-|$5'");
    assertThatThrownBy(() -> parse("2026-04-28\tIt cost $5.\tMONEY|5|USD|=|=|-|LEVEL|$5\ta ; b"))
        .hasMessage("gold.tsv:1: more subject groups (2) than claims (1)");
  }
}
