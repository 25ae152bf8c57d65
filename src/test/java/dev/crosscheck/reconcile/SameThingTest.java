package dev.crosscheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.TimeRole;
import dev.crosscheck.model.Unit;
import dev.crosscheck.testing.Claims;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which pairs of claims may be about the same thing: a table, checked both ways round. */
class SameThingTest {
  static Stream<Arguments> pairs() {
    Claims base = Claims.money("5e9").about("Microsoft", "investment", "Anthropic");
    return Stream.of(
        row("same holder, attribute, counterpart", base, Claims.money("5e9").about("Microsoft", "investment", "Anthropic"), true),
        row("holder and counterpart swapped", base, Claims.money("5e9").about("Anthropic", "investment", "Microsoft"), true),
        row("fewer parties named", base, Claims.money("5e9").about("Microsoft", "investment", ""), true),
        row("no attribute named", base, Claims.money("5e9").about("Microsoft", "", "Anthropic"), true),
        row("another investor", base, Claims.money("5e9").about("Amazon", "investment", "Anthropic"), false),
        // "SoftBank, which put in around $500 million, and Nvidia, which invested about $100
        // million": two holders listed in both sentences are two figures
        row("two investors listed together", Claims.money("500e6").about("SoftBank", "investment", "").mentioning("nvidia"), Claims.money("100e6").about("Nvidia", "investment", "").mentioning("softbank"), false),
        row("a pair's two sides in two sentences", Claims.money("85e6").about("Northbridge", "price", "Porto Azul"), Claims.money("90e6").about("Porto Azul", "price", "").mentioning("northbridge"), true),
        row("another attribute", base, Claims.money("5e9").about("Microsoft", "deal", "Anthropic"), false),
        row("euros are not dollars", base, Claims.money("5e9").unit(Unit.EUR).about("Microsoft", "investment", "Anthropic"), false),
        row("a change is not a level", base, Claims.money("5e9").change().about("Microsoft", "investment", "Anthropic"), false),
        row("a dated tranche is not the total", base, Claims.money("1e9").scope("2019").about("Microsoft", "investment", "Anthropic"), false),
        row("percent vs points", Claims.percent("3").about("Fed", "rate", ""), Claims.percent("3").unit(Unit.PERCENTAGE_POINT).about("Fed", "rate", ""), false),
        row("end year vs start year", Claims.year(2032, TimeRole.END).about("Microsoft", "license", "OpenAI"), Claims.year(2019, TimeRole.START).about("Microsoft", "license", "OpenAI"), false),
        row("previous and current values", Claims.year(2032, TimeRole.END).about("", "license", ""), Claims.year(2030, TimeRole.END).previous().about("", "license", ""), true),
        row("a per-share price is not a deal value", Claims.money("48").about("Halden", "price", ""), Claims.money("250e6").about("Halden", "price", ""), false),
        row("within a factor of five", Claims.money("13.75e9").about("Microsoft", "investment", ""), Claims.money("5e9").about("Microsoft", "investment", ""), true),
        row("a possible value is no statement of one", Claims.money("1e12").possible().about("OpenAI", "valuation", ""), Claims.money("500e9").about("OpenAI", "valuation", ""), false),
        row("two possible values", Claims.money("1e12").possible().about("OpenAI", "valuation", ""), Claims.money("800e9").possible().about("OpenAI", "valuation", ""), true),
        row("money vs percent", base, Claims.percent("5").about("Microsoft", "investment", "Anthropic"), false),
        row("a monthly change is not an annual one", Claims.percent("0.4").change().scope("m/m").about("", "price", ""), Claims.percent("5.1").change().scope("y/y").about("", "price", ""), false),
        row("a quarter's change over the quarter and an annual one", Claims.percent("18").change().scope("Q1 q/q").about("Corvant", "revenue", ""), Claims.percent("262").change().scope("y/y").about("Corvant", "revenue", ""), false),
        row("a quarter's change over the quarter and one over a quarter", Claims.percent("18").change().scope("Q1 q/q").about("Corvant", "revenue", ""), Claims.percent("18").change().scope("q/q").about("Corvant", "revenue", ""), true),
        row("a quarter's changes over the year and over the quarter", Claims.percent("262").change().scope("Q1 y/y").about("Corvant", "revenue", ""), Claims.percent("18").change().scope("Q1 q/q").about("Corvant", "revenue", ""), false),
        row("a quarter's change over the year and one over a year", Claims.percent("262").change().scope("Q1 y/y").about("Corvant", "revenue", ""), Claims.percent("262").change().scope("y/y").about("Corvant", "revenue", ""), true),
        row("a price at the open and one that names no time", Claims.money("56.10").scope("at the open").about("Orvane", "share price", ""), Claims.money("63.59").about("Orvane", "share price", ""), false),
        row("two prices at the open", Claims.money("56.10").scope("at the open").about("Orvane", "share price", ""), Claims.money("56").scope("at the open").about("Orvane", "share price", ""), true),
        row("two quarters' changes over the quarter", Claims.percent("18").change().scope("Q1 q/q").about("Corvant", "revenue", ""), Claims.percent("12").change().scope("Q2 q/q").about("Corvant", "revenue", ""), false),
        row("an annual change and a quarter's", Claims.percent("12").change().scope("Q4").about("Corvant", "revenue", ""), Claims.percent("21").change().scope("y/y").about("Corvant", "revenue", ""), true),
        row("a share price's change over a year and one that says nothing", Claims.percent("38").change().scope("y/y").about("Splunk", "share price", ""), Claims.percent("21").change().about("Splunk", "share price", ""), false),
        row("a share price's changes that say nothing", Claims.percent("22").change().about("Splunk", "share price", ""), Claims.percent("21").change().about("Splunk", "share price", ""), true),
        row("an annual change and one that says nothing", Claims.percent("3.5").change().about("", "price", ""), Claims.percent("5.1").change().scope("y/y").about("", "price", ""), true),
        row("one month's change is not another's", Claims.percent("2").change().scope("m/m 2026-03").about("", "growth", ""), Claims.percent("-1.5").change().scope("m/m 2026-04").about("", "growth", ""), false),
        row("a month's change and a monthly one that names no month", Claims.percent("0.4").change().scope("m/m 2026-10").about("", "price", ""), Claims.percent("0.4").change().scope("m/m").about("", "price", ""), true),
        row("the dates of two months' changes", Claims.month("2026-03").scope("m/m 2026-03").about("", "compute", ""), Claims.month("2026-04").scope("m/m 2026-04").about("", "compute", ""), false),
        row("one month's rate is not another's", Claims.percent("11.1").scope("month 2022-10").about("", "inflation", ""), Claims.percent("10.1").scope("month 2022-09").about("", "inflation", ""), false),
        row("a month's rate and one that names no month", Claims.percent("11.1").scope("month 2022-10").about("", "inflation", ""), Claims.percent("11.2").about("", "inflation", ""), true),
        row("a part's rate is not the whole's", Claims.percent("65.7").scope("for electricity").about("", "inflation", ""), Claims.percent("11.1").about("", "inflation", ""), false),
        row("a segment's quarter is not the company's", Claims.money("30.8e9").scope("for data center; Q3").about("Nvidia", "revenue", ""), Claims.money("35.08e9").scope("Q3").about("Nvidia", "revenue", ""), false),
        row("one segment is not another", Claims.money("2.9e9").scope("for gaming").about("Nvidia", "revenue", ""), Claims.money("449e6").scope("for automotive").about("Nvidia", "revenue", ""), false),
        row("a segment's quarter and its figure that names no quarter", Claims.money("30.8e9").scope("for data center; Q3").about("Nvidia", "revenue", ""), Claims.money("30.8e9").scope("for data center").about("Nvidia", "revenue", ""), true),
        row("a segment's quarters", Claims.money("30.8e9").scope("for data center; Q3").about("Nvidia", "revenue", ""), Claims.money("26.3e9").scope("for data center; Q2").about("Nvidia", "revenue", ""), false),
        row("a share that names nothing is not one 500 times its size", Claims.percent("50").about("23andMe", "", ""), Claims.percent("0.1").about("23andMe", "stake", ""), false),
        row("a share that names nothing and one near its size", Claims.percent("50").about("23andMe", "", ""), Claims.percent("45").about("23andMe", "stake", ""), true),
        row("rates set in two months", Claims.percent("-0.5").change().scope("month 2024-09").about("Federal Reserve", "interest rate", ""), Claims.percent("-0.25").change().scope("month 2024-11").about("Federal Reserve", "interest rate", ""), false),
        row("a figure in today's money is not the nominal one", Claims.money("434e9").scope("real").about("Northway", "assets", ""), Claims.money("307e9").about("Northway", "assets", ""), false),
        row("a hyphen joins a name's words as a space does", Claims.money("90e6").about("Al-Hilal", "price", "PSG"), Claims.money("90e6").about("Al Hilal", "price", "PSG"), true),
        row("a figure of \"that year\" is not today's", Claims.money("10e9").scope("that year").about("Reddit", "valuation", ""), Claims.money("6.4e9").about("Reddit", "valuation", ""), false),
        row("\"that year\" of two articles may be two years", Claims.money("10e9").scope("that year").about("Reddit", "valuation", ""), Claims.money("10e9").scope("that year").about("Reddit", "valuation", ""), false),
        // "the largest deal in two decades" against "secures a decade of low-cost production"
        row("the time since a larger one is no duration that names nothing", Claims.years("20").about("Exxon", "time since", ""), Claims.years("10").about("Exxon", "", ""), false),
        // "Inflation is expected to rise to 2.75%" and "unemployment is expected to rise to 4.5%"
        row("estimates of two measures", Claims.percent("2.75").about("Bank of Norland", "inflation estimate", ""), Claims.percent("4.5").about("Bank of Norland", "unemployment estimate", ""), false),
        row("an estimate is no measured figure", Claims.percent("2.75").about("Bank of Norland", "inflation estimate", ""), Claims.percent("2.4").about("Bank of Norland", "inflation", ""), false),
        row("an estimate that says not of what may be any measure's", Claims.money("33.2e9").about("Acme", "estimate", ""), Claims.money("33.17e9").about("Acme", "revenue estimate", ""), true),
        row("two times since", Claims.years("22").about("Fed", "time since", ""), Claims.years("22").about("Fed", "time since", ""), true));
  }

  private static Arguments row(String name, Claims a, Claims b, boolean same) {
    return Arguments.of(name, a.build(), b.in("b.md").build(), same);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void defaultRule(String name, Claim a, Claim b, boolean same) {
    assertThat(SameThing.DEFAULT.test(a, b)).as(name).isEqualTo(same);
    assertThat(SameThing.DEFAULT.test(b, a)).as(name + ", reversed").isEqualTo(same);
  }
}
