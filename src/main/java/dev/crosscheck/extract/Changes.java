package dev.crosscheck.extract;

import dev.crosscheck.model.Change;
import dev.crosscheck.model.ClaimKind;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a change from a level: "fell 3%", "up 20 percent", "grew by $2 billion", "another $10
 * billion", "a 20% increase", "a 15% pay rise", "a gain of 1.4%", "extending the deadline by two
 * years" are changes; "a 20% share", "rose to $4.5 billion", "makes up 7%" and "fell below
 * $60,000" are levels. Decreases are negative. The words before a number are looked up in sets,
 * so the cost per number does not depend on how many verbs there are.
 */
final class Changes {
  /** Verbs that state a rise when the number follows them directly ("rose 3%"). */
  private static final Set<String> RISE =
      Set.of("rose", "rise", "rises", "risen", "rising", "grew", "grow", "grows", "grown", "growing",
          "increased", "increases", "jumped", "jumps", "climbed", "climbs", "surged", "surges",
          "soared", "soars", "gained", "gains", "boosted", "boost", "boosts", "boosting", "up",
          "added", "adds", "add", "adding",
          "widened", "widens", "improved", "improves", "widen", "climb", "jump", "soar", "rallied",
          "rallies", "advanced", "advances", "leapt", "leaped", "rebounded", "rebounds",
          "climbing", "jumping", "surging", "soaring", "gaining", "rebounding", "advancing",
          "expanded", "expands", "expand", "expanding", "skyrocketed", "skyrockets",
          "skyrocket", "skyrocketing", "rocketed", "spiked", "ballooned", "balloons", "zoomed");
  /** Verbs that state a fall when the number follows them directly ("fell 3%"). */
  private static final Set<String> FALL =
      Set.of("fell", "fall", "falls", "fallen", "falling", "dropped", "drops", "declined",
          "declines", "decreased", "decreases", "plunged", "plunges", "slipped", "slips", "slumped",
          "slumps", "lost", "loses", "shed", "sheds", "cut", "cuts", "lowered", "down", "shrank",
          "shrunk", "shrinks", "tumbled", "tumbles", "sank", "sinks", "narrowed", "narrows",
          "reduced", "reduces", "trimmed", "trims", "slashed", "slashes", "slash", "shortened",
          "shortens",
          "shorten", "worsened", "worsens", "narrow", "decline", "drop", "shrink", "sink",
          "tumble", "plunge", "slip", "slid", "slides", "slide", "dipped", "dips", "eased",
          "eases", "plummeted", "plummets", "retreated", "retreats", "sagged", "skidded", "dived",
          "tanked", "contracted", "contracts", "cutting", "reducing", "lowering", "slashing",
          "trimming", "shrinking", "narrowing", "dropping", "declining", "sliding", "slipping",
          "tumbling", "plunging", "sinking", "easing", "dipping", "eliminate", "eliminates",
          "eliminated", "eliminating", "axe", "axes", "axed", "axing", "reduce", "decrease",
          "decreasing", "lose", "losing");
  /** Falls only with "by" or an object: "lower rates by 50 basis points", not "a lower 15%". */
  private static final Set<String> FALL_BY_ONLY = Set.of("lower", "lowers");
  /** "Laying off 10,000 employees", "laid off 300": a cut, said with "off". */
  private static final Set<String> LAY = Set.of("lay", "lays", "laid", "laying");
  /** Verbs that state a change only with "by": "raised the wage by $1.50". */
  private static final Set<String> BY_ONLY =
      Set.of("raised", "raises", "raise", "extended", "extending", "extends", "extend", "increase",
          "lengthened", "lifted", "lifts", "lift", "hiked", "hikes", "hike", "raising",
          "increasing", "lifting", "hiking", "lengthening");
  /**
   * "Make up 7%", "had lined up $46.5 billion in financing", "put up $2 billion": "up" after these
   * is no rise.
   */
  private static final Set<String> NOT_UP = Set.of("make", "makes", "made", "making", "take",
      "takes", "took", "line", "lines", "lined", "lining", "set", "sets", "setting", "put", "puts",
      "putting", "sign", "signs", "signed", "end", "ends", "ended", "draw", "drew", "drawn",
      "shore", "shored", "cough", "coughed", "pony", "ponied", "rack", "racked", "tie", "tied");
  /** Nouns that make "a gain of 1.4%" a change, and those of them that fall. */
  private static final Set<String> RISE_NOUNS = Set.of("gain", "increase", "rise", "jump", "growth");
  private static final Set<String> FALL_NOUNS =
      Set.of("drop", "decline", "fall", "decrease", "cut", "reduction");
  /** Changes named as events, besides the nouns above: "the third hike of 2026". */
  private static final Set<String> EVENT_NOUNS = Set.of("hike", "raise");
  private static final Set<String> ADDED = Set.of("another", "additional", "extra", "further");

  /**
   * How many words may stand between a change verb and "by": "cut the risk of death by",
   * "reduced the antitrust fine on Helix Pay by".
   */
  private static final int BY_REACH = 8;

  /**
   * The noun after the number, optionally after one modifier: "a 5% drop", "a 15% pay rise". Two
   * modifiers ("a 0.5% interest rate cut") only after "a" or "an" and before the sentence goes on
   * ({@link #TWO_MODIFIERS_BEFORE}): "a 25% tariff would raise prices" names a level.
   */
  private static final String AFTER_NOUN =
      "^\\s(?:(?!of\\b|and\\b|or\\b|in\\b|to\\b|the\\b)[a-z]+\\s)?";
  private static final String NOT_A_MODIFIER = "(?!(?:of|and|or|in|to|the|a|an|at|would|will"
      + "|could|can|may|might|should|must|is|are|was|were|be|has|have|had|do|does|did)\\b)";
  private static final Pattern TWO_MODIFIERS_AFTER = Pattern.compile("(?i)^\\s(?:"
      + NOT_A_MODIFIER + "[a-z]+\\s){2}(?<noun>increase|rise|hike|raise|cut|reduction|decrease)"
      + "(?=\\s*(?:[,.;:)]|$|\\s(?:in|on|for|from|to|by|since|after|that|which|and)\\b))");
  /** "a" or "an", or a capitalised word, as headlines drop articles ("Delivers 0.5% ..."). */
  private static final Pattern TWO_MODIFIERS_BEFORE =
      Pattern.compile("(?:\\b[Aa]n?|\\b[A-Z][a-z]+)\\s$");

  /** "a 15% cut in prices" is a change; "a 15% cut of its revenue" is a share. */
  private static final String CUT = "cut(?!\\s+of\\b)";

  private static final Pattern CHANGE_AFTER =
      Pattern.compile(
          "(?i)" + AFTER_NOUN + "(?:increase|rise|jump|gain|growth|hike|raise|boost|more|higher"
              + "|drop|decline|fall|decrease|" + CUT + "|reduction|lower|less)\\b");

  private static final Pattern FALL_AFTER =
      Pattern.compile("(?i)" + AFTER_NOUN
          + "(?:drop|decline|fall|decrease|" + CUT + "|reduction|lower|less)\\b");

  /** A hedge that compares with a threshold: "fell below $60,000" states a level. */
  private static final Pattern THRESHOLD =
      Pattern.compile("(?i)(?:below|under|above|over|beyond|past|topped|exceeded|surpassed)\\b");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Changes() {}

  static Change of(String text, Mention m) {
    if (m.change()) {
      return Change.CHANGE;
    }
    if (THRESHOLD.matcher(text).region(m.start(), m.end()).lookingAt()
        && !actsOn(wordsBefore(text, m.start()))) {
      return Change.LEVEL;
    }
    if (m.start() > 0 && text.charAt(m.start() - 1) == '+') {
      return Change.CHANGE; // "a swing of +210 seats", "+1.6%"
    }
    String[] w = wordsBefore(text, m.start());
    boolean change = direct(w, false) || byForm(w, false) || objectForm(w, m, false)
        || CHANGE_AFTER.matcher(Window.after(text, m.end())).lookingAt()
        || !twoModifiersThenChange(text, m).isEmpty();
    return change ? Change.CHANGE : Change.LEVEL;
  }

  /**
   * "Cut over 35,000 jobs", "shed more than 500 positions": a verb that acts on what is counted
   * makes "over" a hedge of the change, where "fell below $60,000" crosses a level.
   */
  private static boolean actsOn(String[] w) {
    return w.length > 0 && ACTS_ON.contains(w[w.length - 1]);
  }

  private static final Set<String> ACTS_ON = Set.of("cut", "cuts", "cutting", "shed", "sheds",
      "shedding", "eliminate", "eliminates", "eliminated", "eliminating", "axe", "axes", "axed",
      "axing", "slash", "slashes", "slashed", "slashing", "add", "adds", "added", "adding",
      "reduce", "reduces", "reduced", "reducing");

  /** True for a verb of rise or fall that takes the number directly: "rose", "slid". */
  static boolean isChangeVerb(String lowerCaseWord) {
    return RISE.contains(lowerCaseWord) || FALL.contains(lowerCaseWord);
  }

  /** True for a noun that names a rise or a fall: "increase", "hike", "cut". */
  static boolean isChangeNoun(String lemma) {
    return RISE_NOUNS.contains(lemma) || FALL_NOUNS.contains(lemma) || EVENT_NOUNS.contains(lemma);
  }

  /** True when the change is a decrease ("fell 3%", "a 5% drop"). */
  static boolean isDecrease(String text, Mention m) {
    String[] w = withoutAdded(wordsBefore(text, m.start()));
    return direct(w, true) || byForm(w, true) || objectForm(w, m, true)
        || FALL_AFTER.matcher(Window.after(text, m.end())).lookingAt()
        || FALL_NOUNS.contains(twoModifiersThenChange(text, m).toLowerCase(Locale.ROOT));
  }

  /**
   * "A 0.5% interest rate cut": the change's noun after two modifiers and "a" before, or "" when
   * the words after the number are no such change.
   */
  private static String twoModifiersThenChange(String text, Mention m) {
    if (!TWO_MODIFIERS_BEFORE.matcher(Window.before(text, m.start(), 16)).find()) {
      return "";
    }
    Matcher after = TWO_MODIFIERS_AFTER.matcher(Window.after(text, m.end()));
    return after.lookingAt() ? after.group("noun") : "";
  }

  /** True when {@code before} ends in "by" or in a change verb and "from": "rose from". */
  static boolean fromOrByChange(String before) {
    String[] w = words(before);
    int last = w.length - 1;
    if (last < 0) {
      return false;
    }
    if (w[last].equals("by")) {
      return true;
    }
    // "will increase the federal funds rate from 1.25% to 1.50%" moves a rate, as "rose from" does
    return w[last].equals("from") && verbWithin(w, last, BY_REACH, false);
  }

  /**
   * True when a verb of change stands anywhere in the sentence before {@code start}: the fine was
   * "cut ... to €1.04 billion from" the earlier figure.
   */
  static boolean changeVerbBefore(String text, int start) {
    String[] w = words(text.substring(0, start));
    return verbWithin(w, w.length, w.length, false);
  }

  /** "rose 3%", "another $10 billion", "a gain of 1.4%": the words right before the number. */
  private static boolean direct(String[] w, boolean fall) {
    int last = w.length - 1;
    if (last < 0) {
      return false;
    }
    String word = w[last];
    if (word.equals("off") && last > 0 && LAY.contains(w[last - 1])) {
      return true;
    }
    if (word.equals("of") && last > 0) {
      return FALL_NOUNS.contains(w[last - 1]) || (!fall && RISE_NOUNS.contains(w[last - 1]));
    }
    if (fall) {
      return FALL.contains(word);
    }
    if (word.equals("up") && last > 0 && NOT_UP.contains(w[last - 1])) {
      return false;
    }
    return RISE.contains(word) || FALL.contains(word) || ADDED.contains(word);
  }

  /**
   * "Cut emissions 55%", "raised fares 5%": a change verb, its object and a percentage. Only a
   * percentage, as "cut 300 jobs" counts what was cut.
   */
  private static boolean objectForm(String[] w, Mention m, boolean fall) {
    int last = w.length - 1;
    if (m.kind() != ClaimKind.PERCENT || last < 1 || NOT_OBJECTS.contains(w[last])
        || !w[last].chars().allMatch(Character::isLetter)) {
      return false;
    }
    if (isVerb(w[last - 1], fall)) {
      return true;
    }
    // "raised interest rates a quarter point": an object of two words
    return last >= 2 && !NOT_OBJECTS.contains(w[last - 1])
        && w[last - 1].chars().allMatch(Character::isLetter) && isVerb(w[last - 2], fall);
  }

  private static boolean isVerb(String word, boolean fall) {
    return FALL.contains(word) || FALL_BY_ONLY.contains(word)
        || (!fall && (RISE.contains(word) || BY_ONLY.contains(word)));
  }

  /** Words after a change verb that are no object of it: "rose to 5%", "fell from 5%". */
  private static final Set<String> NOT_OBJECTS = Set.of("the", "a", "an", "to", "from", "at",
      "of", "in", "on", "by", "with", "than", "about", "its", "their", "his", "her", "and", "or",
      "is", "was", "as", "for", "into", "over", "under", "above", "below", "around", "near",
      "that", "which", "while", "when", "if", "but", "it", "they", "we");

  /**
   * "grew by $2 billion", "cut the risk of death by a third": a change verb, then "by". "Surpassed
   * Mike Trout by $273.5 million", "beat estimates by $2 billion": a margin, the difference
   * between two figures, is no level either.
   */
  private static boolean byForm(String[] w, boolean fall) {
    int last = w.length - 1;
    if (last <= 0 || !w[last].equals("by")) {
      return false;
    }
    if (verbWithin(w, last, BY_REACH, fall)) {
      return true;
    }
    for (int k = last - 1; !fall && k >= Math.max(0, last - MARGIN_REACH); k--) {
      if (MARGIN.contains(w[k])) {
        return k == 0 || !PASSIVE.contains(w[k - 1]); // not "was surpassed by two rivals"
      }
    }
    return false;
  }

  /** Verbs whose "by" gives a margin over another figure. */
  private static final Set<String> MARGIN = Set.of("surpassed", "surpasses", "surpass",
      "surpassing", "exceeded", "exceeds", "exceed", "exceeding", "beat", "beats", "beating",
      "topped", "tops", "topping", "outpaced", "outpaces", "outstripped", "outstrips", "eclipsed",
      "eclipses", "overtook", "overtakes");
  /** How far a margin verb may stand before "by": "surpassed former teammate Mike Trout by". */
  private static final int MARGIN_REACH = 5;
  private static final Set<String> PASSIVE = Set.of("was", "were", "is", "are", "been", "be",
      "being", "get", "got");

  private static boolean verbWithin(String[] w, int last, int reach, boolean fall) {
    for (int k = last - 1; k >= Math.max(0, last - reach); k--) {
      if (isVerb(w[k], fall)) {
        return true;
      }
      if (fall && isVerb(w[k], false)) {
        return false; // the nearest verb says which way: "easing wage growth: wages rose by"
      }
    }
    return false;
  }

  /** The lower-cased whole words of the 64 characters before {@code start}. */
  private static String[] wordsBefore(String text, int start) {
    String before = Window.before(text, start, 64);
    if (start > 64) {
      before = before.substring(before.indexOf(' ') + 1); // drop a word cut in two
    }
    return withoutArticle(withoutEmphasis(withoutAverage(words(before))));
  }

  /**
   * "Jumped an astonishing 427%", "rose by a massive 40%": an article and an adjective that only
   * weighs the number stand between it and its verb.
   */
  private static String[] withoutEmphasis(String[] w) {
    int n = w.length;
    boolean emphasis = n >= 3 && EMPHASIS.contains(w[n - 1])
        && (w[n - 2].equals("a") || w[n - 2].equals("an"));
    return emphasis ? Arrays.copyOf(w, n - 2) : w;
  }

  private static final Set<String> EMPHASIS = Set.of("astonishing", "whopping", "massive",
      "remarkable", "staggering", "hefty", "stunning", "impressive", "healthy", "modest", "solid",
      "robust", "sharp", "steep", "huge", "dramatic", "significant", "substantial", "mere",
      "paltry", "meagre", "meager", "stellar", "record", "hard-to-believe", "gigantic");

  /** "Raising its rate by a quarter point", "rose a quarter point": the article is the number's. */
  private static String[] withoutArticle(String[] w) {
    int n = w.length;
    boolean article = n >= 2 && (w[n - 1].equals("a") || w[n - 1].equals("an"))
        && (w[n - 2].equals("by") || RISE.contains(w[n - 2]) || FALL.contains(w[n - 2]))
        && !w[n - 2].equals("up") && !w[n - 2].equals("down"); // "handed down a two-year term"
    return article ? Arrays.copyOf(w, n - 1) : w;
  }

  /** "Cut output by a further 1.5 million barrels": the cut's direction is the verb's. */
  private static String[] withoutAdded(String[] w) {
    int n = w.length;
    if (n >= 1 && ADDED.contains(w[n - 1])) {
      n--;
      if (n >= 1 && (w[n - 1].equals("a") || w[n - 1].equals("an"))) {
        n--;
      }
    }
    return n == w.length ? w : Arrays.copyOf(w, n);
  }

  /** "Repayments rise by an average of €38": the change is the average's. */
  private static String[] withoutAverage(String[] w) {
    int n = w.length;
    return n >= 3 && w[n - 3].equals("an") && w[n - 2].equals("average") && w[n - 1].equals("of")
        ? Arrays.copyOf(w, n - 3)
        : w;
  }

  private static String[] words(String before) {
    String b = before.strip().toLowerCase(Locale.ROOT);
    if (b.isEmpty() || !Character.isWhitespace(before.charAt(before.length() - 1))) {
      return new String[0];
    }
    return SPACES.split(b);
  }
}
