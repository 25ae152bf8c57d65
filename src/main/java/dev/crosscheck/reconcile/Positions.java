package dev.crosscheck.reconcile;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Position;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a topic's claims into positions: groups whose intervals share a point. Greedy stabbing
 * by upper bound gives the fewest groups, so two positions mean the sources cannot all be right.
 * Values are compared in base units ("18 months" is 1.5 years). Stateless.
 */
final class Positions {
  private Positions() {}

  static List<Position> of(List<Claim> claims, Origins origins) {
    List<Claim> byHigh = new ArrayList<>(claims);
    byHigh.sort(Comparator.comparing(Positions::high, Positions::compareOpen)
        .thenComparing(c -> c.articleId().value()).thenComparingInt(c -> c.span().start()));
    List<Position> positions = new ArrayList<>();
    List<Claim> left = new ArrayList<>(byHigh);
    while (!left.isEmpty()) {
      BigDecimal stab = high(left.get(0));
      List<Claim> group = new ArrayList<>();
      for (Claim c : left) {
        if (contains(c, stab)) {
          group.add(c);
        }
      }
      left.removeAll(group);
      positions.add(position(group, origins));
    }
    return positions;
  }

  private static Position position(List<Claim> group, Origins origins) {
    BigDecimal low = null;
    BigDecimal high = null;
    Map<BigDecimal, Integer> votes = new HashMap<>();
    Set<String> articles = new LinkedHashSet<>();
    Set<String> independent = new LinkedHashSet<>();
    for (Claim c : group) {
      BigDecimal l = low(c);
      BigDecimal h = high(c);
      low = low == null || (l != null && l.compareTo(low) > 0) ? l : low;
      high = high == null || (h != null && h.compareTo(high) < 0) ? h : high;
      votes.merge(base(c, c.quantity().value()), 1, Integer::sum);
      articles.add(c.articleId().value());
      independent.add(origins.originOf(c.articleId()));
    }
    BigDecimal value = votes.entrySet().stream()
        .max(Map.Entry.<BigDecimal, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .orElseThrow().getKey();
    // Shown in the claims' own unit when they share one ("18 months"), else in the base unit.
    BigDecimal toBase = commonToBase(group);
    return new Position(fromBase(value, toBase), fromBase(low, toBase), fromBase(high, toBase),
        group, articles.size(), independent.size());
  }

  private static BigDecimal commonToBase(List<Claim> group) {
    dev.crosscheck.model.Unit first = group.get(0).quantity().unit();
    boolean same = group.stream().allMatch(c -> c.quantity().unit().equals(first));
    return same ? first.toBase() : BigDecimal.ONE;
  }

  private static BigDecimal fromBase(BigDecimal v, BigDecimal toBase) {
    if (v == null || toBase.compareTo(BigDecimal.ONE) == 0) {
      return v;
    }
    return v.divide(toBase, java.math.MathContext.DECIMAL64).stripTrailingZeros();
  }

  /** True when {@code point} lies in the claim's interval; open bounds reach to infinity. */
  private static boolean contains(Claim c, BigDecimal point) {
    BigDecimal l = low(c);
    BigDecimal h = high(c);
    boolean aboveLow = l == null || point == null || l.compareTo(point) <= 0;
    boolean belowHigh = h == null || (point != null && point.compareTo(h) <= 0);
    return aboveLow && belowHigh;
  }

  static BigDecimal low(Claim c) {
    return c.quantity().low() == null ? null : base(c, c.quantity().low());
  }

  static BigDecimal high(Claim c) {
    return c.quantity().high() == null ? null : base(c, c.quantity().high());
  }

  private static BigDecimal base(Claim c, BigDecimal v) {
    return v.multiply(c.quantity().unit().toBase()).stripTrailingZeros();
  }

  /** Orders upper bounds with open (null) last. */
  private static int compareOpen(BigDecimal a, BigDecimal b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    return a.compareTo(b);
  }
}
