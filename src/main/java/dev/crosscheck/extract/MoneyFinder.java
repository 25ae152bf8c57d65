package dev.crosscheck.extract;

import dev.crosscheck.internal.Texts;
import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money: "$13.75B", "US$5 billion", "€200m", "USD 200", "$5-10 billion", "$1.2 billion-plus",
 * "a $1.57-billion offering",
 * "three billion dollars", "5 million pounds sterling", "2.4 billion Swiss francs", "a
 * 300-billion-dollar deal", "₹500 crore",
 * "6.6 trillion won", "85 cents".
 */
final class MoneyFinder implements MentionFinder {
  private static final String SCALE =
      "(?:[\\s-]?(?<scale>" + Numbers.SCALE_WORD + "|mn|bn|tn|crore|lakh)"
          + "|(?<suffix>MM|[KkMmBbT]))(?![A-Za-z])";

  /**
   * "$157 U.S. a share", "$28 billion U.S.": a dollar amount marked as American after it, as
   * outlets outside the United States write. Only before the end, a comma or "a"/"per", so that
   * "$500 million U.S. investment" keeps its country.
   */
  private static final String TRAILING_CODE =
      "(?:\\s(?<code>U\\.S\\.|USD)(?=\\s(?:a|an|per|each)\\b|[,;)]|\\s?$|\\s[-–—]))?";

  /** "$13.75B", "US$ 5 billion", "€5-10bn", "USD 200 million", "Rs 75,000 crore". */
  private static final Pattern SYMBOL_FORM =
      Pattern.compile(
          "(?<cur>US\\$|A\\$|C\\$|HK\\$|\\$|€|£|¥|₹|\\b(?:USD|EUR|GBP|JPY|INR)\\s?"
              + "|\\bRs\\.?\\s?)\\s?"
              + "(?<amount>"
              + Numbers.DIGITS
              + ")(?:\\s?-\\s?(?:\\$|€|£)?(?<amount2>"
              + Numbers.DIGITS
              + "))?"
              + "(?:"
              + SCALE
              + ")?"
              + TRAILING_CODE);

  /** "three billion dollars", "200 euros", "5 million pounds sterling", "half a billion dollars". */
  private static final Pattern WORD_FORM =
      Pattern.compile(
          "(?<![\\w$€£])(?<amount>"
              + Numbers.DIGITS
              + "|"
              + Numbers.WORDS
              + "|an?|half\\san?)"
              + "(?:\\s(?<scale>"
              + Numbers.SCALE_WORD
              + "|bn|mn|crore|lakh))?(?:\\s(?<more>or\\smore))?\\s"
              + "(?:(?<country>Swiss|Australian|Canadian|Hong\\sKong|New\\sZealand|Singapore|US"
              + "|Chinese|Swedish|Polish|South\\sAfrican|Brazilian|Turkish)\\s)?"
              + "(?<currency>dollars|euros|pounds\\ssterling|pounds|yen|rupees|won|francs|yuan"
              + "|kronor|zlotys|zloty|rand|reais|lira)\\b",
          Pattern.CASE_INSENSITIVE);

  /** What {@link #SYMBOL_FORM} needs besides a digit: a currency sign or code. */
  private static final String[] CURRENCY_CUES =
      {"$", "€", "£", "¥", "₹", "USD", "EUR", "GBP", "JPY", "INR", "Rs"};

  /** What {@link #WORD_FORM} needs, in any case. */
  private static final String[] CURRENCY_WORDS =
      {"dollars", "euros", "pounds", "yen", "rupees", "won", "francs", "yuan", "kronor", "zloty",
          "rand", "reais", "lira"};

  /** "5 billion Australian dollars", "HK$" written out. */
  private static final java.util.Map<String, Unit> DOLLARS_OF = java.util.Map.of(
      "Australian", Unit.currency("AUD"), "Canadian", Unit.currency("CAD"),
      "Hong Kong", Unit.currency("HKD"), "New Zealand", Unit.currency("NZD"),
      "Singapore", Unit.currency("SGD"));

  private static final java.util.Map<String, String> OTHER_CURRENCIES = java.util.Map.of(
      "francs", "CHF", "yuan", "CNY", "kronor", "SEK", "zlotys", "PLN", "zloty", "PLN",
      "rand", "ZAR", "reais", "BRL", "lira", "TRY");

  /** "a 300-billion-dollar deal". */
  private static final Pattern ADJECTIVE_FORM =
      Pattern.compile(
          "(?<amount>"
              + Numbers.DIGITS
              + ")-(?<scale>"
              + Numbers.SCALE_WORD
              + ")-(?<currency>dollar|euro|pound)\\b");

  /**
   * "85 cents a share", "50 euro cents", "20 pence", "a 10-cent tax": a hundredth of the currency,
   * so that "85 cents" meets "$0.85". Cents without a currency before them are dollars, as "$" is.
   */
  private static final Pattern HUNDREDTHS_FORM =
      Pattern.compile(
          "(?<![\\w$€£.,-])(?<amount>" + Numbers.DIGITS + "|" + Numbers.WORDS + ")"
              + "(?:\\s(?<euro>euro\\s)?(?<word>cents|pence)|-cent)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public List<Mention> find(Sentence sentence, ExtractionContext context) {
    String text = sentence.text();
    List<Mention> found = new ArrayList<>();
    boolean digits = Texts.hasDigit(text);
    if (digits && Texts.containsAny(text, CURRENCY_CUES)) {
      symbolForms(text, found);
    }
    if (Texts.containsAnyIgnoreCase(text, CURRENCY_WORDS)) {
      wordForms(text, found);
    }
    if (Texts.containsAnyIgnoreCase(text, "cent", "pence")) {
      hundredths(text, found);
    }
    boolean adjective = digits && Texts.containsAny(text, "-dollar", "-euro", "-pound");
    Matcher m = ADJECTIVE_FORM.matcher(text);
    while (adjective && m.find()) {
      Unit unit = currencyWord(m.group("currency"));
      found.add(amount(m, m.group("amount"), null, m.group("scale"), unit));
    }
    return found;
  }

  private static void symbolForms(String text, List<Mention> found) {
    Matcher m = SYMBOL_FORM.matcher(text);
    while (m.find()) {
      String scale = m.group("scale") != null ? m.group("scale") : m.group("suffix");
      Unit unit = m.group("code") != null && m.group("cur").equals("$")
          ? Unit.USD
          : currencySymbol(m.group("cur").strip());
      found.add(amount(m, m.group("amount"), m.group("amount2"), scale, unit));
    }
  }

  private static void wordForms(String text, List<Mention> found) {
    Matcher m = WORD_FORM.matcher(text);
    while (m.find()) {
      String currency = m.group("currency").toLowerCase(Locale.ROOT);
      if ((currency.equals("pounds") || currency.equals("won")) && m.group("scale") == null) {
        continue; // "200 pounds" is more often a weight, "3 won" no money at all
      }
      Unit unit = m.group("country") != null && currency.equals("dollars")
          ? DOLLARS_OF.getOrDefault(m.group("country"), Unit.USD)
          : currencyWord(currency);
      Mention mention = amount(m, m.group("amount"), null, m.group("scale"), unit);
      if (m.group("more") != null) {
        mention = new Mention(
            mention.kind(), mention.start(), mention.end(), mention.value(), mention.value(), null,
            mention.precision(), mention.unit(), false);
      }
      found.add(mention);
    }
  }

  private static void hundredths(String text, List<Mention> found) {
    Matcher m = HUNDREDTHS_FORM.matcher(text);
    while (m.find()) {
      Unit unit = m.group("euro") != null ? Unit.EUR
          : "pence".equalsIgnoreCase(m.group("word")) ? Unit.GBP : Unit.USD;
      BigDecimal value = Numbers.parse(m.group("amount")).divide(HUNDRED);
      found.add(Mention.of(ClaimKind.MONEY, m.start(), m.end(), value, BigDecimal.ZERO, unit));
    }
  }

  private static Mention amount(Matcher m, String amount, String amount2, String scale, Unit unit) {
    BigDecimal multiplier = Numbers.scale(scale);
    BigDecimal value = Numbers.parse(amount).multiply(multiplier);
    BigDecimal precision = Numbers.halfLastDigit(amount).multiply(multiplier);
    if (scale == null) {
      precision = BigDecimal.ZERO; // "$300" or "$13,750,000,000" are written out in full
    }
    if (amount2 == null) {
      return Mention.of(ClaimKind.MONEY, m.start(), m.end(), value, precision, unit);
    }
    BigDecimal high = Numbers.parse(amount2).multiply(multiplier);
    if (high.compareTo(value) < 0) {
      return Mention.of(ClaimKind.MONEY, m.start(), m.start("amount") + amount.length(),
          Numbers.parse(amount), BigDecimal.ZERO, unit);
    }
    return Mention.range(ClaimKind.MONEY, m.start(), m.end(), value, high, precision, unit);
  }

  private static Unit currencySymbol(String symbol) {
    switch (symbol) {
      case "€":
      case "EUR":
        return Unit.EUR;
      case "£":
      case "GBP":
        return Unit.GBP;
      case "¥":
      case "JPY":
        return Unit.JPY;
      case "₹":
      case "INR":
      case "Rs":
      case "Rs.":
        return Unit.INR;
      case "A$":
        return Unit.currency("AUD");
      case "C$":
        return Unit.currency("CAD");
      case "HK$":
        return Unit.currency("HKD");
      default:
        return Unit.USD;
    }
  }

  private static Unit currencyWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("euro")) {
      return Unit.EUR;
    }
    if (w.startsWith("pound")) {
      return Unit.GBP;
    }
    if (w.equals("yen")) {
      return Unit.JPY;
    }
    if (w.startsWith("rupee")) {
      return Unit.INR;
    }
    if (w.equals("won")) {
      return Unit.currency("KRW");
    }
    // Words of one currency each; "crowns", "kroner" and "pesos" name several, so none is read
    String code = OTHER_CURRENCIES.get(w);
    if (code != null) {
      return Unit.currency(code);
    }
    return Unit.USD;
  }
}
