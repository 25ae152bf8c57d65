package dev.crosscheck.extract;

import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.TimeRole;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the role of a year or date from the words around it: "through 2032", "until", "by",
 * "runs to", "expires in", "the 2030 deadline" end something; "since 2019", "from", "starting",
 * "set to begin", "start production in" start it; anything else is a point. "Through 2032" means
 * to the end of 2032.
 */
final class TimeRoles {
  /** The end of the words before a year, with the part of it they may name: "by mid-2028". */
  private static final String PART_OF_YEAR =
      "(?:\\s" + YearFinder.PARTS_OF_YEAR + "[\\s-]|\\s)$";

  /**
   * Words directly before the year that make it an end: "runs through 2032", "by the end of
   * 2030", "will stop after 2030" (at the end of that year, as "through 2030" says). Not "compared
   * to 2023", a comparison, nor "dating back to 1850", a start.
   */
  private static final Pattern END_BEFORE =
      Pattern.compile(
          "(?i)(?<![\\w])(?<!(?:compared|relative|similar)\\s)(?<!near\\sthe\\s)"
              + "(?<role>through|thru|until|till"
              + "|(?<!back\\s)to|by|before|ending\\sin|ends\\sin|end\\sof"
              + "|end\\sin|expires\\sin|expiring\\sin|expire\\sin|no\\slater\\sthan|deadline\\sof"
              + "|(?:stops?|stopping|ceases?|lapses?)\\s(?:in|after)"
              + "|(?:ends?|expires?|expiring)\\safter)"
              + "(?:\\sthe\\s(?:end|rest|close)\\sof|\\sat\\sleast)?" + PART_OF_YEAR);

  private static final Pattern START_BEFORE =
      Pattern.compile(
          "(?i)(?<![\\w])(?<role>since|from|starting(?:\\sin|\\sfrom|\\son)?|beginning(?:\\sin|\\son)?"
              + "|as\\sof|effective|commencing|begins?\\s(?:in|on)|begin|start|starts?\\s(?:in|on)"
              // "records dating back to 1850" begin in 1850
              + "|(?:dat(?:e|es|ed|ing)|goes|going|stretch(?:es|ing)?)\\sback\\sto"
              + "|(?:begins?|began|start|starts|started)\\s(?:mass\\s)?(?:production|operations"
              + "|construction|deliveries|shipments|sales)\\s(?:in|on))"
              + PART_OF_YEAR);

  /**
   * "Between 2014 and 2021": the first year starts a period and the second ends it. Months may
   * stand before the years ("between March 2014 and May 2021").
   */
  private static final Pattern BETWEEN = Pattern.compile("(?i)\\bbetween\\s(?:[A-Za-z]+\\s)?$");
  private static final Pattern BETWEEN_YEARS_AFTER =
      Pattern.compile("(?i)\\sand\\s(?:[A-Za-z]+\\s)?(?:19|20)\\d\\d\\b");
  private static final Pattern BETWEEN_AND = Pattern.compile(
      "(?i)\\bbetween\\s(?:[A-Za-z]+\\s)?(?:19|20)\\d\\d\\sand\\s(?:[A-Za-z]+\\s)?$");

  /** "the previous 2030 deadline", "a 2027 start". */
  private static final Pattern END_AFTER =
      Pattern.compile("(?i)^\\s(?:deadline|expiry|expiration|end\\sdate|cutoff|sunset)\\b");

  private static final Pattern START_AFTER =
      Pattern.compile("(?i)^\\s(?:start|launch|onwards?|and\\sbeyond)\\b");

  /** A table cell or clause that refers back to the year: "| 2032 | ... license until this date". */
  private static final Pattern END_ANAPHOR =
      Pattern.compile("(?i)\\b(?:until|through|till|to)\\s(?:this|that)\\s(?:date|year)\\b");

  /**
   * "to close by", "to be completed before", "to close the purchase by": a deadline of a
   * completion. Not "close the plant by 2030", which ends something.
   */
  private static final Pattern COMPLETION_DEADLINE =
      Pattern.compile(
          "(?i)\\b(?:close|closed|closing|complete|completed|completion|finish|finished)"
              + "(?:\\s(?:the|its|their|this)(?:\\s[a-z]+)?\\s(?:deal|purchase|acquisition"
              + "|sale|transaction|merger|takeover|buyout))?"
              + "\\s(?:by|before|no\\slater\\sthan)\\b");

  /** "up from 2030", "extended to 2032 from 2030": the value a change started from. */
  private static final Pattern CHANGED_FROM = Pattern.compile(
      "(?i)\\b(?:up|down|extended|extends|extending|moved|pushed|brought|revised|changed)"
          + "(?:\\s[\\w,]+){0,2}\\sfrom\\s$");

  /** An end the change led to, earlier in the sentence: "runs through 2032", "to 2032". */
  private static final Pattern CHANGED_END = Pattern.compile(
      "(?i)\\b(?:through|thru|until|till|to|by)\\s(?:the\\s(?:end|close)\\sof\\s)?(?:\\w+\\s)?"
          + "(?:19|20)\\d\\d\\b");

  /** A quarter or half of a year: "third quarter of calendar 2024", "second half of 2025". */
  private static final Pattern PART_OF_PERIOD =
      Pattern.compile("(?i)(?:first|second|third|fourth)\\s(?:quarter|half)\\b");

  /** A quarter, the base a quarter's change is measured from: "Q4 2023", "the fourth quarter". */
  private static final Pattern QUARTER =
      Pattern.compile("(?i)(?:Q[1-4]\\b|(?:first|second|third|fourth)\\squarter\\b)");

  private TimeRoles() {}

  /**
   * The role of a date of a completion: "expected to close by the end of 2026" gives the latest
   * date of one moment, the closing, so it is a point in time open below, comparable with "to close
   * in 2027". Other roles stay as {@link #of} says.
   */
  static boolean isCompletionDeadline(String text, Role role) {
    if (role.role() != TimeRole.END) {
      return false;
    }
    int from = Math.max(0, role.spanStart() - 40);
    Matcher m = COMPLETION_DEADLINE.matcher(text.substring(from, Math.min(text.length(), role.spanStart() + 16)));
    return m.find() && from + m.end() > role.spanStart();
  }

  /**
   * A change measured from last year: "a decline of 8% from last year", "up 18% from Q4 2023".
   * The year is what the change compares with, and starts nothing.
   */
  private static final Pattern COMPARED_FROM = Pattern.compile("(?i)\\b(?:"
      + "(?:up|down)(?=\\s[\\d$€£])|drop|decline|fall"
      + "|rise|increase|gain|jump|growth|decrease|fell|rose|dropped|declined|increased|grew"
      + "|gained|jumped|decreased)\\b[^;]{0,40}\\sfrom\\s$");
  /** "rose steadily from 2019 to 2023": a period, which the year does start. */
  private static final Pattern PERIOD_AFTER =
      Pattern.compile("(?i)^\\s*(?:to|until|through|till|-|\u2013)\\s");

  /** The role and the start of the role word when it is to be part of the claim's span. */
  static Role of(String text, Mention m) {
    if (m.kind() != ClaimKind.YEAR && m.kind() != ClaimKind.DATE) {
      return new Role(TimeRole.NONE, m.start());
    }
    if (YearFinder.isBaseline(text, m.end())) {
      return new Role(TimeRole.POINT, m.start()); // "cut by 60% from 2019 levels" starts nothing
    }
    int shift = Math.max(0, m.start() - 32);
    String before = text.substring(shift, m.start());
    if (before.endsWith(" the ") && (text.charAt(m.end() - 1) == 's'
        || PART_OF_PERIOD.matcher(text).region(m.start(), m.end()).lookingAt())) {
      // "since the 1970s", "by the third quarter"
      before = before.substring(0, before.length() - 4);
    }
    if (BETWEEN_AND.matcher(before).find()) {
      return new Role(TimeRole.END, m.start());
    }
    if (BETWEEN.matcher(before).find() && BETWEEN_YEARS_AFTER.matcher(text)
        .region(m.end(), text.length()).lookingAt()) {
      return new Role(TimeRole.START, m.start());
    }
    Matcher end = END_BEFORE.matcher(before);
    if (end.find() && !(end.group("role").equalsIgnoreCase("to") && possessive(text, m.end()))) {
      return new Role(TimeRole.END, shift + end.start("role"));
    }
    if (CHANGED_FROM.matcher(before).find()) {
      // the value before a change has the role of the value after it: "through 2032, up from 2030"
      String earlier = text.substring(Math.max(0, m.start() - 80), m.start());
      TimeRole changedTo = CHANGED_END.matcher(earlier).find() ? TimeRole.END : TimeRole.POINT;
      return new Role(changedTo, m.start());
    }
    boolean base = text.regionMatches(true, m.start(), "last ", 0, 5)
        || QUARTER.matcher(text).region(m.start(), m.end()).lookingAt();
    if (base && COMPARED_FROM.matcher(before).find()
        && !PERIOD_AFTER.matcher(Window.after(text, m.end())).lookingAt()) {
      // "a 70% drop in earnings from last year", "up 18% from Q4 2023"; but "a 5% rise from
      // January" starts in January
      return new Role(TimeRole.POINT, m.start());
    }
    Matcher start = START_BEFORE.matcher(before);
    if (start.find() && !(start.group("role").equalsIgnoreCase("from") && possessive(text, m.end()))) {
      return new Role(TimeRole.START, shift + start.start("role"));
    }
    String after = Window.after(text, m.end());
    if (END_AFTER.matcher(after).lookingAt() || END_ANAPHOR.matcher(after).find()) {
      return new Role(TimeRole.END, m.start());
    }
    if (START_AFTER.matcher(after).lookingAt()) {
      return new Role(TimeRole.START, m.start());
    }
    return new Role(TimeRole.POINT, m.start());
  }

  /**
   * "the toll from Monday's earthquake", "a premium to Friday's close": the date names an event, it
   * starts or ends nothing.
   */
  private static boolean possessive(String text, int end) {
    return text.startsWith("'s", end) || text.startsWith("\u2019s", end);
  }

  /** A role and where the claim's span starts with it. */
  record Role(TimeRole role, int spanStart) {}
}
