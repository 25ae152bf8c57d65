package dev.crosscheck.reconcile;

import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.Dimension;
import dev.crosscheck.model.Position;
import dev.crosscheck.model.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Splits a topic's claims into positions: groups whose intervals share a point. Greedy stabbing
 * by upper bound gives the fewest groups, so two positions mean the sources cannot all be right.
 * Values are compared in base units ("18 months" is 1.5 years); when years and dates meet ("in
 * 2019", "in July 2019") both become ranges of days. Stateless.
 */
final class Positions {
  private Positions() {}

  static List<Position> of(List<Claim> claims, Origins origins) {
    Axis axis = Axis.of(claims);
    List<Claim> left = new ArrayList<>(claims);
    left.sort(Comparator.comparing((Claim c) -> axis.high(c), Positions::compareOpen)
        .thenComparing(c -> c.articleId().value()).thenComparingInt(c -> c.span().start()));
    List<Position> positions = new ArrayList<>();
    while (!left.isEmpty()) {
      BigDecimal stab = axis.high(left.get(0));
      boolean stated = axis.exact(left.get(0));
      List<Claim> group = new ArrayList<>();
      for (Claim c : left) {
        if (axis.contains(c, stab, stated)) {
          group.add(c);
        }
      }
      left.removeAll(group);
      positions.add(position(group, origins, axis));
    }
    return positions;
  }

  private static Position position(List<Claim> group, Origins origins, Axis axis) {
    BigDecimal low = null;
    BigDecimal high = null;
    Map<BigDecimal, Integer> votes = new HashMap<>();
    Set<String> articles = new LinkedHashSet<>();
    List<ArticleId> ids = new ArrayList<>(group.size());
    boolean first = true;
    for (Claim c : group) {
      BigDecimal l = axis.low(c);
      BigDecimal h = axis.high(c);
      low = first ? l : (low == null ? l : (l == null ? low : low.max(l)));
      high = first ? h : (high == null ? h : (h == null ? high : high.min(h)));
      first = false;
      votes.merge(axis.value(c), 1, Integer::sum);
      articles.add(c.articleId().value());
      ids.add(c.articleId());
    }
    // The value most claims state among those the position allows: "$12.2 billion" and "roughly
    // $13 billion" agree on 12.15-12.25 billion, so the position is $12.2 billion, not $13 billion.
    // When it allows none ("about 10,000" and "about 12,000" meet at 10,800-11,000), the nearest
    // value it allows.
    if (low != null && high != null && low.compareTo(high) > 0) {
      BigDecimal swap = low; // "$3,499" and "$3,500", rounded alike: the position spans both
      low = high;
      high = swap;
    }
    BigDecimal lo = low;
    BigDecimal hi = high;
    BigDecimal value = clamp(votes.entrySet().stream()
        .max(Comparator.<Map.Entry<BigDecimal, Integer>, Boolean>comparing(
                e -> within(e.getKey(), lo, hi))
            .thenComparing(Map.Entry.comparingByValue())
            .thenComparing(Map.Entry.comparingByKey()))
        .orElseThrow().getKey(), lo, hi);
    return new Position(axis.shown(value), axis.shown(low), axis.shown(high), axis.unit(), group,
        articles.size(), origins.count(ids));
  }

  /** True when {@code v} lies in [low, high]; null bounds are open. */
  private static boolean within(BigDecimal v, BigDecimal low, BigDecimal high) {
    return (low == null || low.compareTo(v) <= 0) && (high == null || v.compareTo(high) <= 0);
  }

  private static BigDecimal clamp(BigDecimal v, BigDecimal low, BigDecimal high) {
    BigDecimal atLeastLow = low == null ? v : v.max(low);
    return high == null ? atLeastLow : atLeastLow.min(high);
  }

  /** Orders upper bounds with open (null) last. */
  private static int compareOpen(BigDecimal a, BigDecimal b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    return a.compareTo(b);
  }

  /**
   * The scale claims are compared on: their common unit, the unit most of mixed units are stated
   * in (the larger on a tie: "48-hour", "two days" and "three-day" are shown in days), or days
   * when calendar years meet calendar dates.
   */
  private record Axis(Unit unit, BigDecimal toBase, boolean yearsAsDays) {
    /**
     * Digits kept of a value converted to the base unit: 48 hours and 2 days must meet, though
     * a day and an hour are each a rounded fraction of a year.
     */
    private static final MathContext CONVERTED = new MathContext(12);

    /** How far a value converted from another system of measure may be off: rounding, 1%. */
    private static final BigDecimal CONVERSION = new BigDecimal("0.01");

    static Axis of(List<Claim> claims) {
      Unit first = claims.get(0).quantity().unit();
      boolean same = claims.stream().allMatch(c -> c.quantity().unit().equals(first));
      if (same) {
        return new Axis(first, first.toBase(), false);
      }
      boolean dates = claims.stream()
          .anyMatch(c -> c.quantity().unit().dimension() == Dimension.CALENDAR_DATE);
      if (dates) {
        return new Axis(Unit.EPOCH_DAY, BigDecimal.ONE, true);
      }
      Map<Unit, Long> stated = claims.stream().collect(Collectors.groupingBy(
          c -> c.quantity().unit(), LinkedHashMap::new, Collectors.counting()));
      Unit most = stated.entrySet().stream()
          .max(Map.Entry.<Unit, Long>comparingByValue()
              .thenComparing(e -> e.getKey().toBase()))
          .orElseThrow().getKey();
      return new Axis(most, most.toBase(), false);
    }

    BigDecimal low(Claim c) {
      BigDecimal v = c.quantity().low();
      return v == null ? null : converted(c)
          ? onAxis(c, v, false).multiply(BigDecimal.ONE.subtract(CONVERSION), CONVERTED)
          : onAxis(c, v, false);
    }

    BigDecimal high(Claim c) {
      BigDecimal v = c.quantity().high();
      return v == null ? null : converted(c)
          ? onAxis(c, v, true).multiply(BigDecimal.ONE.add(CONVERSION), CONVERTED)
          : onAxis(c, v, true);
    }

    /**
     * True when {@code c} is stated in another system of measure than this axis ("100 mph" on a
     * km/h axis, "30,000 acres" on hectares): a writer who converts rounds, so the value is held
     * to {@link #CONVERSION} either way. Units a whole number apart (days and hours, mm and m)
     * convert exactly.
     */
    private boolean converted(Claim c) {
      BigDecimal factor = c.quantity().unit().toBase();
      if (yearsAsDays || factor.compareTo(toBase) == 0) {
        return false;
      }
      return !wholeRatio(factor, toBase) && !wholeRatio(toBase, factor);
    }

    private static boolean wholeRatio(BigDecimal a, BigDecimal b) {
      BigDecimal ratio = a.divide(b, CONVERTED);
      return ratio.compareTo(BigDecimal.ONE) >= 0
          && ratio.subtract(ratio.setScale(0, RoundingMode.HALF_EVEN)).abs()
              .compareTo(new BigDecimal("1e-6")) < 0;
    }

    BigDecimal value(Claim c) {
      return onAxis(c, c.quantity().value(), false);
    }

    /**
     * True when the claim's interval holds {@code point} other than at its lower edge: rounding
     * makes "$5 billion" 4.5–5.5 and "$6 billion" 5.5–6.5, which touch but do not agree. A
     * single-point interval holds just its point, and a value another claim states ({@code
     * stated}) that it is rounded alike with; never the bound of a hedge ("about 26%" reaches
     * 28.6%, which "29%" is no rounding of).
     */
    boolean contains(Claim c, BigDecimal point, boolean stated) {
      BigDecimal l = low(c);
      BigDecimal h = high(c);
      if (l != null && h != null && l.compareTo(h) == 0) {
        return point != null
            && (point.compareTo(l) == 0 || (stated && roundedAlike(c, l, point)));
      }
      // An open interval ("at least 312") holds its lower edge; a rounding interval does not.
      boolean aboveLow = l == null || point == null || l.compareTo(point) < 0
          || (h == null && l.compareTo(point) == 0);
      boolean belowHigh = h == null || (point != null && point.compareTo(h) <= 0);
      return aboveLow && belowHigh;
    }

    /** True when the claim states one value: its interval is a single point. */
    boolean exact(Claim c) {
      BigDecimal l = low(c);
      BigDecimal h = high(c);
      return l != null && h != null && l.compareTo(h) == 0;
    }

    /**
     * True when two exact amounts or counts lie within {@link #ROUNDED} of each other: "$3,499"
     * and "$3,500", "$999" and "$1,000" are one price, written to the dollar and rounded. Not
     * years or dates, where one apart is a year or a day.
     */
    private static boolean roundedAlike(Claim c, BigDecimal a, BigDecimal b) {
      if (c.kind() == ClaimKind.PERCENT) {
        return toFewerDecimals(a, b);
      }
      if (c.kind() != ClaimKind.MONEY && c.kind() != ClaimKind.COUNT) {
        return false;
      }
      BigDecimal larger = a.abs().max(b.abs());
      return a.subtract(b).abs().compareTo(larger.multiply(ROUNDED)) <= 0;
    }

    /**
     * True when one exact percentage is the other rounded to the decimals it is written with:
     * "31%" is "31.3%" rounded, "4.5%" is "4.46%"; "30%" is not "31.3%", and "31.3%" is not
     * "31.4%". A whole number keeps its units digit ("30" is not a multiple of ten rounded).
     */
    private static boolean toFewerDecimals(BigDecimal a, BigDecimal b) {
      int scaleA = Math.max(0, a.scale());
      int scaleB = Math.max(0, b.scale());
      if (scaleA == scaleB) {
        return false;
      }
      BigDecimal coarse = scaleA < scaleB ? a : b;
      BigDecimal fine = scaleA < scaleB ? b : a;
      return fine.setScale(Math.min(scaleA, scaleB), RoundingMode.HALF_UP).compareTo(coarse) == 0;
    }

    /** How far apart two exact figures may be and still be one figure rounded: a thousandth. */
    private static final BigDecimal ROUNDED = new BigDecimal("0.001");

    /** A value on this axis in {@link #unit}. */
    BigDecimal shown(BigDecimal v) {
      if (v == null || toBase.compareTo(BigDecimal.ONE) == 0) {
        return v;
      }
      return v.divide(toBase, CONVERTED).stripTrailingZeros();
    }

    private BigDecimal onAxis(Claim c, BigDecimal v, boolean end) {
      Unit u = c.quantity().unit();
      if (yearsAsDays && u.dimension() == Dimension.CALENDAR_YEAR) {
        int year = v.intValue();
        LocalDate day = end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
        return BigDecimal.valueOf(day.toEpochDay());
      }
      BigDecimal base = v.multiply(u.toBase());
      return (u.toBase().compareTo(BigDecimal.ONE) == 0 ? base : base.round(CONVERTED))
          .stripTrailingZeros();
    }
  }
}
