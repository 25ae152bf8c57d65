package dev.crosscheck.extract;

import java.util.regex.Pattern;

/**
 * Decides whether a relative date ("Monday", "in November", "June 9") looks ahead: news reports
 * the past, so a date without a year is the most recent one unless the clause it stands in is in
 * the future ("will vote on Monday", "is set to launch on Saturday", "plans to open in June").
 * Works on the text alone, from the last clause boundary before the date. Stateless.
 */
final class Tense {
  /**
   * Where a new clause, with its own verb, starts: "said on Friday that the bridge will...". Not
   * the comma of a number: "plan to reach 450,000 by the end of September".
   */
  private static final Pattern BOUNDARY = Pattern.compile(
      "(?i)[;:]|,(?!\\d{3})|\\s(?:that|and|but|after|before|when|while|which|as|because)\\s");

  private static final Pattern FUTURE =
      Pattern.compile(
          "(?i)\\b(?:will|shall|'ll|won't|would(?!\\shave)|(?:is|are)\\sto|(?:set|due|expected|scheduled|slated|poised"
              + "|plans?|planning|going|aims?|intends?|hopes?)\\sto|scheduled\\sfor|upcoming|next"
              // "ahead of its expected public debut on Thursday"
              + "|(?:its|the|their|an)\\sexpected"
              // "expects to close the deal by December", "expect unemployment to climb"
              + "|(?:expects?|forecasts?|predicts?|anticipates?)(?:\\s[\\w'-]+){0,3}?\\sto"
              // scheduled events in the present: "goes on sale on October 3", "takes effect in May"
              + "|go(?:es)?\\son\\ssale|takes?\\seffect|comes?\\sinto\\sforce|kicks?\\soff"
              + "|begins|opens|reopens|resumes|debuts)\\b");

  /** A decision to act: "agreed on Sunday to cut output from January". */
  private static final Pattern DECISION = Pattern.compile("(?i)\\b(?:agreed|agrees|decided"
      + "|decides|voted|votes|pledged|pledges|promised|promises|vowed|vows)(?:\\s\\w+){0,3}?"
      + "\\sto\\b");

  private static final int MAX_CLAUSE = 120;

  /**
   * A verb after "and", which then starts a clause of its own: "and said on Monday". Without one
   * "and" joins phrases of one clause: "will be available online and in all stores on Feb. 2".
   */
  private static final Pattern VERB_AFTER = Pattern.compile(
      "(?:\\S+\\s){0,3}?(?:[a-z]+ed|is|are|was|were|has|have|had|said|says|will|would|did"
          + "|does)\\b");

  /** "between Thursday", "between May 1": the "and" after it joins two dates, not two clauses. */
  private static final Pattern BETWEEN_BEFORE =
      Pattern.compile("(?i)\\bbetween\\s[\\w.]+(?:\\s\\w+)?$");

  private Tense() {}

  /** True when the clause before offset {@code at} of {@code text} is in the future. */
  static boolean future(String text, int at) {
    return future(text, at, true);
  }

  /**
   * As {@link #future(String, int)} for a weekday: the day of a decision is when it was made
   * ("voted to strike Thursday", "voted to lower rates on Wednesday"); its month is when it takes
   * effect ("agreed on Sunday to cut output from January").
   */
  static boolean futureDay(String text, int at) {
    return future(text, at, false);
  }

  private static boolean future(String text, int at, boolean decisions) {
    String before = text.substring(Math.max(0, at - MAX_CLAUSE), at);
    java.util.regex.Matcher b = BOUNDARY.matcher(before);
    int clause = 0;
    while (b.find()) {
      boolean joinsPhrases = b.group().strip().equalsIgnoreCase("and")
          && !VERB_AFTER.matcher(before.substring(b.end())).lookingAt();
      if (!joinsPhrases && !BETWEEN_BEFORE.matcher(before.substring(0, b.start())).find()) {
        clause = b.end(); // "will screen travelers between Thursday and Sept. 4" is one clause
      }
    }
    String tail = before.substring(clause);
    return FUTURE.matcher(tail).find() || (decisions && DECISION.matcher(tail).find());
  }
}
