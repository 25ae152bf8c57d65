package dev.crosscheck.extract;

import dev.crosscheck.model.ClaimKind;
import java.util.regex.Pattern;

/**
 * Rejects numbers that are not claims: model and product names ("GPT-5.4", "MAI-Transcribe-1",
 * "Windows 11"), versions, section and list numbers, ISBNs, phone numbers, times of day, and the
 * dates of a page's own labels ("Published: 2026-04-28", "Sources: CNBC (April 27, 2026)").
 */
final class NonClaims {
  /** An amount written after its currency sign, then an opening parenthesis. */
  private static final String AMOUNT_THEN_BRACKET =
      "\\s?\\d[\\d.,]*(?:\\s?(?:thousand|million|billion|trillion|bn|m|k))?\\s?\\($";

  /** An amount in a currency, then an opening parenthesis: what follows converts it. */
  private static final Pattern CONVERSION_BEFORE =
      Pattern.compile("(?i)[$€£¥₹]" + AMOUNT_THEN_BRACKET);

  /** US dollars named as such: "US$16.5 billion", "U.S. $5", "USD 40 million". */
  private static final String US_DOLLAR_SIGN = "U\\.?S\\.?\\s?\\$|USD";
  private static final Pattern US_DOLLARS = Pattern.compile(US_DOLLAR_SIGN);
  private static final Pattern US_DOLLARS_AFTER =
      Pattern.compile("\\s?\\(\\s?(?:" + US_DOLLAR_SIGN + ")");
  /** A dollar amount ("$", "C$", "A$"), then an opening parenthesis: US dollars may follow. */
  private static final Pattern OTHER_DOLLAR_BEFORE =
      Pattern.compile("(?i)(?<![a-z.])(?:[a-z]{1,2})?\\$" + AMOUNT_THEN_BRACKET);

  /** A letter, or a letter and hyphen, glued to the number: "GPT-5", "B2B", "MAI-Transcribe-1". */
  private static final Pattern GLUED_BEFORE = Pattern.compile("[A-Za-z]-?$");

  private static final Pattern LABEL_BEFORE =
      Pattern.compile(
          "(?i)(?:\\bno\\.|\\bnumber|\\bsection|\\barticle|\\bchapter|\\bversion|\\bv\\.?|\\bisbn(?:-1[03])?:?"
              + "|#|\\bpage|\\bp\\.|\\broom|\\bflight|\\broute|\\bhighway|\\bmodel|\\bseries"
              + "|\\bwindows|\\biphone|\\bgalaxy|\\bpixel|\\btel\\.?|\\bphone|\\bcall)\\s?$");

  /** A quarter written "Q2": its digit is glued to a letter but it is a date. */
  private static final Pattern QUARTER = Pattern.compile("[QH][1-4]\\b");
  /** "mid-2028", "early-2027": a year a period of it is glued to. */
  private static final Pattern PART_OF_YEAR =
      Pattern.compile("\\b" + YearFinder.PARTS_OF_YEAR + "-$");

  /** An all-capitals word of two or more letters right before the number. */
  private static final Pattern ACRONYM_BEFORE = Pattern.compile("(?<![\\w.])[A-Z]{2,8}\\s$");

  /** A capitalised word right before the number, not the sentence's first: "Opus 4 model". */
  private static final Pattern NAME_BEFORE = Pattern.compile("(?<=[a-z,]\\s)[A-Z][a-z]+\\s$");

  /** "10:30", "3 p.m.", "9am", "555-1234". */
  private static final Pattern TIME_AFTER =
      Pattern.compile("(?i)^(?::\\d|\\s?(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b|[ap]m\\b)|-\\d{3,}|\\.\\d+\\.\\d)");

  /** A line that labels the page, not the story: its dates say when it was written or sourced. */
  private static final Pattern PAGE_LABEL = Pattern.compile(
      "(?i)^\\s*(?:published|updated|last\\supdated|posted|modified|sources?|credits?|photo|image)"
          + "(?:\\s(?:on|at|by))?\\s?:");

  private NonClaims() {}

  /** True when the mention is a real claim in {@code text}. */
  static boolean accept(String text, Mention m) {
    if (PAGE_LABEL.matcher(text).lookingAt()) {
      return false;
    }
    if (m.kind() == ClaimKind.MONEY) {
      String before40 = Window.before(text, m.start(), 40);
      boolean usDollars = US_DOLLARS.matcher(text).region(m.start(), m.end()).lookingAt();
      if (CONVERSION_BEFORE.matcher(before40).find()
          && !(usDollars && OTHER_DOLLAR_BEFORE.matcher(before40).find())) {
        return false; // "about €1 billion ($1.1 billion)": the same amount in another currency
      }
      int sign = text.indexOf('$', m.start());
      if (!usDollars && sign >= 0 && sign < m.end()
          && US_DOLLARS_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
        return false; // "$22.2 billion (US$16.5 billion)", "C$22.2 billion (US$...)": restated
      }
    }
    int digit = firstDigit(text, m);
    if (digit < 0) {
      return true; // numbers in words carry none of these patterns
    }
    String before = text.substring(Math.max(0, digit - 12), digit);
    if (m.kind() != ClaimKind.MONEY && GLUED_BEFORE.matcher(before).find()
        && !(m.kind() == ClaimKind.YEAR
            && (before.endsWith("FY") || PART_OF_YEAR.matcher(before).find()))
        && !(m.kind() == ClaimKind.DATE && QUARTER.matcher(text).region(m.start(), m.end()).lookingAt())) {
      return false;
    }
    if (m.kind() == ClaimKind.COUNT && digit == m.start() && (ACRONYM_BEFORE.matcher(before).find()
        || NAME_BEFORE.matcher(before).find())) {
      return false; // "RFC 9110", "Claude Opus 4 model": an identifier or a name, not a count
    }
    if (LABEL_BEFORE.matcher(before).find()) {
      return false;
    }
    return !TIME_AFTER.matcher(Window.after(text, lastDigit(text, m) + 1)).lookingAt();
  }

  private static int firstDigit(String text, Mention m) {
    for (int i = m.start(); i < m.end(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static int lastDigit(String text, Mention m) {
    int last = m.end() - 1;
    while (last > m.start() && !Character.isDigit(text.charAt(last))) {
      last--;
    }
    return last;
  }
}
