package dev.crosscheck.extract;

import dev.crosscheck.model.ClaimKind;
import java.util.regex.Pattern;

/**
 * Rejects numbers that are not claims: model and product names ("GPT-5.4", "MAI-Transcribe-1",
 * "Windows 11"), versions, section and list numbers, ISBNs, phone numbers and times of day.
 */
final class NonClaims {
  /** A letter, or a letter and hyphen, glued to the number: "GPT-5", "B2B", "MAI-Transcribe-1". */
  private static final Pattern GLUED_BEFORE = Pattern.compile("[A-Za-z]-?$");

  private static final Pattern LABEL_BEFORE =
      Pattern.compile(
          "(?i)(?:\\bno\\.|\\bnumber|\\bsection|\\barticle|\\bchapter|\\bversion|\\bv\\.?|\\bisbn(?:-1[03])?:?"
              + "|#|\\bpage|\\bp\\.|\\broom|\\bflight|\\broute|\\bhighway|\\bmodel|\\bseries"
              + "|\\bwindows|\\biphone|\\bgalaxy|\\bpixel|\\btel\\.?|\\bphone|\\bcall)\\s?$");

  /** "10:30", "3 p.m.", "9am", "555-1234". */
  private static final Pattern TIME_AFTER =
      Pattern.compile("(?i)^(?::\\d|\\s?(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b|[ap]m\\b)|-\\d{3,}|\\.\\d+\\.\\d)");

  private NonClaims() {}

  /** True when the mention is a real claim in {@code text}. */
  static boolean accept(String text, Mention m) {
    int digit = firstDigit(text, m);
    if (digit < 0) {
      return true; // numbers in words carry none of these patterns
    }
    String before = text.substring(Math.max(0, digit - 12), digit);
    if (m.kind() != ClaimKind.MONEY && GLUED_BEFORE.matcher(before).find()
        && !(m.kind() == ClaimKind.YEAR && before.endsWith("FY"))) {
      return false;
    }
    if (LABEL_BEFORE.matcher(before).find()) {
      return false;
    }
    return !TIME_AFTER.matcher(text.substring(lastDigit(text, m) + 1)).find();
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
