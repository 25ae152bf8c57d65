package dev.crosscheck.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The numbers of generated stories and the ways outlets write them: exactly in one of several
 * styles ("$4.25 billion", "$4.25B", "4,250 million dollars"), hedged and rounded ("more than $4
 * billion"), or wrong (a different figure, so that outlets disagree). Stateless.
 */
final class Values {
  /** What a value measures; money is in dollars, percent in percent. */
  enum Kind {
    MONEY,
    PERCENT,
    COUNT,
    YEAR
  }

  /** One figure of a story. Immutable. */
  record Value(Kind kind, BigDecimal amount) {}

  private static final BigDecimal BILLION = BigDecimal.TEN.pow(9);
  private static final BigDecimal MILLION = BigDecimal.TEN.pow(6);
  private static final List<String> UNDER = List.of("nearly", "almost", "close to");
  private static final List<String> AROUND = List.of("about", "roughly", "around", "some");
  private static final List<String> OVER = List.of("more than", "over");
  private static final double[] FACTORS = {0.75, 0.8, 0.9, 1.15, 1.2, 1.3, 1.5};

  private Values() {}

  /** A money amount of {@code low}..{@code high} units of {@code unit} dollars, 3 significant digits. */
  static Value money(Random r, int low, int high, BigDecimal unit) {
    BigDecimal units = BigDecimal.valueOf(low * 10L + r.nextInt((high - low) * 10 + 1), 1);
    return new Value(Kind.MONEY, units.multiply(unit).round(new MathContext(3)));
  }

  static Value billions(Random r, int low, int high) {
    return money(r, low, high, BILLION);
  }

  static Value millions(Random r, int low, int high) {
    return money(r, low, high, MILLION);
  }

  static Value percent(Random r, int low, int high, boolean decimals) {
    int tenths = low * 10 + r.nextInt((high - low) * 10 + 1);
    BigDecimal p = BigDecimal.valueOf(decimals ? tenths : tenths / 10 * 10L, 1);
    return new Value(Kind.PERCENT, p.stripTrailingZeros());
  }

  static Value count(Random r, int low, int high) {
    long n = low + (long) r.nextInt(high - low + 1);
    return new Value(Kind.COUNT, BigDecimal.valueOf(n).round(new MathContext(n > 1000 ? 3 : 2)));
  }

  static Value year(int year) {
    return new Value(Kind.YEAR, BigDecimal.valueOf(year));
  }

  /** The value exactly, in a style picked by {@code r}. */
  static String exact(Value v, Random r) {
    return switch (v.kind()) {
      case MONEY -> money(v.amount(), r);
      case PERCENT -> percent(v.amount(), r);
      case COUNT -> count(v.amount(), r);
      case YEAR -> v.amount().toPlainString();
    };
  }

  /** The value rounded to two significant digits with a hedge that keeps it true. */
  static String hedged(Value v, Random r) {
    if (v.kind() == Kind.YEAR) {
      return exact(v, r);
    }
    BigDecimal down = v.amount().round(new MathContext(2, RoundingMode.DOWN));
    BigDecimal up = v.amount().round(new MathContext(2, RoundingMode.UP));
    if (down.compareTo(v.amount()) == 0) {
      return Words.pick(AROUND, r) + " " + exact(v, r);
    }
    int style = r.nextInt(3);
    Value shown = new Value(v.kind(), style == 0 ? up : down);
    List<String> hedges = style == 0 ? UNDER : style == 1 ? OVER : AROUND;
    return Words.pick(hedges, r) + " " + exact(shown, r);
  }

  /** A figure that contradicts {@code v}: another year, or a clearly different amount. */
  static Value wrong(Value v, Random r) {
    BigDecimal a = v.amount();
    BigDecimal changed =
        switch (v.kind()) {
          case YEAR -> a.add(BigDecimal.valueOf(r.nextBoolean() ? 1 : -1));
          case PERCENT -> a.add(BigDecimal.valueOf(2 + r.nextInt(6)));
          default ->
              a.multiply(BigDecimal.valueOf(FACTORS[r.nextInt(FACTORS.length)]))
                  .round(new MathContext(3));
        };
    return new Value(v.kind(), changed);
  }

  private static String money(BigDecimal dollars, Random r) {
    if (dollars.compareTo(BILLION) >= 0) {
      String b = plain(dollars.divide(BILLION));
      return switch (r.nextInt(6)) {
        case 0 -> "$" + b + "B";
        case 1 -> b + " billion dollars";
        case 2 -> "US$" + b + " billion";
        case 3 -> String.format(Locale.ROOT, "$%,d million", dollars.divide(MILLION).longValue());
        default -> "$" + b + " billion";
      };
    }
    if (dollars.compareTo(MILLION) >= 0) {
      String m = plain(dollars.divide(MILLION));
      return switch (r.nextInt(5)) {
        case 0 -> "$" + m + "M";
        case 1 -> m + " million dollars";
        default -> "$" + m + " million";
      };
    }
    return String.format(Locale.ROOT, "$%,d", dollars.longValue());
  }

  private static String percent(BigDecimal p, Random r) {
    String s = plain(p);
    return switch (r.nextInt(5)) {
      case 0, 1 -> s + "%";
      case 2 -> s + " per cent";
      default -> s + " percent";
    };
  }

  private static String count(BigDecimal n, Random r) {
    if (n.compareTo(MILLION) >= 0) {
      return plain(n.divide(MILLION)) + " million";
    }
    return String.format(Locale.ROOT, "%,d", n.longValue());
  }

  private static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }
}
