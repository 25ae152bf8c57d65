package dev.crosscheck.extract;

import dev.crosscheck.internal.Texts;
import dev.crosscheck.model.Token;
import java.util.List;
import java.util.Set;

/**
 * Where amounts stand among a sentence's tokens, for deciding whose a name or a word is: a name or
 * an attribute past another amount is usually that amount's. Stateless.
 */
final class Amounts {
  /** Words that make the number before them an amount of its own. */
  private static final Set<String> AMOUNT_WORDS =
      Set.of("%", "percent", "million", "billion", "trillion");
  /** Words between an amount and what it is counted per: "$1.48 a share", "per share". */
  static final Set<String> PER = Set.of("a", "an", "per", "each");

  private Amounts() {}

  /**
   * True when an amount of money or a percentage starts in {@code [from, to)}: in "$4.2 billion,
   * above the $4.0 billion Wall Street had pencilled in", Wall Street is the later figure's, not a
   * party to the earlier one.
   */
  static boolean amountBetween(SentenceView view, int from, int to) {
    List<Token> tokens = view.tokens();
    for (int k = from; k < to; k++) {
      String next = k + 1 < tokens.size() ? view.lower(k + 1) : "";
      if (Texts.hasCurrencySign(tokens.get(k).text())
          || (tokens.get(k).tag().equals("NUM") && AMOUNT_WORDS.contains(next))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a number that is no year stands in {@code [from, to)}: "compared to 52 it won in
   * 2019", "including 122,000 in the U.S.".
   */
  static boolean numberBetween(SentenceView view, int from, int to) {
    for (int k = from; k < to; k++) {
      // "OpenAI's 5-year Oracle cloud deal": a number in a modifier counts nothing
      boolean modifier = k + 1 < view.tokens().size() && view.lower(k + 1).equals("-");
      // "on Sept. 12": a day of a date
      boolean day = k > 0 && DateFinder.isMonthName(view.tokens().get(k - 1).text());
      if (SentenceNames.amountAt(view.tokens(), k) && !modifier && !day) {
        return true;
      }
    }
    return false;
  }

  /**
   * As {@link #amountBetween}, passing over an amount right after a comma, which modifies the same
   * noun: in "a five-year, $300 billion agreement with Oracle" Oracle is a party of both.
   */
  static boolean otherPartyAmountBetween(SentenceView view, int from, int to) {
    List<Token> tokens = view.tokens();
    int k = from;
    if (k < to && view.lower(k).equals(",")) {
      k++;
      while (k < to && (tokens.get(k).tag().equals("NUM") || tokens.get(k).tag().equals("SYM")
          || Texts.hasCurrencySign(tokens.get(k).text()))) {
        k++;
      }
    }
    return amountBetween(view, k, to);
  }

  /**
   * The token after an amount joined by "and" to the figure that ends before {@code from}: in "a
   * record of 12 years and $426.5 million set by Mike Trout", "set". {@code from} when none is.
   */
  static int pastJoinedAmount(SentenceView view, int from) {
    List<Token> tokens = view.tokens();
    if (from + 1 >= tokens.size() || !view.lower(from).equals("and")) {
      return from;
    }
    int k = from + 1;
    while (k < tokens.size() && (tokens.get(k).tag().equals("NUM")
        || tokens.get(k).tag().equals("SYM") || Texts.hasCurrencySign(tokens.get(k).text()))) {
      k++;
    }
    return k > from + 1 && closesAmount(view, k - 1) ? k : from;
  }

  /** True when token {@code i} follows an amount, perhaps after "a" or "per": "$1.48 a share". */
  static boolean followsAmount(SentenceView view, int i) {
    return closesAmount(view, i - 1)
        || (PER.contains(i > 0 ? view.lower(i - 1) : "") && closesAmount(view, i - 2));
  }

  /** True when token {@code k} ends an amount: "1.48" in "$1.48 a share", "billion". */
  static boolean closesAmount(SentenceView view, int k) {
    if (k < 0) {
      return false;
    }
    Token t = view.tokens().get(k);
    return (t.tag().equals("NUM") && (Texts.hasCurrencySign(t.text())
            || (k > 0 && Texts.hasCurrencySign(view.tokens().get(k - 1).text()))))
        || (AMOUNT_WORDS.contains(view.lower(k)) && k > 0
            && view.tokens().get(k - 1).tag().equals("NUM"));
  }
}
