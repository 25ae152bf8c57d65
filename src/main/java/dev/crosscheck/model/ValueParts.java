package dev.crosscheck.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;

/**
 * One value split for display into a prefix ({@code $}), the number ({@code 13.75}) and a suffix
 * ({@code " billion"}), so that ranges can share prefix and suffix ({@code $13.5–14.5 billion}).
 * {@code compactable} is false when the parts must not be merged (dates, negative numbers).
 * Immutable.
 */
record ValueParts(String prefix, String number, String suffix, boolean compactable) {
  /** Most decimals shown after scaling; values come from prose, so this rarely cuts anything. */
  private static final int MAX_DECIMALS = 4;

  private static final BigDecimal MILLION = new BigDecimal("1e6");
  private static final BigDecimal BILLION = new BigDecimal("1e9");
  private static final BigDecimal TRILLION = new BigDecimal("1e12");

  private static final Map<String, String> SYMBOLS =
      Map.of("USD", "$", "EUR", "\u20ac", "GBP", "\u00a3", "JPY", "\u00a5", "INR", "\u20b9");

  String full() {
    return prefix + number + suffix;
  }

  /**
   * The parts of {@code value} in {@code unit}; {@code plural} forces plural unit words, as the
   * high end of a range needs them ("1–2 years").
   */
  static ValueParts of(BigDecimal value, Unit unit, ClaimKind kind, boolean plural) {
    Dimension dimension = unit.dimension();
    if (dimension == Dimension.CALENDAR_DATE) {
      return date(value);
    }
    if (dimension == Dimension.CALENDAR_YEAR || kind == ClaimKind.YEAR) {
      return new ValueParts("", sign(value) + decimals(value.abs()), "", value.signum() >= 0);
    }
    switch (dimension) {
      case CURRENCY:
        return money(value, unit);
      case PERCENT:
        return simple(value, "", "%");
      case PERCENTAGE_POINT:
        return simple(value, "", plural(" percentage point", value, plural));
      case DURATION:
        return simple(value, "", " " + plural(unit.code(), value, plural));
      default:
        return count(value, unit);
    }
  }

  private static ValueParts date(BigDecimal epochDay) {
    String iso = ValueFormat.isoDate(epochDay).orElse(epochDay.toPlainString());
    return new ValueParts("", iso, "", false);
  }

  private static ValueParts money(BigDecimal value, Unit unit) {
    String symbol = SYMBOLS.getOrDefault(unit.code(), unit.code() + " ");
    Scaled scaled = Scaled.of(value.abs());
    return new ValueParts(
        sign(value) + symbol, scaled.number(), scaled.word(), value.signum() >= 0);
  }

  private static ValueParts count(BigDecimal value, Unit unit) {
    if (ValueFormat.namesScale(unit)) {
      return simple(value, unit.code() + " ", ""); // "magnitude 6.8"
    }
    Scaled scaled = Scaled.of(value.abs());
    return new ValueParts(sign(value), scaled.number(),
        scaled.word() + " " + countedNoun(unit.code(), value), value.signum() >= 0);
  }

  /**
   * The counted noun as a count reads: "3,000 jobs", "40 families", "12 children"; a measure
   * ("GW", "km", "bbl"), a noun that is already plural or has no plural ("people", "staff") and a
   * count of one stay as they are.
   */
  static String countedNoun(String noun, BigDecimal value) {
    boolean word = noun.length() > 2 && noun.chars().allMatch(Character::isLowerCase)
        && noun.chars().anyMatch(c -> "aeiouy".indexOf(c) >= 0); // "bbl", "mph" are measures
    if (!word || value.abs().compareTo(BigDecimal.ONE) == 0 || INVARIANT.contains(noun)) {
      return noun;
    }
    String irregular = IRREGULAR.get(noun);
    if (irregular != null) {
      return irregular;
    }
    if (noun.endsWith("s")) {
      return noun;
    }
    if (noun.endsWith("y") && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
      return noun.substring(0, noun.length() - 1) + "ies";
    }
    boolean sibilant = noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh");
    return noun + (sibilant ? "es" : "s");
  }

  private static final Set<String> INVARIANT = Set.of("people", "staff", "magnitude", "police",
      "livestock", "cattle", "sheep", "deer", "fish", "aircraft", "equipment");
  private static final Map<String, String> IRREGULAR = Map.of("child", "children", "man", "men",
      "woman", "women", "person", "people", "foot", "feet", "tooth", "teeth", "mouse", "mice");

  private static ValueParts simple(BigDecimal value, String prefix, String suffix) {
    return new ValueParts(sign(value) + prefix, grouped(value.abs()), suffix, value.signum() >= 0);
  }

  private static String plural(String word, BigDecimal value, boolean force) {
    boolean one = !force && value.abs().compareTo(BigDecimal.ONE) == 0;
    boolean alphabetic = word.chars().allMatch(c -> Character.isLetter(c) || c == ' ');
    if (one || !alphabetic || word.endsWith("s")) {
      return word;
    }
    return word + "s";
  }

  private static String sign(BigDecimal value) {
    return value.signum() < 0 ? "-" : "";
  }

  /** {@code value} (not negative) rounded to at most four decimals, without exponent. */
  static String decimals(BigDecimal value) {
    BigDecimal rounded = value.setScale(MAX_DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return rounded.signum() == 0 ? "0" : rounded.toPlainString();
  }

  /** Like {@link #decimals} with a comma between groups of three digits: {@code 13,750}. */
  static String grouped(BigDecimal value) {
    String plain = decimals(value);
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder out = new StringBuilder(plain.length() + whole.length() / 3);
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        out.append(',');
      }
      out.append(whole.charAt(i));
    }
    return dot < 0 ? out.toString() : out.append(plain, dot, plain.length()).toString();
  }

  /** A non-negative value expressed with a scale word from a million up. */
  private record Scaled(String number, String word) {
    static Scaled of(BigDecimal abs) {
      if (abs.compareTo(TRILLION) >= 0) {
        return new Scaled(grouped(abs.divide(TRILLION)), " trillion");
      }
      if (abs.compareTo(BILLION) >= 0) {
        return new Scaled(decimals(abs.divide(BILLION)), " billion");
      }
      if (abs.compareTo(MILLION) >= 0) {
        return new Scaled(decimals(abs.divide(MILLION)), " million");
      }
      return new Scaled(grouped(abs), "");
    }
  }
}
