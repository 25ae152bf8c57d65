package dev.crosscheck.reconcile;

import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.Position;
import dev.crosscheck.model.Quantity;
import dev.crosscheck.model.Timeframe;
import dev.crosscheck.model.ValueFormat;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * One or two sentences a person can check in seconds: the competing values with their intervals,
 * who backs each, and how far apart they are. Stateless.
 */
final class Explanations {

  private Explanations() {}

  static String of(ClaimKind kind, List<Position> positions) {
    return of(kind, positions, article -> Stories.UNDATED);
  }

  /**
   * As {@link #of(ClaimKind, List)}, saying when each figure comes from reports of other days
   * than the others' ({@code dayOf} gives an article's epoch day, or {@link Stories#UNDATED}):
   * a toll of 89 on Saturday and of 114 on Friday next may both have been right when printed.
   */
  static String of(ClaimKind kind, List<Position> positions, ToLongFunction<ArticleId> dayOf) {
    String explanation = sides(kind, positions);
    return positions.size() < 2 ? explanation : explanation + days(positions, dayOf);
  }

  /**
   * " Each figure comes from reports of other days (2023-08-10 to 2023-08-18): a later one may
   * update an earlier one.", when the positions' articles are all dated and no two positions
   * share a day; else "".
   */
  private static String days(List<Position> positions, ToLongFunction<ArticleId> dayOf) {
    Set<Long> seen = new HashSet<>();
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (Position p : positions) {
      Set<Long> own = new HashSet<>();
      for (Claim c : p.claims()) {
        long day = dayOf.applyAsLong(c.articleId());
        if (day == Stories.UNDATED) {
          return "";
        }
        own.add(day);
        first = Math.min(first, day);
        last = Math.max(last, day);
      }
      for (Long day : own) {
        if (!seen.add(day)) {
          return ""; // reports of one day disagree: no update explains that
        }
      }
    }
    return " Each figure comes from reports of other days (" + LocalDate.ofEpochDay(first) + " to "
        + LocalDate.ofEpochDay(last) + "): a later one may update an earlier one.";
  }

  private static String sides(ClaimKind kind, List<Position> positions) {
    if (positions.size() < 2) {
      Position p = positions.get(0);
      return stated(kind, p) + ", " + backing(p) + ".";
    }
    List<String> sides = new ArrayList<>();
    for (Position p : positions) {
      String value = period(p).orElseGet(() -> value(kind, p.value(), p) + interval(kind, p));
      sides.add(value + " (" + backing(p) + timeframe(p) + ")");
    }
    return String.join(" versus ", sides) + ". " + gap(kind, positions) + ".";
  }

  private static String backing(Position p) {
    String ids = p.claims().stream().map(c -> shortId(c)).distinct().collect(Collectors.joining(", "));
    return p.articles() + (p.articles() == 1 ? " article, " : " articles, ") + p.origins()
        + " independent: " + ids;
  }

  private static String timeframe(Position p) {
    if (p.claims().stream().allMatch(c -> c.timeframe() == Timeframe.PREVIOUS)) {
      return "; stated as the previous value";
    }
    boolean allPossible = p.claims().stream().allMatch(c -> c.timeframe() == Timeframe.POSSIBLE);
    return allPossible ? "; stated as possible" : "";
  }

  private static String shortId(Claim c) {
    String id = c.articleId().value();
    int slash = id.lastIndexOf('/');
    return slash < 0 ? id : id.substring(slash + 1);
  }

  private static String interval(ClaimKind kind, Position p) {
    if (p.low() != null && p.high() != null && p.low().compareTo(p.high()) == 0) {
      return "";
    }
    String low = p.low() == null ? "…" : value(kind, p.low(), p);
    String high = p.high() == null ? "…" : value(kind, p.high(), p);
    return " [" + low + " to " + high + "]";
  }

  /** The relative gap between the two extreme positions, or years or days apart for times. */
  static BigDecimal relativeGap(ClaimKind kind, List<Position> positions) {
    BigDecimal lo = positions.get(0).value();
    BigDecimal hi = positions.get(positions.size() - 1).value();
    BigDecimal diff = hi.subtract(lo).abs();
    dev.crosscheck.model.Dimension dimension = positions.get(0).unit().dimension();
    if (dimension == dev.crosscheck.model.Dimension.CALENDAR_YEAR) {
      return diff.divide(BigDecimal.TEN, MathContext.DECIMAL64).min(BigDecimal.ONE);
    }
    if (dimension == dev.crosscheck.model.Dimension.CALENDAR_DATE) {
      return diff.divide(BigDecimal.valueOf(365), MathContext.DECIMAL64).min(BigDecimal.ONE);
    }
    BigDecimal scale = lo.abs().max(hi.abs());
    return scale.signum() == 0 ? BigDecimal.ZERO : diff.divide(scale, MathContext.DECIMAL64);
  }

  private static String gap(ClaimKind kind, List<Position> positions) {
    BigDecimal lo = positions.get(0).value();
    BigDecimal hi = positions.get(positions.size() - 1).value();
    BigDecimal diff = hi.subtract(lo).abs();
    dev.crosscheck.model.Dimension dimension = positions.get(0).unit().dimension();
    if (dimension == dev.crosscheck.model.Dimension.CALENDAR_YEAR) {
      return "They are " + diff.toPlainString() + " year" + (diff.compareTo(BigDecimal.ONE) == 0 ? "" : "s") + " apart";
    }
    if (dimension == dev.crosscheck.model.Dimension.CALENDAR_DATE) {
      return "They are " + diff.toPlainString() + " days apart";
    }
    BigDecimal smaller = lo.abs().min(hi.abs());
    if (lo.signum() * hi.signum() <= 0 || smaller.signum() == 0) {
      // "-4.3% versus 2%": no share of the smaller says how far apart they are
      return kind == ClaimKind.PERCENT
          ? "They are " + diff.stripTrailingZeros().toPlainString() + " percentage points apart"
          : "They are " + value(kind, diff, positions.get(0)) + " apart";
    }
    BigDecimal pct = diff.multiply(BigDecimal.valueOf(100)).divide(smaller, MathContext.DECIMAL64);
    pct = pct.setScale(pct.compareTo(BigDecimal.TEN) < 0 ? 1 : 0, RoundingMode.HALF_UP);
    return "The larger is " + pct.stripTrailingZeros().toPlainString() + "% above the smaller";
  }

  /**
   * A position as a person reads it ({@link ValueFormat#displayAsStated}): its value; the year or
   * month a position of dates spans ("2018" rather than "2018-01-01" when "in 2018" meets "in July
   * 2019"); or its interval when the value is one end of it ("≥ $13 billion").
   */
  static String stated(ClaimKind kind, Position p) {
    return ValueFormat.displayAsStated(p.quantity(), kind);
  }

  /** "2018" or "July 2019" when a position of dates allows exactly that year or month. */
  private static Optional<String> period(Position p) {
    return ValueFormat.period(p.quantity());
  }

  /**
   * A value as a person reads it, as the report writes it ({@link ValueFormat}): "$13.75 billion",
   * "€400 million", "20%", "2032", "7 years", "3,000 job".
   */
  static String value(ClaimKind kind, BigDecimal v, Position p) {
    return ValueFormat.display(Quantity.exact(v, p.unit()), kind);
  }

}
