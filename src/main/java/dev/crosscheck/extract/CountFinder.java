package dev.crosscheck.extract;

import dev.crosscheck.internal.Texts;
import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.model.Token;
import dev.crosscheck.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts and measured quantities: "300 people", "27 employees", "a dozen", "hundreds of homes",
 * "3 million barrels", "2.2 million barrels per day", "a 1 million-bpd cut", "1 gigawatt", "up to
 * a gigawatt", "40 km", "3,000 tonnes", "12,000 hectares", "magnitude 5.4".
 * The counted noun comes from the POS tags; ordinals, product names ("Windows 11") and bare numbers
 * are not counts, except the people a casualty verb takes ("the 1999 quake that killed 17,000").
 */
final class CountFinder implements MentionFinder {
  /** "300 people", "a dozen eggs", "hundreds of homes", "3 million barrels", "two foundation model generations". */
  private static final Pattern AMOUNT_NOUN =
      Pattern.compile(
          Numbers.AT_AMOUNT + "(?<![\\w.$€£,-])(?<amount>"
              + Numbers.DIGITS
              + "|"
              + Numbers.WORDS
              + "|an?\\sdozen|dozens|hundreds|thousands|millions|half\\san?|an?)"
              + "(?:\\s(?<scale>thousand|million|billion|trillion)-?)?(?<of>\\sof)?"
              // "1.5C", "45m": only digits may touch their unit; "ANC" is no "an" Celsius
              + "(?:(?<=[\\d-])\\s?|\\s)"
              + "(?<noun>[A-Za-z][A-Za-z-]{0,30}(?:/h)?)",
          Pattern.CASE_INSENSITIVE);

  /** "37 of the 101 seats": a part counted in the whole's noun. */
  private static final Pattern PART_OF_WHOLE = Pattern.compile(
      Numbers.AT_DIGIT + "(?<![\\w.$€£,-])(?<amount>" + Numbers.DIGITS
          + ")\\sof\\s(?:the|its|their)\\s"
          + "(?:" + Numbers.DIGITS + ")\\s(?<noun>[A-Za-z][A-Za-z-]{0,30})\\b");

  private static final Pattern RANGING = Pattern.compile("(?i)\\brang(?:ing|ed)\\sfrom\\s$");
  /** "Magnitude 6.3", "a 6.3-magnitude quake", and "from magnitude 5.5 to 6.3" for a series. */
  private static final Pattern MAGNITUDE = Pattern.compile(
      "\\b(?:magnitude[\\s-](?<a>\\d{1,2}\\.\\d)(?:\\sto\\s(?<to>\\d{1,2}\\.\\d))?"
          + "|(?<b>\\d{1,2}\\.\\d)[\\s-]magnitude)\\b",
      Pattern.CASE_INSENSITIVE);

  private static final Unit BARREL = Unit.measure("bbl", "bbl", BigDecimal.ONE);
  /** "2.2 million barrels per day", "1 million bpd": a rate of output, not a stock of oil. */
  private static final Unit BARRELS_PER_DAY = Unit.measure("bpd", "bbl/d", BigDecimal.ONE);
  private static final Pattern PER_DAY =
      Pattern.compile("(?:\\sof\\s(?:crude\\s)?oil)?\\s(?:per|a)\\sday\\b");

  /** Measure words: code, base unit and factor to it. */
  private static final Map<String, Unit> MEASURES = measures();
  private static final Set<Unit> MEASURE_UNITS = Set.copyOf(MEASURES.values());

  /** Nouns other finders own, or that make the number something other than a count. */
  private static final Set<String> NOT_COUNTED =
      Set.of("percent", "per", "pct", "year", "month", "week", "day", "hour", "decade", "century",
          "dollar", "euro", "pound", "yen", "rupee", "minute", "second", "time", "am", "pm",
          "billion", "million", "thousand", "trillion", "percentage", "point", "of", "to", "and",
          "or", "min", "quarter", "half", "third", "rate");

  private static final Pattern MAGNITUDE_BEFORE = Pattern.compile("(?i)magnitude[\\s-]$");

  /** "The 948-foot vessel", "a 300-metre tower", "the 10-mile stretch": a length as a modifier. */
  private static final Pattern HYPHENATED_MEASURE = Pattern.compile(Numbers.AT_DIGIT
      + "(?<![\\w.,$€£-])(?<amount>"
      + Numbers.DIGITS + ")-(?<unit>foot|metre|meter|mile|kilometre|kilometer|km|acre|hectare"
      + "|tonne|ton|megawatt|gigawatt)(?![\\w-])", Pattern.CASE_INSENSITIVE);

  /** A number or scale word right before "a barrel": "$62 a barrel" is a price per barrel. */
  private static final Pattern RATE_BEFORE =
      Pattern.compile("(?i)(?:\\d|\\b(?:thousand|million|billion|trillion|bn|m))\\s$");

  /** The most words a counted noun group spans: "two foundation model generations". */
  private static final int MAX_NOUN_GROUP = 6;

  /** Nouns that say when or how, not what: "45 patients overnight". */
  private static final Set<String> ADVERBIAL =
      Set.of("overnight", "today", "yesterday", "tomorrow", "tonight", "apiece", "annually", "daily",
          "weekly", "monthly", "yearly", "abroad", "online");

  private static final Set<String> PEOPLE = Set.of("people", "person");
  /** "employs about 4,500 people", "will hire 300 people": people counted as jobs. */
  private static final Pattern EMPLOYS =
      Pattern.compile("(?i)\\b(?:employ|employs|employed|employing|hire|hires|hired|hiring|staff of)"
          + "(?:\\s(?:about|around|some|roughly|nearly|almost|more\\sthan|over|up\\sto|at\\sleast))?\\s$");

  /**
   * "killed 17,000", "displaced some 40,000": the people a casualty verb takes, when no noun
   * follows the number to say what it counts. Not a number glued to more ("5-year-old", "5-0",
   * "1st") nor a rate ("kills 1 in 5 patients", "1 out of 3").
   */
  private static final Pattern CASUALTIES = Pattern.compile("(?i)\\b(?:kill(?:ed|ing|s)?"
      + "|injur(?:ed|ing|es)|wound(?:ed|ing|s)|displac(?:ed|ing|es)|evacuat(?:ed|ing|es))"
      + "\\s(?:(?:about|around|some|roughly|nearly|almost|more\\sthan|over|at\\sleast|up\\sto"
      + "|an\\sestimated)\\s)?(?<amount>" + Numbers.DIGITS + ")(?:\\s(?<scale>thousand|million))?"
      + "(?![\\d,.]*\\d|[\\w\\-\u2013/%])(?!\\s(?:out\\sof|per|in\\severy|of\\severy)\\s)");
  /**
   * "1 in 5", "1 in 5 patients": a share, not a toll. "killed 30 in 24 hours", "40 in 3 states"
   * and "2,000 in 1999" name a time or place instead.
   */
  private static final Pattern ONE_IN = Pattern.compile("\\sin\\s(?<of>\\d{1,3}(?:,\\d{3})*)"
      + "(?:\\s(?:people|persons|patients|children|adults|residents|cases|men|women))?"
      + "(?![\\w,.-]*\\w)(?!\\s+\\p{L})");
  private static final Unit PEOPLE_COUNT = Unit.count("people");
  /** "A crowd of 78,500", "an attendance of 41,000": a bare number of people. */
  private static final Pattern CROWD = Pattern.compile("(?i)\\b(?:crowd|attendance|audience)"
      + "\\sof\\s(?<amount>\\d{1,3}(?:,\\d{3})+|\\d{2,7})(?![\\d,.]*\\d|\\s?%)");
  /**
   * "The population rose to 8.14 million", "the number of households grew to 3.6 million", "the
   * waiting list ... fell to 7.41 million": a bare number that counts people, or what "number of"
   * names. "The number of people out of work increased by 98,000 to 1.67 million" counts 1.67
   * million; the change before it has no noun to count.
   */
  private static final Pattern POPULATION = Pattern.compile("(?i)\\b(?:population|waiting\\slist"
      + "|number\\sof\\s(?<noun>[a-z]+))(?:\\s[a-z0-9,]+){0,8}?\\s(?:to|of|at|was|is|reached|hit"
      + "|topped|passed|exceeded|totalled|totaled)\\s(?:(?:about|around|some|roughly|nearly|almost|more\\sthan"
      + "|over|just\\sover|under)\\s)?(?<amount>" + Numbers.DIGITS + ")(?:\\s(?<scale>thousand"
      + "|million|billion))?(?![\\d,.]*\\d|\\s?%|-)");
  /** "62 passengers and crew", "150 passengers and crew members". */
  private static final Pattern AND_CREW =
      Pattern.compile("(?i)\\s+and\\s+crew(?:\\s+members)?\\b");

  private static final Pattern DEFINITE =
      Pattern.compile("(?i)\\b(?:the|these|those|its|their|both|all|our|his|her|each)\\s$");

  /** A year written as a number: "2023" without a thousands comma. */
  /** "the 2019 and 2023 agreements", "its 2019, 2021 and 2023 deals": years naming which ones. */
  /** A preposition of time right before a year-like number: "as 2023 draws", "in 2023 sales". */
  private static final Pattern YEAR_PREPOSITION = Pattern.compile(
      "(?i)\\b(?:as|in|since|during|until|through|by|before|after)\\s$");
  private static final Pattern YEARS_BEFORE = Pattern.compile(
      "(?i)\\b(?:(?:19|20)\\d\\d(?:,|\\s(?:and|or|to))|the|its|their|this|that)\\s$");

  @Override
  public List<Mention> find(Sentence sentence, ExtractionContext context) {
    String text = sentence.text();
    List<Mention> found = new ArrayList<>();
    Matcher m = AMOUNT_NOUN.matcher(text);
    while (m.find()) {
      count(sentence, m).ifPresent(found::add);
    }
    Matcher p = PART_OF_WHOLE.matcher(text);
    while (p.find()) {
      partOfWhole(sentence, p).ifPresent(found::add);
    }
    if (Texts.containsAnyIgnoreCase(text, "kill", "injur", "wound", "displac", "evacuat")) {
      Matcher c = CASUALTIES.matcher(text);
      while (c.find()) {
        casualties(sentence, c).ifPresent(found::add);
      }
    }
    if (Texts.containsAnyIgnoreCase(text, "crowd", "attendance", "audience")) {
      Matcher c = CROWD.matcher(text);
      while (c.find()) {
        if (!nounAfter(sentence, c.end("amount"))) {
          // "a crowd of 78,500 watched": the people there, as "in front of 81,000 fans" counts
          found.add(Mention.of(ClaimKind.COUNT, c.start("amount"), c.end("amount"),
              Numbers.digits(c.group("amount")), BigDecimal.ZERO, PEOPLE_COUNT));
        }
      }
    }
    if (Texts.containsAnyIgnoreCase(text, "population", "number of", "waiting list")) {
      Matcher c = POPULATION.matcher(text);
      while (c.find()) {
        population(sentence, c).ifPresent(found::add);
      }
    }
    Matcher h = HYPHENATED_MEASURE.matcher(text);
    while (h.find()) {
      Unit unit = MEASURES.get(h.group("unit").toLowerCase(Locale.ROOT));
      String amount = h.group("amount");
      found.add(Mention.of(ClaimKind.COUNT, h.start("amount"), h.end(), Numbers.digits(amount),
          precision(amount, false), unit));
    }
    boolean magnitude = Texts.containsAnyIgnoreCase(text, "magnitude");
    Matcher g = MAGNITUDE.matcher(text);
    while (magnitude && g.find()) {
      String a = g.group("a") != null ? g.group("a") : g.group("b");
      BigDecimal low = Numbers.digits(a);
      // "ranging from magnitude 5.5 to 6.3" is a series; "upgraded from magnitude 6.1 to 6.3" is
      // a revision, whose old figure is no bound of the new one
      boolean series = g.group("to") != null
          && RANGING.matcher(Window.before(text, g.start(), 16)).find();
      BigDecimal high = series ? Numbers.digits(g.group("to")) : low;
      found.add(high.compareTo(low) > 0
          ? Mention.range(ClaimKind.COUNT, g.start(), g.end(), low, high, BigDecimal.ZERO,
              Unit.count("magnitude"))
          : Mention.of(ClaimKind.COUNT, g.start(), g.end(), low, BigDecimal.ZERO,
              Unit.count("magnitude")));
    }
    return found;
  }

  private Optional<Mention> count(Sentence sentence, Matcher m) {
    String amount = m.group("amount").toLowerCase(Locale.ROOT);
    String noun = m.group("noun");
    if (Character.isDigit(amount.charAt(0)) && NamedCounts.endsName(sentence, m.start())) {
      return Optional.empty(); // "Boeing 737 Max 9 planes": a model, not nine planes
    }
    Unit measure = MEASURES.get(noun.toLowerCase(Locale.ROOT));
    if (measure == null && MEASURES.containsKey(noun)) {
      measure = MEASURES.get(noun);
    }
    if (measure != null && isArticle(amount) && RATE_BEFORE.matcher(Window.before(sentence.text(), m.start(), 12)).find()) {
      return Optional.empty(); // "$62 a barrel", "€15 an hour": a rate, not an amount
    }
    if (measure != null) {
      Matcher perDay = PER_DAY.matcher(sentence.text());
      perDay.region(m.end("noun"), sentence.text().length());
      return Optional.of(measure.equals(BARREL) && perDay.lookingAt()
          ? quantity(m, amount, perDay.end(), BARRELS_PER_DAY)
          : quantity(m, amount, m.end("noun"), measure));
    }
    if (noun.equalsIgnoreCase("magnitude") || MAGNITUDE_BEFORE.matcher(
        sentence.text().substring(Math.max(0, m.start() - 10), m.start())).find()) {
      return Optional.empty(); // "5.4 magnitude earthquake": the magnitude pattern reads it
    }
    if (amount.equals("a") || amount.equals("an") || amount.equals("one") || amount.equals("zero")
        || amount.startsWith("half") && m.group("scale") == null) {
      return Optional.empty(); // "half a dozen", "half a day": no count; "half a million" is
    }
    if (Numbers.YEAR_ONLY.matcher(amount).matches()
        && YEARS_BEFORE.matcher(Window.before(sentence.text(), m.start(), 16)).find()) {
      return Optional.empty(); // "the 2019 and 2023 agreements" are two agreements, not 2,023
    }
    if (Numbers.YEAR_ONLY.matcher(amount).matches()
        && YEAR_PREPOSITION.matcher(Window.before(sentence.text(), m.start(), 16)).find()) {
      return Optional.empty(); // "as 2023 draws closer", "in 2023 sales rose": a year
    }
    if (Numbers.YEAR_ONLY.matcher(amount).matches()
        && YearFinder.isBaseline(sentence.text(), m.end("amount"))) {
      return Optional.empty(); // "from 2019 levels", "in 2020 dollars": a year, not a count
    }
    Optional<Token> head = counted(NamedCounts.isAcronymPlural(noun)
        ? headNoun(sentence, m.start("noun")) // "1.2 million SUVs"
        : Character.isUpperCase(noun.charAt(0))
        // "Microsoft 365 Copilot", "Windows 11 Pro": a name, no count
        ? NamedCounts.things(sentence, m.start(), m.start("noun"))
        : headNoun(sentence, m.start("noun")));
    if (head.isEmpty()) {
      return Optional.empty();
    }
    String before = sentence.text().substring(Math.max(0, m.start() - 8), m.start());
    if (Numbers.isWords(amount) && DEFINITE.matcher(before).find()) {
      return Optional.empty(); // "the two companies" refers back, it does not count
    }
    String lemma = lemmaOf(head.get());
    Unit unit = Unit.count(lemma);
    if (PEOPLE.contains(lemma) && EMPLOYS.matcher(Window.before(sentence.text(), m.start(), 24)).find()) {
      unit = Unit.jobsAs(lemma); // "employ 2,500 people" counts jobs, as "3,000 jobs" does
    }
    String text = sentence.text();
    Matcher crew = AND_CREW.matcher(text).region(head.get().end(), text.length());
    if (crew.lookingAt()) {
      // "all 62 passengers and crew": everyone on board, as "all 64 people on board" counts
      return Optional.of(quantity(m, amount, crew.end(), PEOPLE_COUNT));
    }
    return Optional.of(quantity(m, amount, head.get().end(), unit));
  }

  /** The part of "37 of the 101 seats", counted in seats; the whole is a count of its own. */
  private static Optional<Mention> partOfWhole(Sentence sentence, Matcher m) {
    return counted(headNoun(sentence, m.start("noun"))).map(head -> Mention.of(ClaimKind.COUNT,
        m.start("amount"), m.end("amount"), Numbers.parse(m.group("amount")), BigDecimal.ZERO,
        Unit.count(head.lemma().toLowerCase(Locale.ROOT))));
  }

  /** {@code head} unless it is a noun other finders own or that makes no count ("percent"). */
  private static Optional<Token> counted(Optional<Token> head) {
    return head.filter(t -> !NOT_COUNTED.contains(t.lemma().toLowerCase(Locale.ROOT)));
  }

  /** The counted noun's lemma: "suv" of "SUVs", which the lemmatizer leaves as it is. */
  private static String lemmaOf(Token head) {
    String text = head.text();
    return NamedCounts.isAcronymPlural(text)
        ? text.substring(0, text.length() - 1).toLowerCase(Locale.ROOT)
        : head.lemma().toLowerCase(Locale.ROOT);
  }

  /** The bare number of a casualty verb, unless a word after it says what it counts. */
  private static Optional<Mention> casualties(Sentence sentence, Matcher m) {
    List<Token> tokens = sentence.tokens();
    int next = Window.tokenAt(tokens, m.end());
    if (next < tokens.size() && tokens.get(next).start() >= m.end()) {
      Token t = tokens.get(next);
      boolean says = t.isNoun() || t.isProperNoun() || t.tag().equals("ADJ")
          || t.tag().equals("NUM") || t.text().equals("%") || t.text().equalsIgnoreCase("of");
      if (says) {
        return Optional.empty(); // "killed 300 people", "killed 3% of": another rule reads it
      }
    }
    String amount = m.group("amount");
    boolean scaled = m.group("scale") != null;
    if (!scaled && amount.indexOf('.') >= 0) {
      return Optional.empty(); // "kills 1.5 in every thousand": a rate, not people
    }
    Matcher share = ONE_IN.matcher(sentence.text()).region(m.end(), sentence.text().length());
    if (!scaled && share.lookingAt()
        && Numbers.parse(amount).compareTo(Numbers.parse(share.group("of"))) < 0) {
      return Optional.empty();
    }
    BigDecimal scale = Numbers.scale(m.group("scale"));
    BigDecimal precision = scaled ? Numbers.halfLastDigit(amount) : BigDecimal.ZERO;
    return Optional.of(Mention.of(ClaimKind.COUNT, m.start("amount"), m.end(),
        Numbers.parse(amount).multiply(scale), precision.multiply(scale), PEOPLE_COUNT));
  }

  /** True when a noun follows {@code end}: "a crowd of 78,500 people", which counts people. */
  private static boolean nounAfter(Sentence sentence, int end) {
    List<Token> tokens = sentence.tokens();
    int next = Window.tokenAt(tokens, end);
    return next < tokens.size() && tokens.get(next).start() >= end
        && (tokens.get(next).isNoun() || tokens.get(next).tag().equals("NUM"));
  }

  /** The bare count of a population or a "number of" things, unless a noun after it says more. */
  private static Optional<Mention> population(Sentence sentence, Matcher m) {
    int end = m.end();
    if (nounAfter(sentence, end) || Numbers.YEAR_ONLY.matcher(m.group("amount")).matches()) {
      return Optional.empty(); // "of 8 million people": the counted noun reads it; "to 2030"
    }
    Unit unit = PEOPLE_COUNT;
    if (m.group("noun") != null) {
      Optional<Token> noun = counted(headNoun(sentence, m.start("noun")));
      if (noun.isEmpty()) {
        return Optional.empty();
      }
      unit = Unit.count(noun.get().lemma().toLowerCase(Locale.ROOT));
    }
    BigDecimal scale = Numbers.scale(m.group("scale"));
    BigDecimal precision = m.group("scale") == null ? BigDecimal.ZERO
        : Numbers.halfLastDigit(m.group("amount")).multiply(scale);
    return Optional.of(Mention.of(ClaimKind.COUNT, m.start("amount"), end,
        Numbers.digits(m.group("amount")).multiply(scale), precision, unit));
  }

  /**
   * The precision a count was written with: "2.32 shares" (for 2.3234) and "1.2 million" are
   * rounded to their last digit, "27 employees" is exact.
   */
  private static BigDecimal precision(String amount, boolean scaled) {
    return scaled || amount.indexOf('.') >= 0 ? Numbers.halfLastDigit(amount) : BigDecimal.ZERO;
  }

  private static boolean isArticle(String amount) {
    return amount.equals("a") || amount.equals("an");
  }

  private static Mention quantity(Matcher m, String amount, int end, Unit unit) {
    BigDecimal scale = Numbers.scale(m.group("scale"));
    switch (amount) {
      case "dozens":
        return Mention.range(ClaimKind.COUNT, m.start(), end, BigDecimal.valueOf(24), BigDecimal.valueOf(99), BigDecimal.ZERO, unit);
      case "hundreds":
        return Mention.range(ClaimKind.COUNT, m.start(), end, BigDecimal.valueOf(200), BigDecimal.valueOf(999), BigDecimal.ZERO, unit);
      case "thousands":
        return Mention.range(ClaimKind.COUNT, m.start(), end, BigDecimal.valueOf(2_000), BigDecimal.valueOf(9_999), BigDecimal.ZERO, unit);
      case "millions":
        return Mention.range(ClaimKind.COUNT, m.start(), end, BigDecimal.valueOf(2_000_000), BigDecimal.valueOf(999_999_999), BigDecimal.ZERO, unit);
      default:
        break;
    }
    BigDecimal value = amount.endsWith("dozen") ? BigDecimal.valueOf(12) : Numbers.parse(amount);
    BigDecimal precision = precision(amount, m.group("scale") != null);
    return Mention.of(ClaimKind.COUNT, m.start(), end, value.multiply(scale),
        precision.multiply(scale), unit);
  }

  /**
   * The last common noun of the noun group starting at {@code offset}: "foundation model
   * generations", "new species", "seasonal workers"; an adverb-like noun ("overnight") ends it.
   */
  private static Optional<Token> headNoun(Sentence sentence, int offset) {
    Token head = null;
    boolean first = true;
    List<Token> tokens = sentence.tokens();
    int from = Window.tokenAt(tokens, offset);
    for (int i = from; i < Math.min(tokens.size(), from + MAX_NOUN_GROUP); i++) {
      Token t = tokens.get(i);
      if (first && t.start() != offset) {
        return Optional.empty();
      }
      first = false;
      if (hyphenatedModifier(tokens, i)) {
        i += 2; // "28 water-dropping aircraft": the aircraft are counted, not the water
        head = null;
        continue;
      }
      boolean adjective = head == null && (t.tag().equals("ADJ") || participle(tokens, i)
          || coordinatedAdjective(tokens, i));
      if (!(t.isNoun() || adjective) || ADVERBIAL.contains(t.text().toLowerCase(Locale.ROOT))) {
        break;
      }
      head = t.isNoun() ? t : head;
      if (t.isNoun() && !t.lemma().equalsIgnoreCase(t.text())) {
        break; // a plural ends the group: "4,000 homes remain", "two model generations"
      }
    }
    return Optional.ofNullable(head);
  }

  /**
   * "15,000 planned operations", "300 injured people": a past participle before a noun describes
   * what is counted, as an adjective does.
   */
  private static boolean participle(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    return t.tag().equals("VERB") && !t.text().equalsIgnoreCase(t.lemma())
        && !t.text().endsWith("s") && !t.text().endsWith("ing") && i + 1 < tokens.size()
        && tokens.get(i + 1).isNoun() && Character.isLowerCase(tokens.get(i + 1).text().charAt(0));
  }

  /** "9.7 million current and former customers": "and" or "or" between two adjectives. */
  private static boolean coordinatedAdjective(List<Token> tokens, int i) {
    String w = tokens.get(i).text();
    return (w.equals("and") || w.equals("or")) && i > 0 && i + 1 < tokens.size()
        && tokens.get(i - 1).tag().equals("ADJ") && tokens.get(i + 1).tag().equals("ADJ");
  }

  /** True for a unit of measure ("km", "GW"), as against a counted noun. */
  static boolean isMeasure(Unit unit) {
    return MEASURE_UNITS.contains(unit);
  }

  /** Tokens {@code i, i+1, i+2} are one word joined by a hyphen: "water-dropping". */
  private static boolean hyphenatedModifier(List<Token> tokens, int i) {
    return i + 3 < tokens.size() && tokens.get(i + 1).text().equals("-")
        && tokens.get(i + 1).start() == tokens.get(i).end()
        && tokens.get(i + 2).start() == tokens.get(i + 1).end();
  }

  private static void alias(Map<String, Unit> measures, Unit unit, String... names) {
    for (String name : names) {
      measures.put(name, unit);
    }
  }

  private static Map<String, Unit> measures() {
    Unit gw = Unit.measure("GW", "W", new BigDecimal("1e9"));
    Unit mw = Unit.measure("MW", "W", new BigDecimal("1e6"));
    Unit kw = Unit.measure("kW", "W", new BigDecimal("1e3"));
    Unit km = Unit.measure("km", "m", new BigDecimal("1000"));
    Unit mile = Unit.measure("mi", "m", new BigDecimal("1609.344"));
    Unit tonne = Unit.measure("t", "kg", new BigDecimal("1000"));
    Unit kg = Unit.measure("kg", "kg", BigDecimal.ONE);
    Unit metre = Unit.measure("m", "m", BigDecimal.ONE);
    Unit cm = Unit.measure("cm", "m", new BigDecimal("0.01"));
    Unit mm = Unit.measure("mm", "m", new BigDecimal("0.001"));
    Unit hectare = Unit.measure("ha", "m2", new BigDecimal("1e4"));
    Unit acre = Unit.measure("acres", "m2", new BigDecimal("4046.8564224"));
    Unit kmh = Unit.measure("km/h", "km/h", BigDecimal.ONE);
    Unit mph = Unit.measure("mph", "km/h", new BigDecimal("1.609344"));
    Unit gwh = Unit.measure("GWh", "Wh", new BigDecimal("1e9"));
    Unit mwh = Unit.measure("MWh", "Wh", new BigDecimal("1e6"));
    Unit twh = Unit.measure("TWh", "Wh", new BigDecimal("1e12"));
    Unit celsius = Unit.measure("°C", "°C", BigDecimal.ONE);
    Unit foot = Unit.measure("ft", "m", new BigDecimal("0.3048"));
    java.util.HashMap<String, Unit> m = new java.util.HashMap<>();
    alias(m, gwh, "gigawatt-hours", "gigawatt-hour", "GWh");
    alias(m, mwh, "megawatt-hours", "megawatt-hour", "MWh");
    alias(m, twh, "terawatt-hours", "terawatt-hour", "TWh");
    alias(m, gw, "gigawatt", "gigawatts", "GW");
    alias(m, mw, "megawatt", "megawatts", "MW");
    alias(m, kw, "kilowatt", "kilowatts", "kW");
    alias(m, km, "km", "kilometres", "kilometers", "kilometre", "kilometer");
    alias(m, mile, "miles", "mile");
    alias(m, tonne, "tonnes", "tonne", "tons", "ton", "metric tons");
    alias(m, kg, "kg", "kilograms", "kilogram", "kilos");
    alias(m, BARREL, "barrels", "barrel");
    alias(m, BARRELS_PER_DAY, "bpd");
    alias(m, hectare, "hectares", "hectare", "ha");
    alias(m, acre, "acres", "acre");
    alias(m, metre, "metre", "metres", "meter", "meters");
    alias(m, foot, "feet", "foot", "ft");
    alias(m, cm, "cm", "centimetre", "centimetres", "centimeter", "centimeters");
    alias(m, mm, "mm", "millimetre", "millimetres", "millimeter", "millimeters");
    m.put("km/h", kmh);
    m.put("C", celsius); // "1.5C"; upper case only, as "c" is no unit
    alias(m, celsius, "celsius"); // looked up in lower case first
    m.put("mph", mph);
    return Map.copyOf(m);
  }
}
