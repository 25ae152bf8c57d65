package dev.crosscheck.extract;

import dev.crosscheck.model.Change;
import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.Subject;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dated events of one sentence, and which of them an amount belongs to: "in 2019, when it gave
 * the startup $1 billion" scopes the billion to 2019, so that a figure for one event is not
 * compared with a running total. Only an explicit date introduced as the time of an event scopes
 * ("in 2019", "on April 27"); relative ones ("last year") date the report more than the event.
 * Not thread-safe; built per sentence.
 */
final class Scopes {
  /** How far a dated event may stand from an amount to scope it, in clause-weighted tokens. */
  static final int MAX_SCOPE_DISTANCE = 10;

  // Both patterns below open with a look-ahead at the letters their words begin with: they run on
  // every sentence with a claim, and failing at the first letter is what keeps that cheap.
  private static final Pattern REAL_TERMS = Pattern.compile("(?i)(?=[ai])(?:\\badjust(?:ed|ing)"
      + "\\sfor\\sinflation|\\binflation-adjusted\\b|\\bin\\sreal\\sterms\\b|\\bin\\stoday's"
      + "\\s(?:dollars|money|prices)\\b)");

  private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b" + Numbers.YEAR + "\\b");

  private static final Pattern DATED_EVENT = Pattern.compile("(?i)\\b(?:in|on|during|for"
      + "|(?:middle|end|start|beginning|spring|summer|autumn|fall|winter)\\sof)\\s$");

  /**
   * ", founded in 1952," (or ", which was founded in 1952,") set off by commas describes who is
   * named, not an event of the sentence: "Halden, founded in 1952, employs about 4,500 people" is
   * today's headcount. "The plant, built in 2019, cost $500 million" keeps its scope: the cost is
   * the building's.
   */
  private static final Pattern ORIGIN_APPOSITIVE = Pattern.compile("(?i),\\s(?:(?:which|who)"
      + "\\s(?:was|were)\\s)?(?:founded|established|incorporated|born)\\sin\\s$");

  /**
   * "the highest level since 2021" and "the deadliest earthquake in Marovia since 1999" compare
   * with the years before; they do not make a figure a running total since then.
   */
  private static final Pattern SUPERLATIVE_BEFORE = Pattern.compile("(?i)\\b(?:highest|lowest"
      + "|biggest|largest|smallest|strongest|weakest|fastest|slowest|steepest|sharpest|deepest"
      + "|longest|shortest|oldest|hottest|coldest|[a-z]+iest"
      + "|best|worst|most|least|first\\stime)\\b[^,;]{0,40}$");

  /**
   * A reporting period: "fourth-quarter revenue", "Q1", "full-year", "annual sales"; "the current
   * quarter" and "next quarter" count from the article's date, so that guidance for the quarter
   * under way is not read as a full year's figure.
   */
  private static final Pattern PERIOD = Pattern.compile(
      "(?i)(?=[fstqwahcn])\\b(?:(first|second|third|fourth)[- ]quarter|q([1-4])"
          + "|(full|fiscal|whole)[- ]year|annual"
          + "|(first|second)[- ]half|h([12])"
          + "|(current|this|next|coming)\\s(?:fiscal\\s)?quarter)\\b");
  /** "The year-ago quarter", "the prior year", "the same period a year ago". */
  private static final String THE_YEAR_BEFORE =
      "the\\s(?:year-earlier|prior-year|year-ago)\\b"
          + "|the\\s(?:prior|previous|preceding)\\syear\\b"
          + "|the\\s(?:same|corresponding|comparable)\\s(?:quarter|period|month|half)"
          + "\\s(?:(?:a|one)\\syear\\s(?:earlier|ago|before)|last\\syear"
          + "|of\\s(?:last|the\\s(?:previous|prior))\\syear"
          + "|in\\s(?:the\\s)?(?:previous|prior)\\syear)\\b";
  /**
   * "$455 million a year earlier", "46.7 percent in the year-earlier quarter", "$455 million in the
   * same quarter last year", "$158.6 million in the prior year": the prior year.
   */
  private static final Pattern YEAR_EARLIER_AFTER = Pattern.compile(
      "(?i)^\\s(?:(?:a|one)\\syear\\s(?:earlier|ago|before)|(?:(?:in|for)\\s)?(?:"
          + THE_YEAR_BEFORE + "))");
  /**
   * "Revenue of $7.19 billion from the same period a year ago": a level from the year before; a
   * change "from the prior year" is measured over it ({@link #periodOfChange}).
   */
  private static final Pattern LEVEL_FROM_YEAR_EARLIER =
      Pattern.compile("(?i)^\\sfrom\\s(?:" + THE_YEAR_BEFORE + ")");

  /**
   * "Slumped 21% in pre-market trading", "dropped 19% in after-hours trading": a move of a
   * session outside the day's, which the day's close may undo; two sessions' moves are two.
   */
  private static final Pattern SESSION_AFTER = Pattern.compile("(?i)^[\\s,]*"
      + "(?:(?!and\\b|but\\b|before\\b|then\\b|while\\b)[a-z]+\\s){0,2}"
      + "in\\s(?:(?<pre>pre-?market|premarket)|after-?hours|after\\shours|extended(?:-hours)?"
      + "|post-market)\\s(?:trading|trade)\\b");
  /** "Opened at $56.10", "opened for trading at more than $56": the first trade, not the close. */
  private static final Pattern OPENED_AT = Pattern.compile(
      "(?i)\\bopen(?:ed|s|ing)?(?:\\s(?:for\\s)?trading)?\\sat"
          + "(?:\\s(?:more\\sthan|about|around|nearly|almost|roughly|just\\sover))?\\s$");
  /** "At the open, Arm was valued at almost $60 billion". */
  private static final Pattern AT_THE_OPEN = Pattern.compile("(?i)at\\sthe\\s(?:open|opening)\\b");
  private static final String PRE_MARKET = "pre-market";
  private static final String AFTER_HOURS = "after-hours";

  /** "Between $25 ten years ago and $225": a figure of the year so many years back. */
  private static final Pattern YEARS_AGO_AFTER = Pattern.compile(
      "(?i)^\\s(?<years>\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
          + "|twenty|thirty|forty|fifty)\\syears\\sago\\b");

  /** True when {@code after}, the words after a figure, date it a year back. */
  static boolean isYearEarlier(String after) {
    return YEAR_EARLIER_AFTER.matcher(after).lookingAt();
  }

  /**
   * "Last year's game, which drew 115.1 million viewers", "last year's record of 115.1 million":
   * a figure of last year's event, named a few words before it, with no "to", "from" or clause
   * break between but a relative clause ("since last year's merger, the company employs" is
   * today's).
   */
  private static final Pattern YEAR_EARLIER_BEFORE = Pattern.compile("(?i)\\blast\\syear's"
      + "(?:(?:\\s|,\\s(?=which|that|when|who))(?!to\\b|from\\b|than\\b|but\\b|while\\b)"
      + "[\\w'().-]++){1,8}\\s?$");

  /**
   * "In 2021, ...", "That year, ...": a year that opens a sentence ({@link #datedStretches}).
   */
  private static final Pattern FRONTED_YEAR = Pattern.compile(
      "(?:(?:In|During|By\\sthe\\send\\sof)\\s(" + Numbers.YEAR + ")"
          + "|(?:That|That\\ssame|The\\ssame)\\syear),\\s");
  /** "1999, when ...", "the 1999 disaster that ...": a clause that tells what the year saw. */
  private static final Pattern YEAR_OF_CLAUSE = Pattern.compile("\\b(" + Numbers.YEAR
      + "),\\swhen\\s|\\bthe\\s(" + Numbers.YEAR
      + ")\\s[a-z]+(?:\\s[a-z]+)?\\s(?:that|which|when)\\s");
  private static final Pattern STRETCH_ENDS = Pattern.compile(
      "(?i);|\\b(?:but|now|today|currently|since\\sthen|while|whereas)\\b");
  /** Where a clause that tells what a year saw ends: the next comma, or where a sentence does. */
  private static final Pattern CLAUSE_ENDS = Pattern.compile(",(?!\\d)|" + STRETCH_ENDS.pattern());
  /** The scope of a figure for the year before the story's: never compared with today's. */
  static final String YEAR_EARLIER = "a year earlier";

  /** A reporting period or a year: what a company's results are stated for. */
  private static final Pattern PERIOD_SCOPE = Pattern.compile("FY|[QH][1-4]|" + Numbers.YEAR);

  /** Words of a figure that is revised rather than reported: a forecast, a target, a budget. */
  private static final Pattern REVISED = Pattern.compile("(?i)\\b(?:forecast|guidance|outlook"
      + "|target|estimate|projection|expect|goal|budget)");

  /** What a period's results are: revenue, profit and their margins. */
  private static final Set<String> RESULTS = Set.of("revenue", "profit", "margin");

  /**
   * The scope of a previous value whose change ended in a figure of {@code attribute} scoped
   * {@code current}: "a net loss of $90.8 million for 2023, down from $158.6 million", "annual
   * sales of $804 million, up 20% from $666.7 million". A period's result changed from the result
   * of the period before, not from a figure of the same period since replaced. A fine cut in 2024
   * keeps its year, and so does a revised forecast ("cut its full-year outlook to $5 billion from
   * $5.5 billion"), by the words {@code before} the previous value.
   */
  static String ofPreviousValue(String own, String current, String attribute, String before) {
    boolean samePeriod = own.isEmpty() || own.equals(current);
    return samePeriod && RESULTS.contains(attribute) && PERIOD_SCOPE.matcher(current).matches()
        && !REVISED.matcher(before).find() ? YEAR_EARLIER : own;
  }

  private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth");

  private final List<Integer> periodTokens = new ArrayList<>();
  private final List<String> periodNames = new ArrayList<>();

  private final SentenceView view;
  /** The sentence speaks of figures adjusted for inflation. */
  private final boolean realTerms;
  /** Past months the sentence names ("in October", "In September"), for rates stated monthly. */
  private final List<Integer> monthTokens = new ArrayList<>();
  private final List<String> monthNames = new ArrayList<>();
  /** Past dates of a day or a month the sentence names, with the month each falls in. */
  private final List<Integer> dateTokens = new ArrayList<>();
  private final List<String> dateMonths = new ArrayList<>();
  private final LocalDate published;
  /** Stretches of the sentence a past year dates as a whole ({@link #datedStretches}). */
  private final List<DatedStretch> stretches;
  private final List<Integer> eventTokens = new ArrayList<>();
  private final List<String> eventNames = new ArrayList<>();

  /**
   * {@code points} are the sentence's YEAR and DATE mentions with the role POINT or START, in text
   * order; "since 2019" scopes a running total ("€10 billion of investment since 2019"). Only years
   * before the year of {@code published} date an event: "in 2019, it gave $1 billion" is a
   * past deal, while "in 2026" is the story itself, compared with the figures of articles that leave
   * the year out.
   */
  Scopes(SentenceView view, List<Mention> points, LocalDate published) {
    this.view = view;
    this.published = published;
    int currentYear = published.getYear();
    String text = view.sentence().text();
    this.realTerms = REAL_TERMS.matcher(text).find();
    this.stretches = datedStretches(text, currentYear);
    for (Mention m : points) {
      // "expected to close by March 31" is open before: no first day, no date to scope by
      if (m.kind() == ClaimKind.DATE && !view.tokens().isEmpty() && m.low() != null
          && m.high() != null) {
        date(m, LocalDate.ofEpochDay(m.low().longValueExact()), published, text);
      }
      if (m.kind() != ClaimKind.YEAR || view.tokens().isEmpty()) {
        continue;
      }
      boolean past = m.value().intValue() < currentYear;
      boolean since = text.regionMatches(true, m.start(), "since ", 0, 6)
          && !SUPERLATIVE_BEFORE.matcher(Window.before(text, m.start(), 56)).find();
      if (since || (past && DATED_EVENT.matcher(Window.before(text, m.start(), 16)).find()
          && !isOriginAppositive(text, m))) {
        eventTokens.add(view.tokenAt(m.start()));
        eventNames.add(since ? "since " + name(m) : name(m));
      }
    }
    Matcher p = PERIOD.matcher(text);
    while (p.find() && !view.tokens().isEmpty()) {
      if (FROM_BEFORE.matcher(Window.before(text, p.start(), 10)).find()) {
        continue; // "up 18% from Q4 2023": the period a change is measured from is no figure's
      }
      periodTokens.add(view.tokenAt(p.start()));
      periodNames.add(periodName(p, published));
    }
  }

  /** Notes the date {@code m}, whose first day is {@code first}, where a scope may take it. */
  private void date(Mention m, LocalDate first, LocalDate published, String text) {
    // "the lowest rate since September 2022" is no month's figure
    if (wholeMonth(m) && first.isBefore(published.withDayOfMonth(1))
        && !text.regionMatches(true, m.start(), "since ", 0, 6)
        && !SINCE_BEFORE.matcher(Window.before(text, m.start(), 6)).find()) {
      monthTokens.add(view.tokenAt(m.start()));
      monthNames.add(month(first));
    }
    if (m.high().longValueExact() - m.low().longValueExact() <= MONTH_DAYS
        && !first.isAfter(published)) {
      dateTokens.add(view.tokenAt(m.start()));
      dateMonths.add(month(first));
    }
    // Only a year dates an event; "on Wednesday" dates the report of it ("the toll rose to 312 on
    // Wednesday" and "killed 298 people on Monday" are one toll). A date that writes out a past
    // year does: "a premium of 39.1% to the closing price on August 28, 2023".
    if (first.getYear() < published.getYear()
        && WRITTEN_YEAR.matcher(text.substring(m.start(), m.end())).find()
        && DATED_EVENT.matcher(Window.before(text, m.start(), 16)).find()) {
      eventTokens.add(view.tokenAt(m.start()));
      eventNames.add(Integer.toString(first.getYear()));
    }
  }

  private static boolean isOriginAppositive(String text, Mention year) {
    return year.end() < text.length() && text.charAt(year.end()) == ','
        && ORIGIN_APPOSITIVE.matcher(Window.before(text, year.start(), 36)).find();
  }

  private static String periodName(Matcher p, LocalDate published) {
    if (p.group(6) != null) {
      boolean next = p.group(6).equalsIgnoreCase("next") || p.group(6).equalsIgnoreCase("coming");
      int quarter = (published.getMonthValue() - 1) / 3 + (next ? 1 : 0);
      return "Q" + (quarter % 4 + 1);
    }
    if (p.group(1) != null) {
      return "Q" + (ORDINALS.indexOf(p.group(1).toLowerCase(Locale.ROOT)) + 1);
    }
    if (p.group(2) != null) {
      return "Q" + p.group(2);
    }
    if (p.group(4) != null) {
      return "H" + (ORDINALS.indexOf(p.group(4).toLowerCase(Locale.ROOT)) + 1);
    }
    return p.group(5) != null ? "H" + p.group(5) : "FY";
  }

  /**
   * As {@link #of(ClaimKind, int, int)}, and a rate stated as a level takes the past month its
   * clause names: "inflation jumped to 11.1% in October" and "in September, inflation was still
   * 10.1%" are two months' figures.
   */
  String of(ClaimKind kind, Change change, int start, int end) {
    if (change == Change.LEVEL && !kind.isTime() && LEVEL_FROM_YEAR_EARLIER
        .matcher(Window.after(view.sentence().text(), end)).lookingAt()) {
      return YEAR_EARLIER;
    }
    String scope = of(kind, start, end);
    if (scope.isEmpty() && kind == ClaimKind.PERCENT) {
      Matcher part = PART_AFTER.matcher(Window.after(view.sentence().text(), end));
      if (part.lookingAt() && !NOT_PARTS.contains(part.group(1).toLowerCase(Locale.ROOT))) {
        // "inflation rates of 65.7% for electricity and 128.9% for gas": a part's own rate
        return Subject.PART_PREFIX + part.group(1).toLowerCase(Locale.ROOT);
      }
    }
    if (!scope.isEmpty() || kind != ClaimKind.PERCENT || change != Change.LEVEL) {
      return scope;
    }
    Matcher yearTo = TWELVE_MONTHS_TO.matcher(Window.after(view.sentence().text(), end));
    if (yearTo.lookingAt()) {
      // "inflation fell to 10.1 per cent in the 12 months to January 2023": January's rate
      Month month = DateFinder.month(yearTo.group(1));
      int year = yearTo.group(2) != null ? Integer.parseInt(yearTo.group(2))
          : published.getYear() - (month.getValue() >= published.getMonthValue() ? 1 : 0);
      return Subject.MONTH_PREFIX + YearMonth.of(year, month);
    }
    if (monthTokens.isEmpty()) {
      return scope;
    }
    // "fell to 10.1% in January from 10.5% in December": the month right after a figure is its
    int k = monthNamedAfter(end);
    k = k >= 0 ? k : nearInClause(monthTokens, view.tokenAt(start));
    return k < 0 ? "" : monthNames.get(k);
  }

  /** The index in {@link #monthTokens} of the month "in March" names right after {@code end}. */
  private int monthNamedAfter(int end) {
    Matcher in = IN_MONTH.matcher(Window.after(view.sentence().text(), end));
    return in.lookingAt() ? monthTokens.indexOf(view.tokenAt(end + in.start(1))) : -1;
  }

  private static final Pattern TWELVE_MONTHS_TO = Pattern.compile("^[\\s,]*in\\sthe\\s"
      + "(?:12|twelve)\\smonths\\s(?:to|through|until)\\s(" + DateFinder.MONTH_NAMES
      + ")(?:,?\\s(" + Numbers.YEAR + "))?\\b");

  private static final Pattern SINCE_BEFORE = Pattern.compile("(?i)\\bsince\\s$");

  /**
   * The month an interest rate was set in: a central bank moves its rate at meetings weeks apart,
   * so "cut by half a point on Wednesday" in September and "by a quarter of a point on Thursday"
   * in November are two decisions. The month of a date the rate's clause names, else the month
   * the article was published in.
   */
  String rateMonth(int start) {
    int k = nearInClause(dateTokens, view.tokenAt(start));
    return k < 0 ? month(published) : dateMonths.get(k);
  }

  /** The first of {@code tokens} in the clause of token {@code at} and near it, or -1. */
  private int nearInClause(List<Integer> tokens, int at) {
    for (int k = 0; k < tokens.size(); k++) {
      int from = Math.min(tokens.get(k), at);
      int to = Math.max(tokens.get(k), at);
      boolean sameClause = true;
      for (int i = from; i < to; i++) {
        if (view.lower(i).equals(";") || view.lower(i).equals("while")
            || (view.lower(i).equals(",") && i + 1 < to && view.lower(i + 1).equals("and"))) {
          sameClause = false;
        }
      }
      if (sameClause && view.distance(from, to) <= MAX_SCOPE_DISTANCE) {
        return k;
      }
    }
    return -1;
  }

  private static String month(LocalDate day) {
    return Subject.MONTH_PREFIX + day.toString().substring(0, 7);
  }

  /** The most days a date may span and still fall in one month's scope. */
  private static final int MONTH_DAYS = 30;

  /** "65.7% for electricity": what a rate is of, when a noun follows "for". */
  private static final Pattern PART_AFTER = Pattern.compile("^\\s+for\\s+([a-z]{3,})\\b");
  /** Words after "for" that say when, how long or whom a rate is for, not what it measures. */
  private static final Set<String> NOT_PARTS = Set.of("the", "its", "their",
      "his", "her", "our", "this", "that", "each", "every", "all", "both", "any", "some", "most",
      "years", "months", "weeks", "days", "decades", "now", "example", "instance",
      "and", "one", "two", "three", "first", "second", "more", "less", "about", "over");

  /** True for a date spanning one calendar month: "in October", "September 2026". */
  private static boolean wholeMonth(Mention m) {
    LocalDate low = LocalDate.ofEpochDay(m.low().longValueExact());
    LocalDate high = LocalDate.ofEpochDay(m.high().longValueExact());
    return low.getDayOfMonth() == 1 && high.equals(low.withDayOfMonth(low.lengthOfMonth()));
  }

  /**
   * The scope of a claim of {@code kind} at {@code [start, end)}: the year before, when the words
   * after it say so ("$455 million a year earlier"), else the nearest reporting period of its
   * sentence ("fourth-quarter revenue ... said on Thursday" is about the quarter), else the nearest
   * dated event, else the past year of a stretch it stands in ({@link #datedStretches}), or "".
   */
  String of(ClaimKind kind, int start, int end) {
    if (kind.isTime()) {
      return "";
    }
    if (kind == ClaimKind.MONEY && realTerms) {
      return Subject.REAL_TERMS; // "even after adjusting for inflation, it held $434 billion"
    }
    String after = Window.after(view.sentence().text(), end);
    if (isYearEarlier(after)
        || YEAR_EARLIER_BEFORE.matcher(Window.before(view.sentence().text(), start, 64)).find()) {
      return YEAR_EARLIER;
    }
    Matcher session = SESSION_AFTER.matcher(after);
    if (session.lookingAt()) {
      return session.group("pre") != null ? PRE_MARKET : AFTER_HOURS;
    }
    if (OPENED_AT.matcher(Window.before(view.sentence().text(), start, 32)).find()
        || AT_THE_OPEN.matcher(view.sentence().text()).lookingAt()) {
      return Subject.AT_THE_OPEN;
    }
    Matcher ago = YEARS_AGO_AFTER.matcher(after);
    if (ago.lookingAt()) {
      return Integer.toString(published.getYear() - Numbers.parse(ago.group("years")).intValue());
    }
    int at = view.tokenAt(start);
    int last = Math.max(at, view.tokenAt(end - 1));
    if (!periodTokens.isEmpty()) {
      int nearest = 0;
      for (int k = 1; k < periodTokens.size(); k++) {
        if (view.distance(periodTokens.get(k), at) < view.distance(periodTokens.get(nearest), at)) {
          nearest = k;
        }
      }
      return periodNames.get(nearest);
    }
    String scope = nearestEvent(at, last);
    for (int k = 0; k < stretches.size() && scope.isEmpty(); k++) {
      if (stretches.get(k).from() <= start && start < stretches.get(k).to()) {
        scope = stretches.get(k).year();
      }
    }
    return scope;
  }

  /**
   * Where a past year dates every figure, however far from it: the sentence it opens ("In 2021,
   * Reddit raised $1.3 billion in a funding round and had a private market valuation of $10
   * billion", "That year, ..."), and a clause that tells what happened in it ("since 1999, when a
   * quake killed about 17,000 people", "the 1999 disaster that killed 17,000"); each until a
   * clause turns to another time ("; now", "but today").
   */
  private static List<DatedStretch> datedStretches(String text, int currentYear) {
    List<DatedStretch> out = new ArrayList<>();
    Matcher fronted = FRONTED_YEAR.matcher(text);
    if (fronted.lookingAt()) {
      String year = fronted.group(1) == null ? Subject.THAT_YEAR : fronted.group(1);
      addStretch(out, text, year, fronted.end(), currentYear, STRETCH_ENDS);
    }
    Matcher told = YEAR_OF_CLAUSE.matcher(text);
    while (told.find()) {
      // "since 1999, when a quake killed 17,000, Monday's quake has killed 2,300": a comma ends it
      addStretch(out, text, told.group(1) != null ? told.group(1) : told.group(2), told.end(),
          currentYear, CLAUSE_ENDS);
    }
    return out;
  }

  private static void addStretch(List<DatedStretch> out, String text, String year, int from,
      int currentYear, Pattern ends) {
    if (year.equals(Subject.THAT_YEAR) || Integer.parseInt(year) < currentYear) {
      Matcher end = ends.matcher(text);
      out.add(new DatedStretch(from, end.find(from) ? end.start() : text.length(), year));
    }
  }

  /** Characters {@code [from, to)} of a sentence, all dated {@code year}. */
  private record DatedStretch(int from, int to, String year) {}

  /** The name of the dated event nearest the figure at tokens {@code [at, last]}, or "". */
  private String nearestEvent(int at, int last) {
    String scope = "";
    int best = MAX_SCOPE_DISTANCE + 1;
    for (int k = firstNear(at); k < eventTokens.size() && eventTokens.get(k) <= last + best; k++) {
      // measured from the figure's nearer end: "$10 billion it received in its last private
      // fundraising in 2021" is as near its year as "it received $10 billion ... in 2021"
      int d = view.distance(eventTokens.get(k), eventTokens.get(k) > last ? last : at);
      if (eventTokens.get(k) > last && otherFigureBefore(last + 1, eventTokens.get(k))) {
        break; // "63.7 percent, up from 63.1 percent in 2023": the year is the earlier figure's
      }
      if (d < best) {
        best = d;
        scope = eventNames.get(k);
      }
    }
    return scope;
  }

  /**
   * True when another figure's phrase stands in {@code [from, to)}, before a year: one the figure
   * is compared with ("63.7 percent, up from 63.1 percent in 2023") or one of a clause of its own
   * ("employs 1,500 pilots and carried 14.2 million passengers in 2025"). An amount in the figure's
   * own phrase ("valued at $10 billion in a round of $1.3 billion in 2021") shares its year.
   */
  private boolean otherFigureBefore(int from, int to) {
    for (int k = from; k < to; k++) {
      String tag = view.tokens().get(k).tag();
      if (SETS_APART.contains(view.lower(k)) || tag.equals("VERB") || tag.equals("AUX")) {
        return Amounts.amountBetween(view, k + 1, to) || Amounts.numberBetween(view, k + 1, to);
      }
    }
    return false;
  }

  private static final Set<String> SETS_APART =
      Set.of("from", "than", "versus", "vs", "vs.", "against", "compared", "and", "while", ",",
          ";");

  /**
   * The period a change is measured over, from the words after it: "y/y" for "rose 5.1% in the
   * year to October", "3.5% higher than a year earlier", "jumped 427% year-over-year"; "q/q" for
   * "up 18% from the previous quarter"; "m/m" for "increased by 0.4% in October", "climbing 0.4%
   * from September". A monthly and an annual change of one thing are two figures, not a
   * contradiction. "" when the words say neither.
   */
  static String periodOfChange(String text, int end) {
    String after = Window.after(text, end);
    if (ANNUAL_CHANGE.matcher(after).lookingAt()) {
      return Subject.OVER_A_YEAR;
    }
    if (QUARTERLY_CHANGE.matcher(after).lookingAt()) {
      return Subject.OVER_A_QUARTER;
    }
    return MONTHLY_CHANGE.matcher(after).lookingAt() ? Subject.OVER_A_MONTH : "";
  }

  private static final Pattern ANNUAL_CHANGE = Pattern.compile("(?i)^[\\s,]*(?:[a-z]+\\s){0,3}"
      + "(?:in\\s(?:the\\s)?(?:year|12\\smonths)\\sto\\b|year[\\s-](?:on|over)[\\s-]year|y/y\\b"
      + "|yoy\\b|(?:from|than|on"
      + "|compared\\swith|over)\\s(?:a|the)\\s(?:year|(?:previous|prior|preceding)\\syear)"
      + "(?:\\s(?:earlier|ago|before))?\\b"
      + "|(?:from|than|on|compared\\s(?:with|to)|over|versus)\\s(?:" + THE_YEAR_BEFORE + ")"
      + "|on\\slast\\syear|from\\slast\\syear|on\\sthe\\syear"
      + "|over\\sthe\\s(?:(?:past|last)\\s)?(?:year|12\\smonths|twelve\\smonths)"
      + "|(?:in|during)\\sthe\\s(?:past|last)\\s(?:year|12\\smonths|twelve\\smonths))");
  /**
   * "Up 18% from the previous quarter", "quarter-on-quarter", "sequentially": a change over a
   * quarter, not the year's. "From Q1 2023" may be either, and says nothing here.
   */
  private static final Pattern QUARTERLY_CHANGE = Pattern.compile("(?i)^[\\s,]*(?:[a-z]+\\s){0,2}"
      + "(?:(?:from|over|than|on|versus|compared\\s(?:with|to))\\s(?:the\\s)?(?:previous|prior"
      + "|preceding|last|sequential)\\squarter(?![\\s-]centur)"
      + "|quarter[\\s-](?:on|over)[\\s-]quarter"
      + "|sequentially|on\\sa\\ssequential\\sbasis)\\b");
  private static final Pattern MONTHLY_CHANGE = Pattern.compile("^[\\s,]*(?:[a-z]+\\s)?"
      + "(?:in\\s" + DateFinder.MONTH_NAMES + "\\b(?![^.;]{0,40}(?:year|annual))|from\\s"
      + DateFinder.MONTH_NAMES
      + "\\b|(?i:month[\\s-]on[\\s-]month|from\\sthe\\sprevious\\smonth|on\\sthe\\smonth))");

  /**
   * The month of a monthly change the words right after it date ("rose 2% in March", a past
   * month): {@code "m/m 2026-03"}, so that March's change is not April's; "from July 2023" a year
   * before the article is a change over the year. Else {@code period} as it is: "climbing 0.4%
   * from September" names the month it is measured from, and "in March and April" no one month.
   */
  String monthOfChange(String period, int end) {
    if (!period.equals(Subject.OVER_A_MONTH)) {
      return period;
    }
    Matcher from = FROM_MONTH_OF_YEAR.matcher(Window.after(view.sentence().text(), end));
    if (from.lookingAt()) {
      // "wages rose 3.6% from July 2023", written in August 2024: a change over the year; over
      // some other number of months, no period a scope names
      YearMonth since =
          YearMonth.of(Integer.parseInt(from.group(2)), DateFinder.month(from.group(1)));
      long months = ChronoUnit.MONTHS.between(since, YearMonth.from(published));
      return months >= 11 && months <= 13 ? Subject.OVER_A_YEAR : "";
    }
    int k = monthNamedAfter(end);
    return k < 0 ? period
        : period + " " + monthNames.get(k).substring(Subject.MONTH_PREFIX.length());
  }

  /**
   * "Up 18% from Q4 2023", written in May 2024: a change from the quarter before the last one
   * ended is over a quarter, from that quarter a year back over the year, and from any other over
   * no period a scope names. Empty when no quarter of a year follows "from": the quarter it names
   * is what the change is measured from, never the figure's own period.
   */
  Optional<String> fromQuarter(int end) {
    Matcher from = FROM_QUARTER.matcher(Window.after(view.sentence().text(), end));
    if (!from.lookingAt()) {
      return Optional.empty();
    }
    int quarter = from.group(1) != null ? Integer.parseInt(from.group(1))
        : ORDINALS.indexOf(from.group(2).toLowerCase(Locale.ROOT)) + 1;
    int base = Integer.parseInt(from.group(3)) * 4 + quarter - 1;
    int lastEnded = published.getYear() * 4 + (published.getMonthValue() - 1) / 3 - 1;
    return Optional.of(lastEnded - base == 1 ? Subject.OVER_A_QUARTER
        : lastEnded - base == 4 ? Subject.OVER_A_YEAR : "");
  }

  private static final Pattern FROM_BEFORE = Pattern.compile("(?i)\\bfrom\\s(?:the\\s)?$");

  private static final Pattern FROM_QUARTER = Pattern.compile("(?i)^[\\s,]*(?:[a-z]+\\s)?"
      + "from\\s(?:the\\s)?(?:Q([1-4])|(first|second|third|fourth)\\squarter(?:\\sof)?)"
      + ",?\\s(" + Numbers.YEAR + ")\\b");

  private static final Pattern FROM_MONTH_OF_YEAR = Pattern.compile("^[\\s,]*(?:[a-z]+\\s)?"
      + "from\\s(" + DateFinder.MONTH_NAMES + "),?\\s(" + Numbers.YEAR + ")\\b");

  private static final Pattern IN_MONTH = Pattern.compile("^[\\s,]*(?:[a-z]+\\s)?in\\s("
      + DateFinder.MONTH_NAMES + ")\\b(?!\\s?(?:and|or|to|through|-|–)\\s?"
      + DateFinder.MONTH_NAMES + ")");

  /** The first event that may lie within the distance: token distance never exceeds it. */
  private int firstNear(int at) {
    int lo = 0;
    int hi = eventTokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (eventTokens.get(mid) < at - MAX_SCOPE_DISTANCE) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static String name(Mention time) {
    if (time.kind() == ClaimKind.YEAR) {
      return time.value().toPlainString();
    }
    return LocalDate.ofEpochDay(time.low().longValueExact()).toString();
  }
}
