package dev.crosscheck.extract;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses numerals written in digits ("13,750,000,000", "13.75") or words ("three", "twenty-one",
 * "two hundred fifty thousand", "a", "half a") and the scale words and suffixes that follow them.
 * Stateless.
 */
final class Numbers {
  /**
   * Not a day after a month's name: "March 3 200" is a day and a number, not 3,200, while "March
   * 300 000" is one number. Its spaces are plain: text normalization made every Unicode space one.
   */
  private static final String NOT_A_DAY = "(?!(?<=(?:" + DateFinder.MONTH_NAMES + "|"
      + DateFinder.MONTH_ABBREVIATIONS + ")\\.?\\s)(?:0?[1-9]|[12]\\d|3[01])\\s)";

  /**
   * Zero-width guards for the first character of a number pattern. Java's regex engine tries a
   * pattern at every position of a sentence, and a pattern that opens with a look-behind and
   * several alternatives spends most of its time failing at positions no number starts at; a
   * one-character test first makes those failures cheap. {@code AT_DIGIT} goes before {@link
   * #DIGITS}; {@code AT_AMOUNT} before an amount in digits or {@link #WORDS}, "a", "an", "half",
   * "dozens", "hundreds", "thousands" or "millions".
   */
  static final String AT_DIGIT = "(?=\\d)";
  static final String AT_AMOUNT = "(?=[\\dzotfsenahdmZOTFSENAHDM])";

  /**
   * Digits with optional thousands separators (commas, or spaces as in "10 000 workers") and
   * decimals, never beginning with a zero that another digit follows (the "000" of "January 10
   * 000"), or a whole number and a fraction in halves, quarters or eighths ("5-1/4", as the
   * Fed writes its rates, "6 1/2 years" and "5½" after {@code text} normalization); bounded so it
   * cannot backtrack far.
   */
  static final String DIGITS = "(?:\\d{1,3}[-\\s][1-7]/[248](?![\\d/])"
      + "|\\d{1,3}(?:,\\d{3}){1,6}(?:\\.\\d{1,6})?"
      + "|(?<!\\d)" + NOT_A_DAY + "\\d{1,3}(?: \\d{3}){1,4}(?!\\d|[.,]\\d)"
      + "|(?!0\\d)\\d{1,15}(?:\\.\\d{1,6})?)";

  private static final Pattern GROUP_SEPARATORS = Pattern.compile("[,\\s]");
  private static final Pattern MIXED_FRACTION = Pattern.compile("(\\d{1,3})[-\\s]([1-7])/([248])");

  private static final String UNIT_WORDS =
      "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
          + "|fifteen|sixteen|seventeen|eighteen|nineteen";
  private static final String TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
  private static final String SMALL =
      "(?:(?:" + TENS_WORDS + ")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|" + UNIT_WORDS + ")";

  /** A number in words up to the trillions: "three", "twenty-one", "two hundred and fifty". */
  static final String WORDS =
      "(?:"
          + SMALL
          + "(?:[\\s-](?:and\\s)?(?:hundred|thousand|million|billion|trillion|"
          + SMALL
          + ")){0,6})";

  /** A calendar year of the last two centuries, as a group that captures nothing. */
  static final String YEAR = "(?:19|20)\\d\\d";

  /** Text that is a year and nothing else: "2030", not "2,030". */
  static final Pattern YEAR_ONLY = Pattern.compile(YEAR);

  /** Scale words, capitalised too as headlines in title case write them ("$155 Million"). */
  static final String SCALE_WORD = "(?:[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion)";

  private static final Map<String, BigDecimal> WORD_VALUES = wordValues();
  private static final Pattern WORD_SPLIT = Pattern.compile("[\\s-]+");

  private Numbers() {}

  /** The value of digits such as "13,750,000,000" or "13.75". */
  static BigDecimal digits(String text) {
    java.util.regex.Matcher mixed = MIXED_FRACTION.matcher(text);
    if (mixed.matches()) {
      return new BigDecimal(mixed.group(1)).add(new BigDecimal(mixed.group(2))
          .divide(new BigDecimal(mixed.group(3)), java.math.MathContext.DECIMAL64));
    }
    return new BigDecimal(GROUP_SEPARATORS.matcher(text).replaceAll(""));
  }

  /** True when {@code text} is a numeral in words. */
  static boolean isWords(String text) {
    return !text.isEmpty() && Character.isLetter(text.charAt(0));
  }

  /** The value of a numeral in digits or words; "a"/"an" are one, "half a" one half. */
  static BigDecimal parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.equals("a") || t.equals("an")) {
      return BigDecimal.ONE;
    }
    if (t.equals("half a") || t.equals("half an")) {
      return new BigDecimal("0.5");
    }
    if (!isWords(t)) {
      return digits(t);
    }
    return words(t);
  }

  private static BigDecimal words(String t) {
    long total = 0;
    long current = 0;
    for (String w : WORD_SPLIT.split(t)) {
      if (w.equals("and")) {
        continue;
      }
      BigDecimal v = WORD_VALUES.get(w);
      if (v == null) {
        throw new IllegalArgumentException("not a number word: '" + w + "' in '" + t + "'");
      }
      long n = v.longValueExact();
      if (n == 100) {
        current = Math.max(current, 1) * 100;
      } else if (n >= 1000) {
        total += Math.max(current, 1) * n;
        current = 0;
      } else {
        current += n;
      }
    }
    return BigDecimal.valueOf(total + current);
  }

  /** The multiplier of a scale word or suffix ("billion", "bn", "B", "M", "k"); 1 for none. */
  static BigDecimal scale(String scale) {
    if (scale == null || scale.isEmpty()) {
      return BigDecimal.ONE;
    }
    switch (scale.toLowerCase(Locale.ROOT)) {
      case "k":
      case "thousand":
        return BigDecimal.valueOf(1_000L);
      case "m":
      case "mn":
      case "mm":
      case "million":
        return BigDecimal.valueOf(1_000_000L);
      case "b":
      case "bn":
      case "billion":
        return BigDecimal.valueOf(1_000_000_000L);
      case "t":
      case "tn":
      case "trillion":
        return BigDecimal.valueOf(1_000_000_000_000L);
      case "crore":
        return BigDecimal.valueOf(10_000_000L);
      case "lakh":
        return BigDecimal.valueOf(100_000L);
      default:
        throw new IllegalArgumentException("unknown scale '" + scale + "'");
    }
  }

  /**
   * Half a unit of the last digit written: "13.8" gives 0.05, "14" gives 0.5. Numbers in words are
   * exact (0). The caller multiplies by the scale.
   */
  static BigDecimal halfLastDigit(String text) {
    String t = text.strip();
    if (isWords(t) || MIXED_FRACTION.matcher(t).matches()) {
      return BigDecimal.ZERO;
    }
    int dot = t.indexOf('.');
    int decimals = dot < 0 ? 0 : t.length() - dot - 1;
    return new BigDecimal("0.5").movePointLeft(decimals);
  }

  private static Map<String, BigDecimal> wordValues() {
    String[] units = UNIT_WORDS.split("\\|");
    String[] tens = TENS_WORDS.split("\\|");
    java.util.HashMap<String, BigDecimal> m = new java.util.HashMap<>();
    for (int i = 0; i < units.length; i++) {
      m.put(units[i], BigDecimal.valueOf(i));
    }
    for (int i = 0; i < tens.length; i++) {
      m.put(tens[i], BigDecimal.valueOf(20L + 10L * i));
    }
    m.put("hundred", BigDecimal.valueOf(100));
    m.put("thousand", BigDecimal.valueOf(1_000L));
    m.put("million", BigDecimal.valueOf(1_000_000L));
    m.put("billion", BigDecimal.valueOf(1_000_000_000L));
    m.put("trillion", BigDecimal.valueOf(1_000_000_000_000L));
    return Map.copyOf(m);
  }
}
