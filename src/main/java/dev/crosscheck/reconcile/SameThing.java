package dev.crosscheck.reconcile;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.Subject;
import dev.crosscheck.model.TimeRole;
import dev.crosscheck.model.Timeframe;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A rule that says whether two claims may be about the same thing. Small record rules are
 * combined with {@link AllOf}; {@link #DEFAULT} is the rule the reconciler uses. All rules are
 * immutable, thread-safe and symmetric.
 */
sealed interface SameThing {
  boolean test(Claim a, Claim b);

  /**
   * Same kind, comparable unit, role and change; holder and counterpart that do not contradict
   * each other; attributes that do not differ; the same dated event; both possible or both stated
   * as so; for claims whose stories are not known (a draft against the corpus).
   */
  SameThing DEFAULT = within(Stories.NONE);

  /**
   * The default rules for claims whose stories are known: claims of different stories never meet,
   * and only the parties that matter to a story can keep its claims apart.
   */
  static SameThing within(Stories stories) {
    return new AllOf(
        List.of(
            new SameKind(),
            new ComparableUnit(),
            new SameRole(),
            new SameChange(),
            new CompatibleParties(stories),
            new CompatibleAttribute(),
            new SameScope(),
            new SameMagnitude(),
            new SameModality(),
            new SameStory(stories)));
  }

  /** Every rule holds. */
  record AllOf(List<SameThing> rules) implements SameThing {
    public AllOf {
      rules = List.copyOf(rules);
    }

    @Override
    public boolean test(Claim a, Claim b) {
      return rules.stream().allMatch(r -> r.test(a, b));
    }
  }

  /** Same claim kind; a calendar year and a date are both points in time. */
  record SameKind() implements SameThing {
    @Override
    public boolean test(Claim a, Claim b) {
      return a.kind() == b.kind() || (a.kind().isTime() && b.kind().isTime());
    }
  }

  /**
   * Units of one dimension and base: never USD with EUR, percent with percentage points; years
   * compare with dates as ranges of days.
   */
  record ComparableUnit() implements SameThing {
    @Override
    public boolean test(Claim a, Claim b) {
      return a.quantity().unit().comparableWith(b.quantity().unit())
          || (a.kind().isTime() && b.kind().isTime());
    }
  }


  /** Same temporal role: an end date is never compared with a start date. */
  record SameRole() implements SameThing {
    @Override
    public boolean test(Claim a, Claim b) {
      return a.role() == b.role();
    }
  }

  /** A change is never compared with a level. */
  record SameChange() implements SameThing {
    @Override
    public boolean test(Claim a, Claim b) {
      return a.change() == b.change();
    }
  }

  /**
   * The parties one claim names are among those the other names: {Microsoft} fits {Microsoft,
   * OpenAI}, but {Amazon, Anthropic} does not fit {Microsoft, Anthropic}.
   */
  record CompatibleParties(Stories stories) implements SameThing {
    @Override
    public boolean test(Claim a, Claim b) {
      Set<String> pa = salientParties(a);
      Set<String> pb = salientParties(b);
      if (pa.isEmpty() != pb.isEmpty() && !mayBeAbout(pa.isEmpty() ? a : b, pa.isEmpty() ? b : a)) {
        return false;
      }
      // Points in time are events: different pairs of parties are different events. Two holders
      // alone are two parties' figures, however both sentences list them ("SoftBank, which put in
      // around $500 million, and Nvidia, which invested about $100 million").
      return covers(pa, pb) || covers(pb, pa)
          || (!isPointInTime(a) && twoParties(a, b) && mentions(b, pa) && mentions(a, pb));
    }

    /** True when either claim names a counterpart: "signed Ruiz from Porto Azul". */
    private static boolean twoParties(Claim a, Claim b) {
      return !a.subject().counterpart().isEmpty() || !b.subject().counterpart().isEmpty();
    }

    /** True when {@code unnamed}, a claim naming no party, may be about {@code named}'s holder. */
    private boolean mayBeAbout(Claim unnamed, Claim named) {
      String holder = named.subject().holder();
      return holder.isEmpty()
          || stories.mayBeAbout(unnamed.articleId(), unnamed.sentenceIndex(), holder);
    }

    /**
     * The holder, and the counterpart if it matters to the story: "a court in Luxembourg" named
     * once is scenery, but who holds a figure always counts ("Microsoft's investment in
     * Anthropic" is never Amazon's, however seldom the story names Microsoft).
     */
    private Set<String> salientParties(Claim c) {
      Set<String> out = new HashSet<>();
      String holder = c.subject().holder();
      String counterpart = c.subject().counterpart();
      if (!holder.isEmpty()) {
        out.add(holder.toLowerCase(Locale.ROOT));
      }
      if (!counterpart.isEmpty() && (holder.isEmpty() || stories.salient(c.articleId(), counterpart))) {
        out.add(counterpart.toLowerCase(Locale.ROOT));
      }
      return out;
    }

    /**
     * Every party of one claim is among the other's parties or words: "signed Ruiz from Porto Azul
     * for €85 million" and "pay Porto Azul a fee of €90 million for Mateo Ruiz" name different
     * pairs of the same three parties.
     */
    private static boolean mentions(Claim c, Set<String> parties) {
      Set<String> words = new HashSet<>(c.subject().terms());
      Set<String> own = parties(c);
      return parties.stream().allMatch(p -> own.stream().anyMatch(o -> sameParty(o, p))
          || words.contains(p) || words.containsAll(List.of(p.split(" "))));
    }

    /** Every party of {@code small} names one of {@code big}: "Helix" names "Helix Pay". */
    private static boolean covers(Set<String> big, Set<String> small) {
      return small.stream().allMatch(s -> big.stream().anyMatch(b -> sameParty(b, s)));
    }
  }

  /**
   * One name is the other, or its first or last words: "Helix" and "Helix Pay", "Ruiz" and "Mateo
   * Ruiz", not "Helixa". A hyphen joins words as a space does: "Al-Hilal" is "Al Hilal".
   */
  static boolean sameParty(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (a.indexOf('-') >= 0 || b.indexOf('-') >= 0) {
      return sameParty(a.replace('-', ' '), b.replace('-', ' '));
    }
    String shorter = a.length() < b.length() ? a : b;
    String longer = a.length() < b.length() ? b : a;
    return longer.startsWith(shorter + " ") || longer.endsWith(" " + shorter);
  }

  /**
   * The same attribute, or one claim names none ("the 2030 deadline"), or one is an estimate that
   * does not say of what and the other an estimate of a measure; but the time since the
   * last or a larger such event ("the largest deal in two decades") only meets another, as a
   * duration that names nothing is how long something lasts; and so does a threshold ("the 289
   * seats needed for a majority"), as seats that name nothing are seats won.
   */
  record CompatibleAttribute() implements SameThing {
    @Override
    public boolean test(Claim a, Claim b) {
      String x = a.subject().attribute();
      String y = b.subject().attribute();
      if (Subject.meetsOnlyItself(x) || Subject.meetsOnlyItself(y)) {
        return x.equals(y);
      }
      return x.isEmpty() || y.isEmpty() || x.equals(y) || Subject.estimateOf(x, y)
          || Subject.estimateOf(y, x);
    }
  }

  /**
   * The same part of a whole, or neither names one: a segment's revenue is not the company's. The
   * same reporting period, or one claim names none: fourth-quarter revenue is not the full
   * year's. A past event ("$1 billion in 2019") or a running total ("since 2019") only meets the
   * same one. A change over a month ("rose 0.4% in October") never meets one over a year ("rose
   * 5.1% in the year to October"), nor does one over a quarter of a reporting period ("Q1 q/q"),
   * and meets any other of a period alike.
   */
  record SameScope() implements SameThing {
    @Override
    public boolean test(Claim a, Claim b) {
      if (!a.subject().part().equals(b.subject().part())) {
        return false; // a segment's revenue is not the company's, nor another segment's
      }
      String x = a.subject().scopeBesidesPart();
      String y = b.subject().scopeBesidesPart();
      if (x.startsWith(Subject.MONTH_PREFIX) || y.startsWith(Subject.MONTH_PREFIX)) {
        // one month's rate is not another's; a figure that names no month may be either
        return x.isEmpty() || y.isEmpty() || x.equals(y);
      }
      if (x.equals(Subject.THAT_YEAR) || y.equals(Subject.THAT_YEAR)) {
        return false; // "That year," of two articles may be two years: no figure of it meets
      }
      if (dated(x) || dated(y)) {
        return x.equals(y); // a past deal or a running total is never today's figure
      }
      String cx = changePeriod(x);
      String cy = changePeriod(y);
      if (!cx.isEmpty() || !cy.isEmpty()) {
        // a monthly change is not an annual one; either may be a quarter's, or say nothing,
        // except that a share price's move that names no period is the day's
        boolean periods = cx.isEmpty() || cy.isEmpty()
            ? !MOVES_DAILY.contains(a.subject().attribute())
                && !MOVES_DAILY.contains(b.subject().attribute())
            : samePeriod(cx, cy);
        x = reportingPeriod(x);
        y = reportingPeriod(y);
        return periods && (x.isEmpty() || y.isEmpty() || x.equals(y));
      }
      return x.isEmpty() || y.isEmpty() || x.equals(y);
    }

    /** The period a change is measured over, "q/q" of "Q1 q/q", or "". */
    private static String changePeriod(String scope) {
      int space = scope.lastIndexOf(' ');
      if (space > 0 && overChange(scope.substring(space + 1))) {
        return scope.substring(space + 1); // "Q1 revenue, up 18% from the prior quarter"
      }
      return overChange(scope) ? scope : "";
    }

    /** The reporting period of a scope, "Q1" of "Q1 q/q", or "". */
    private static String reportingPeriod(String scope) {
      String change = changePeriod(scope);
      return change.isEmpty() ? scope
          : scope.substring(0, Math.max(0, scope.length() - change.length() - 1));
    }

    /**
     * What trades every day: "Splunk's stock surged 21%" is the day's move, not the 38% it "had
     * gained over the last year".
     */
    private static final Set<String> MOVES_DAILY = Set.of("share price", "market value");

    /**
     * The period a change is measured over, "y/y", "q/q" or "m/m" (with its month, "m/m 2026-03",
     * when the words date it), as against a reporting period.
     */
    private static boolean overChange(String scope) {
      return scope.equals(Subject.OVER_A_YEAR) || scope.startsWith(Subject.OVER_A_MONTH)
          || scope.equals(Subject.OVER_A_QUARTER);
    }

    /** Two periods of change alike: a monthly change that names no month may be any month's. */
    private static boolean samePeriod(String x, String y) {
      return x.equals(y)
          || (x.startsWith(Subject.OVER_A_MONTH) && y.startsWith(Subject.OVER_A_MONTH)
              && (x.equals(Subject.OVER_A_MONTH) || y.equals(Subject.OVER_A_MONTH)));
    }

    /**
     * A past year ("2019", "a year earlier"), a running total ("since 2019"), a figure adjusted
     * for inflation or one at the market's open, not a reporting period ("Q4").
     */
    private static boolean dated(String scope) {
      return !scope.isEmpty() && (scope.startsWith("since ") || scope.startsWith("a year")
          || Character.isDigit(scope.charAt(0)) || scope.equals(Subject.REAL_TERMS)
          || scope.equals(Subject.AT_THE_OPEN));
    }
  }

  /**
   * Both stated as possible ({@link Timeframe#POSSIBLE}) or neither: "IPOs that could value each at
   * $1 trillion" and "was valued at $500 billion" can both be true.
   */
  record SameModality() implements SameThing {
    @Override
    public boolean test(Claim a, Claim b) {
      return (a.timeframe() == Timeframe.POSSIBLE) == (b.timeframe() == Timeframe.POSSIBLE);
    }
  }

  /** Claims of articles that cover one story ({@link Stories}). */
  record SameStory(Stories stories) implements SameThing {
    @Override
    public boolean test(Claim a, Claim b) {
      return stories.mayMeet(a.articleId(), b.articleId());
    }
  }

  /**
   * Amounts, counts and durations within {@link #MAX_RATIO} of each other, and percentages when
   * either does not say what it measures. Outlets that disagree about one figure rarely do so by
   * more: "$48 a share" and "$250 million", or a subsidy and the whole investment, are different
   * things that happen to share words.
   */
  record SameMagnitude() implements SameThing {
    /** The largest factor between two values still taken to be about one thing. */
    static final BigDecimal MAX_RATIO = BigDecimal.valueOf(5);
    /**
     * The same, when a claim does not say what it measures: then its party and its size are all
     * that tie it to the other, and "plans to spend about $3 billion" is not "$15 billion" revenue.
     */
    static final BigDecimal MAX_RATIO_UNNAMED = BigDecimal.valueOf(2);

    @Override
    public boolean test(Claim a, Claim b) {
      boolean named = !a.subject().attribute().isEmpty() && !b.subject().attribute().isEmpty();
      if (a.kind().isTime() || (a.kind() == ClaimKind.PERCENT && named)) {
        return true;
      }
      BigDecimal x = a.quantity().value().multiply(a.quantity().unit().toBase()).abs();
      BigDecimal y = b.quantity().value().multiply(b.quantity().unit().toBase()).abs();
      if (x.signum() == 0 || y.signum() == 0) {
        return true;
      }
      BigDecimal big = x.max(y);
      BigDecimal small = x.min(y);
      // "roughly half of its user base" is no "0.1 percent of its customers": a share that does
      // not say of what is held to the bound of named amounts
      BigDecimal bound = named || a.kind() == ClaimKind.PERCENT ? MAX_RATIO : MAX_RATIO_UNNAMED;
      return big.compareTo(small.multiply(bound)) <= 0;
    }
  }

  /** Lower-cased holder and counterpart. */
  static Set<String> parties(Claim c) {
    Set<String> out = new HashSet<>();
    for (String p : c.subject().parties()) {
      out.add(p.toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /**
   * Positive evidence that two compatible claims are about one thing: the same named attribute
   * where either names a party, or (except for points in time, which need the attribute) a shared
   * party; two claims naming no party need the same attribute and at least {@link
   * #MIN_SHARED_TERMS} more subject terms in common.
   */
  static boolean related(Claim a, Claim b) {
    String x = a.subject().attribute();
    boolean partiesNamed = !parties(a).isEmpty() || !parties(b).isEmpty();
    if (partiesNamed && !x.isEmpty() && x.equals(b.subject().attribute())) {
      return true;
    }
    boolean pointInTime = isPointInTime(a);
    if (pointInTime || (a.kind().isTime() && !sameAttributeOrFrame(a, b))) {
      return false; // "since 1999" and "since Monday" share a country, not a subject
    }
    Set<String> pb = parties(b);
    boolean sharedParty = parties(a).stream().anyMatch(p -> pb.stream().anyMatch(q -> sameParty(p, q)));
    if (sharedParty) {
      return true;
    }
    // Claims naming no party at all meet only on the same attribute and more of the same words.
    boolean noParties = parties(a).isEmpty() && pb.isEmpty();
    return noParties && !x.isEmpty() && x.equals(b.subject().attribute())
        && sharedTerms(a, b) >= MIN_SHARED_TERMS;
  }

  /**
   * The same named attribute, or a deal framing one or both: "a five-year contract" and "a
   * six-year deal" in one story are about the one deal.
   */
  static boolean sameAttributeOrFrame(Claim a, Claim b) {
    String x = a.subject().attribute();
    String y = b.subject().attribute();
    if (!x.isEmpty() && !y.isEmpty()) {
      return x.equals(y);
    }
    if (isPointInTime(a) || !(a.kind().isTime() || a.kind() == ClaimKind.DURATION)) {
      return false; // a deal has many dates and many amounts; it frames only its length and its ends
    }
    // A frame (attribute text without a concept) fits any attribute: "the Nebius deal" and
    // "compute through 2031".
    return !a.subject().attributeText().isEmpty() && !b.subject().attributeText().isEmpty();
  }

  static boolean isPointInTime(Claim c) {
    return c.kind().isTime() && c.role() == TimeRole.POINT;
  }

  /** How many subject terms besides the attribute two party-less claims must share. */
  int MIN_SHARED_TERMS = 2;

  private static long sharedTerms(Claim a, Claim b) {
    Set<String> tb = new java.util.HashSet<>(b.subject().terms());
    tb.remove(b.subject().attribute().toLowerCase(Locale.ROOT));
    return a.subject().terms().stream().distinct().filter(tb::contains).count();
  }
}
