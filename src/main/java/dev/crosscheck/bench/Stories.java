package dev.crosscheck.bench;

import dev.crosscheck.bench.Values.Value;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The news events generated corpora report: takeovers, quarterly results, disasters, city budgets,
 * funding rounds, regulatory fines, strikes and economic data. Each story has a cast (companies,
 * city, country, dates) and a few facts, each with the sentence patterns outlets use to state it.
 * Stateless.
 */
final class Stories {
  /** Who and where a story is about; filled into {@code {A} {B} {C} {N} {Q} {Y} {D} {E}}. */
  record Cast(
      String a, String b, String city, String country, String quarter, int year, String weekday,
      String event) {}

  /** One figure of a story and the sentences that state it; {@code {V}} marks the figure. */
  record Fact(Value value, List<String> patterns) {}

  /** One event: its cast, facts, headline patterns and the day it broke. Immutable. */
  record Story(int index, Cast cast, List<Fact> facts, List<String> headlines, LocalDate date) {}

  private static final LocalDate EPOCH = LocalDate.of(2024, 1, 1);
  private static final int KINDS = 8;

  private Stories() {}

  /** Story {@code index}, a pure function of the index and {@code r}'s state. */
  static Story story(int index, Random r) {
    int year = 2024 + r.nextInt(3);
    LocalDate date = EPOCH.plusDays(r.nextInt(3 * 365));
    Cast cast =
        new Cast(
            Names.company(r), Names.company(r), Words.pick(Words.CITIES, r),
            Words.pick(Words.COUNTRIES, r), "Q" + (1 + r.nextInt(4)), date.getYear(),
            Words.pick(Words.WEEKDAYS, r), Names.event(r));
    List<Fact> facts = new ArrayList<>();
    List<String> headlines = new ArrayList<>();
    switch (r.nextInt(KINDS)) {
      case 0 -> takeover(r, facts, headlines, year);
      case 1 -> results(r, facts, headlines);
      case 2 -> disaster(r, facts, headlines);
      case 3 -> budget(r, facts, headlines, year);
      case 4 -> funding(r, facts, headlines);
      case 5 -> fine(r, facts, headlines, year);
      case 6 -> strike(r, facts, headlines, year);
      default -> economy(r, facts, headlines);
    }
    return new Story(index, cast, facts, headlines, date);
  }

  private static void takeover(Random r, List<Fact> f, List<String> h, int year) {
    h.addAll(List.of("{A} agrees to buy {B}", "{A} to acquire rival {B} in blockbuster deal",
        "{B} accepts takeover offer from {A}"));
    f.add(fact(Values.billions(r, 1, 40), "{A} agreed to acquire {B} for {V}, the companies said on {D}.",
        "{A} will buy {B} for {V} in cash and stock.",
        "Under the agreement, {A} will pay {V} for {B}, pending approval from regulators."));
    f.add(fact(Values.percent(r, 5, 30, false), "{A} already owns a {V} stake in {B}.",
        "{A} holds a {V} stake in {B} through an earlier investment."));
    f.add(fact(Values.count(r, 300, 9000), "{A} plans to cut {V} jobs once the acquisition closes.",
        "The combined company expects to eliminate {V} jobs over the next two years."));
    f.add(fact(Values.year(year + 1), "The acquisition is expected to close in {V}.",
        "Both boards expect the acquisition to close in {V}, subject to shareholder votes."));
    f.add(fact(Values.billions(r, 1, 20), "{B} reported revenue of {V} last year.",
        "Last year {B} had revenue of {V}, most of it from overseas customers."));
  }

  private static void results(Random r, List<Fact> f, List<String> h) {
    h.addAll(List.of("{A} beats expectations as {Q} sales climb", "{A} posts stronger {Q} results",
        "{A} revenue rises on strong demand"));
    f.add(fact(Values.billions(r, 1, 60), "{A} reported {Q} revenue of {V}.",
        "Revenue for the {Q} period came in at {V}, {A} said on {D}."));
    f.add(fact(Values.percent(r, 2, 25, true), "Sales grew {V} from a year earlier.",
        "That was a rise of {V} compared with the same quarter last year."));
    f.add(fact(Values.millions(r, 50, 900), "{A} posted a net profit of {V} for the quarter.",
        "Net profit reached {V}, ahead of analyst forecasts."));
    f.add(fact(Values.count(r, 2_000_000, 90_000_000), "{A} now has {V} subscribers.",
        "The company said it ended the quarter with {V} subscribers."));
  }

  private static void disaster(Random r, List<Fact> f, List<String> h) {
    h.addAll(List.of("{E} batters {C}", "Death toll rises after {E} hits {C}",
        "{C} begins cleanup after {E}"));
    f.add(fact(Values.count(r, 4, 180), "{V} people were killed, officials in {C} said.",
        "The death toll from {E} rose to {V} on {D}."));
    f.add(fact(Values.count(r, 20, 2400), "Another {V} people were injured.",
        "Hospitals in {C} treated {V} injured people overnight."));
    f.add(fact(Values.billions(r, 1, 15), "Insurers estimate the damage at {V}.",
        "Early estimates put the damage from {E} at {V}."));
    f.add(fact(Values.count(r, 1000, 90000), "{V} residents were forced to leave their homes.",
        "Officials said {V} residents had been evacuated from low-lying areas of {C}."));
  }

  private static void budget(Random r, List<Fact> f, List<String> h, int year) {
    h.addAll(List.of("{C} council approves new budget", "{C} passes record spending plan",
        "Budget vote in {C} ends weeks of debate"));
    f.add(fact(Values.billions(r, 1, 12), "The {C} city council approved a budget of {V} on {D}.",
        "The budget approved by the {C} council totals {V}."));
    f.add(fact(Values.percent(r, 1, 12, true), "Spending will increase {V} compared with the current budget.",
        "The plan would increase spending by {V}, the largest increase in a decade."));
    f.add(fact(Values.count(r, 40, 900), "The plan funds {V} new jobs in the police and fire departments.",
        "Officials said the budget creates {V} jobs in public safety."));
    f.add(fact(Values.year(year + 4 + r.nextInt(6)), "A transit levy included in the plan runs through {V}.",
        "The transit levy in the package will run through {V}."));
  }

  private static void funding(Random r, List<Fact> f, List<String> h) {
    h.addAll(List.of("{A} raises fresh funding", "Investors pile into {A}",
        "{A} lands new round as investors chase growth"));
    f.add(fact(Values.millions(r, 20, 900), "{A} raised {V} in a funding round led by {B} Capital.",
        "The startup said it had raised {V} in new funding."));
    f.add(fact(Values.billions(r, 1, 30), "The round gives {A} a valuation of {V}.",
        "Investors put the valuation of {A} at {V}."));
    f.add(fact(Values.count(r, 80, 4000), "{A} has {V} employees, most of them engineers.",
        "The company employs {V} people in {C} and abroad."));
    f.add(fact(Values.count(r, 100_000, 20_000_000), "Its app has {V} users.",
        "{A} said the service had {V} users at the end of {Q}."));
  }

  private static void fine(Random r, List<Fact> f, List<String> h, int year) {
    h.addAll(List.of("Regulators fine {A} over pricing", "{A} hit with penalty in {N}",
        "{N} watchdog penalizes {A}"));
    f.add(fact(Values.millions(r, 5, 900), "Regulators in {N} fined {A} {V} on {D}.",
        "The competition authority in {N} imposed a fine of {V} on {A}."));
    f.add(fact(Values.percent(r, 15, 70, false), "{A} holds a market share of {V} in {N}.",
        "The company's market share in {N} stands at {V}, according to the authority."));
    f.add(fact(Values.year(year - 1 - r.nextInt(4)), "The investigation into {A} began in {V}.",
        "Officials opened the investigation in {V} after complaints from {B}."));
  }

  private static void strike(Random r, List<Fact> f, List<String> h, int year) {
    h.addAll(List.of("Workers at {A} walk out", "Strike halts production at {A}",
        "{A} and union fail to reach deal"));
    f.add(fact(Values.count(r, 800, 40000), "{V} workers walked off the job at {A} plants.",
        "The strike involves {V} workers at {A} sites across {N}."));
    f.add(fact(Values.percent(r, 4, 25, false), "The union is seeking a wage increase of {V} over four years.",
        "Workers want pay to increase by {V}, a figure {A} has called unaffordable."));
    f.add(fact(Values.year(year), "The previous contract ran through {V}.",
        "The old labor contract at {A} ran through {V}."));
  }

  private static void economy(Random r, List<Fact> f, List<String> h) {
    h.addAll(List.of("Inflation in {N} eases", "{N} economy shows signs of cooling",
        "Central bank in {N} weighs next move"));
    f.add(fact(Values.percent(r, 1, 9, true), "Inflation in {N} slowed to {V} in the latest reading.",
        "Annual inflation in {N} fell to {V}, the statistics office said."));
    f.add(fact(Values.percent(r, 3, 12, true), "The unemployment rate in {N} stood at {V}.",
        "Unemployment in {N} held at {V}."));
    f.add(fact(Values.percent(r, 1, 5, true), "The economy of {N} grew {V} in {Q}.",
        "Economic growth in {N} reached {V} in {Q}, beating forecasts."));
  }

  private static Fact fact(Value value, String... patterns) {
    return new Fact(value, List.of(patterns));
  }
}
