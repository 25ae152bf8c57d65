package dev.crosscheck.extract;

import dev.crosscheck.extract.SentenceView.Entity;
import dev.crosscheck.internal.Texts;
import dev.crosscheck.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the names one sentence mentions, for {@link SentenceView}: runs of capitalised words
 * that the tagger, the entity lexicon or the article says are names, and the rules that tell
 * a name from a capitalised common word, a title, a dateline, a modifier or a place that only
 * describes a noun. Stateless. Over 500 lines: each rule asks the others (a word opening a
 * sentence is a name if it is the subject of its verb, unless it is a title or a modifier), and
 * apart they would pass the same tokens back and forth.
 */
final class SentenceNames {
  /** How far an appositive (", an AI company in The Netherlands,") may reach. */
  private static final int APPOSITIVE_REACH = 16;
  /**
   * Bodies that act for the name they follow, unlike the things a name only describes ("the
   * Arizona plant", "the Premier League club"). Lemmas, lower-cased.
   */
  private static final Set<String> BODIES = Set.of("council", "board", "government",
      "administration", "ministry", "cabinet", "parliament", "legislature", "committee",
      "commission", "management", "shareholder", "regulator", "authority", "union", "department");
  /** Kinds of place between a place's name and its body: "the Tampere city council". */
  private static final Set<String> PLACE_KINDS = Set.of("city", "county", "state", "town",
      "village", "district", "municipal", "regional", "provincial", "federal", "national");
  /** "Forty", "Two": capitalised number words open sentences, they name nothing. */
  private static final Pattern NUMBER_WORD = Pattern.compile("(?i)" + Numbers.WORDS);

  private SentenceNames() {}

  static List<Entity> find(
      List<Token> tokens, EntityLexicon lexicon, ExtractionContext context, int body) {
    List<Entity> found = new ArrayList<>();
    int opening = openingWord(tokens, body);
    int i = 0;
    while (i < tokens.size()) {
      if (gluedToNumber(tokens, i) || dollarMark(tokens, i) || grade(tokens.get(i))
          || (i == opening && (OPENING_PREPOSITIONS.contains(tokens.get(i).text())
              || openingDescriptor(tokens, i)))) {
        i++; // "At Al Hilal, he'll earn": the name starts after the preposition
        continue;
      }
      boolean name = isNameToken(tokens.get(i), lexicon, context) || (i == 0 && subjectName(tokens, lexicon))
          || opensName(tokens, i, lexicon, context) || knownSubject(tokens, i, lexicon, context);
      if (!name) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && !possessive(tokens.get(j - 1))) {
        boolean joined = ampersand(tokens, j) || hyphenated(tokens, j, context);
        if (!joined && !continuesName(tokens.get(j), lexicon, context)
            && !adjectiveInName(tokens, j, lexicon, context) && !oneInName(tokens, j)) {
          break;
        }
        j += joined ? 2 : 1;
      }
      j = possessive(tokens.get(j - 1)) ? j : throughOf(tokens, j, lexicon, context);
      j = pastInstitutionAnd(tokens, j);
      boolean capitalisedNext = j < tokens.size() && !tokens.get(j).text().isEmpty()
          && Character.isUpperCase(tokens.get(j).text().charAt(0));
      boolean subject = tokens.get(i).isProperNoun() && j < tokens.size()
          && (actsAsVerb(tokens, pastWhen(tokens, j)) || relativeClauseAfter(tokens, j))
          && !context.writesInLowerCase(SentenceView.bare(tokens.get(i).text()))
          && !(plural(tokens.get(i)) && !context.mayBeName(SentenceView.bare(tokens.get(i).text())));
      if (i == opening && j == i + 1 && !capitalisedNext && !subject
          && !knownName(tokens.get(i), lexicon, context) && !ownerOpening(tokens.get(i))) {
        // A lone capitalised word opening the sentence, not the subject of its verb ("Acme paid")
        // nor a word the article writes in lower case ("Production is due"): "Gross margin
        // widened" names nobody; "Northbridge United" names a club.
        i = j;
        continue;
      }
      if ((j == i + 1 && DEMONYMS.contains(SentenceView.bare(tokens.get(i).text())))
          || (j == i + 2 && DEMONYMS.contains(name(tokens, i, j)))) {
        i = j; // "the previous Dutch record", "a Saudi Arabian club": a people's adjective
        continue;
      }
      if (j == i + 1 && j < tokens.size() && DEMONYMS.contains(name(tokens, i, j + 1))
          && !capitalisedAt(tokens, j + 1)) {
        // "North American theaters": the tagger ends the name before the adjective; "North
        // American Lithium" goes on as a name
        i = j + 1;
        continue;
      }
      if (lexicon.isStopword(name(tokens, i, j))) {
        i = j; // "from midnight Pacific Time on Friday" dates a figure
        continue;
      }
      if (INITIALS.contains(name(tokens, i, j)) && describesNext(tokens, j)) {
        i = j; // "US tech giant", "EU rules": initials before a noun describe it
        continue;
      }
      // "WASHINGTON, D.C. -": a dateline's place is where the story was filed, no party to it
      found.add(entity(tokens, i, j, lexicon, inAppositive(tokens, i) || describes(tokens, i, j)
          || j <= body || modifies(tokens, j)));
      i = j;
    }
    return List.copyOf(found);
  }

  /**
   * "Iraq (223,000 bpd), the United Arab Emirates (163,000 bpd), ...", "Iraq by 223,000 bpd, the
   * United Arab Emirates by 163,000 bpd": a figure of its own makes a name an item of a list.
   */
  private static boolean listItem(List<Token> tokens, int k) {
    String t = tokens.get(k).text();
    return t.equals("(") || (t.equals("by") && amountAt(tokens, k + 1));
  }

  /**
   * A number in digits that is no year: "by 163,000", not "by 2030" nor a name the tagger took for
   * one.
   */
  static boolean amountAt(List<Token> tokens, int k) {
    return k < tokens.size() && tokens.get(k).tag().equals("NUM")
        && !tokens.get(k).text().isEmpty() && Character.isDigit(tokens.get(k).text().charAt(0))
        && !Numbers.YEAR_ONLY.matcher(tokens.get(k).text()).matches();
  }


  /**
   * True when token {@code i} stands inside ", a/an ... ," describing the noun before it: a
   * noun group closed by a comma, with no verb ("a move that comes after Amazon made" is a clause)
   * and no bracket.
   */
  private static boolean inAppositive(List<Token> tokens, int i) {
    int open = -1;
    for (int k = i - 1; k > Math.max(0, i - APPOSITIVE_REACH) && open < 0; k--) {
      String t = tokens.get(k).text();
      if (t.equals(",") || tokens.get(k).isVerb()) {
        return false;
      }
      // "Conversely, the BJP, which ...": an adverb before the comma has nothing to describe
      if ((t.equalsIgnoreCase("a") || t.equalsIgnoreCase("an") || t.equalsIgnoreCase("the"))
          && tokens.get(k - 1).text().equals(",")
          && !(k == 2 && tokens.get(0).tag().equals("ADV"))) {
        open = k;
      }
    }
    for (int k = i + 1; open >= 0 && k < Math.min(tokens.size(), i + APPOSITIVE_REACH); k++) {
      if (tokens.get(k).text().equals(",")) {
        return true;
      }
      if (tokens.get(k).isVerb() || tokens.get(k).tag().equals("AUX") || listItem(tokens, k)) {
        return false;
      }
    }
    return false;
  }

  /**
   * True when the name at {@code [from, to)} only describes something else: a dateline or aside in
   * parentheses ("WARSAW (Meridian) -"), the place of a dateline ("NEW YORK (Meridian) -"), or a
   * modifier between "the" and a common noun ("the Premier League club", "the Arizona plant"),
   * which names the noun, not a party.
   */
  private static boolean describes(List<Token> tokens, int from, int to) {
    if (from == 0 && Datelines.outletAt(tokens, to)) {
      return true;
    }
    if (to >= tokens.size()) {
      return false;
    }
    Token after = tokens.get(to);
    if (DESCRIPTORS.contains(lemma(after)) && to + 1 < tokens.size()
        && !possessive(tokens.get(to - 1)) && isCapitalised(tokens.get(to + 1))) {
      return true; // "Saudi Pro League team Al-Hilal", "Apple rival Samsung": the second is meant
    }
    if (from == 0) {
      return false;
    }
    String before = tokens.get(from - 1).text();
    if (before.equals("(") && after.text().equals(")")) {
      return true;
    }
    return before.equalsIgnoreCase("the") && isCommonNoun(after) && !verbTaggedNoun(tokens, to)
        && !possessive(tokens.get(to - 1)) && !namesBody(tokens, to)
        && !EVENTS.contains(lemma(after));
  }

  /**
   * "Chipmaker Intel is to slash", "Drugmaker Pfizer agreed": a kind of company opening the
   * sentence, capitalised only for that, before the name it describes.
   */
  private static boolean openingDescriptor(List<Token> tokens, int i) {
    String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
    return i + 1 < tokens.size() && isCapitalised(tokens.get(i + 1))
        && (OPENING_KINDS.contains(word) || (word.endsWith("maker") && word.length() > 6));
  }

  /** Kinds that open no company's name; not "Giant" ("Giant Eagle") nor "Unit". */
  private static final Set<String> OPENING_KINDS = Set.of("lender", "insurer", "retailer",
      "conglomerate", "startup", "broadcaster", "miner", "brewer", "wholesaler", "grocer",
      "regulator", "automaker", "carmaker", "chipmaker");

  /** Kinds of organisation a name may describe another by: "Saudi Pro League team Al-Hilal". */
  private static final Set<String> DESCRIPTORS = Set.of("team", "club", "side", "champion",
      "outfit", "carrier", "airline", "company", "firm", "giant", "carmaker", "automaker",
      "chipmaker", "lender", "insurer", "retailer", "startup", "conglomerate", "subsidiary",
      "rival", "unit");

  /** True when the token's text begins with a capital: "Max", "US"; false for an empty one. */
  static boolean isCapitalised(Token t) {
    return !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0));
  }

  /**
   * Nouns of events a place names: "the Palisades fire", "the Eaton fire", "the Noto earthquake"
   * are the fire and the earthquake, where "the Arizona plant" is a plant in Arizona.
   */
  private static final Set<String> EVENTS = Set.of("fire", "wildfire", "blaze", "storm",
      "hurricane", "typhoon", "cyclone", "earthquake", "quake", "flood", "outbreak", "eruption",
      "crash", "collapse", "disaster");

  /**
   * "The Fed cut rates", "the Fed cuts its rate": a verb spelled as a noun, which the tagger calls
   * one after a name, unless a verb follows it ("the Vantor bid failed").
   */
  private static boolean verbTaggedNoun(List<Token> tokens, int at) {
    return VERB_NOUNS.contains(tokens.get(at).text()) && at + 1 < tokens.size()
        && !tokens.get(at + 1).isVerb() && !tokens.get(at + 1).tag().equals("AUX");
  }

  private static final Set<String> VERB_NOUNS = Set.of("cut", "cuts", "set", "sets", "hit",
      "hits", "bid", "bids", "cost", "costs", "hike", "hikes", "raise", "raises", "lift",
      "lifts", "spread", "spreads", "split", "splits", "shut", "shuts", "plans", "holds", "owns");

  /**
   * "Pioneer Natural Resources", "Discover Financial Services": a capitalised adjective between
   * two words of a name is one of them.
   */
  private static boolean adjectiveInName(
      List<Token> tokens, int j, EntityLexicon lexicon, ExtractionContext context) {
    String text = SentenceView.bare(tokens.get(j).text());
    return tokens.get(j).tag().equals("ADJ") && !text.isEmpty()
        && Character.isUpperCase(text.charAt(0)) && !lexicon.isStopword(text)
        && !possessive(tokens.get(j)) && j + 1 < tokens.size()
        && continuesName(tokens.get(j + 1), lexicon, context);
  }

  /**
   * "Al-Nassr", "Paris Saint-Germain", "Rolls-Royce": a hyphen between two capitalised words,
   * with no space around it, joins them into one name; not when the article names each alone,
   * as "the Microsoft-OpenAI deal" joins two parties.
   */
  private static boolean hyphenated(List<Token> tokens, int j, ExtractionContext context) {
    if (j + 1 >= tokens.size() || !tokens.get(j).text().equals("-")) {
      return false;
    }
    Token before = tokens.get(j - 1);
    Token after = tokens.get(j + 1);
    return before.end() == tokens.get(j).start() && tokens.get(j).end() == after.start()
        && !after.text().isEmpty() && Character.isUpperCase(after.text().charAt(0))
        && !(context.names().contains(SentenceView.bare(before.text()))
            && context.names().contains(SentenceView.bare(after.text())));
  }

  /** "Capital One", "Formula One": "One" after a name word is part of the name. */
  private static boolean oneInName(List<Token> tokens, int j) {
    return SentenceView.bare(tokens.get(j).text()).equals("One");
  }

  /**
   * "Virginia-based Capital One", "Warren Buffett-backed Capital One": a name joined to a
   * participle by a hyphen describes the name after it and is no party.
   */
  private static boolean modifies(List<Token> tokens, int to) {
    int k = to < tokens.size() && tokens.get(to).text().equals("-") ? to + 1
        : tokens.get(to - 1).text().endsWith("-") ? to : -1;
    return k >= 0 && k < tokens.size()
        && HYPHEN_PARTICIPLES.contains(tokens.get(k).text().toLowerCase(Locale.ROOT));
  }

  static final Set<String> HYPHEN_PARTICIPLES = Set.of("based", "backed", "owned", "led",
      "controlled", "funded", "listed", "born", "headquartered", "run", "operated", "supported",
      "sponsored", "affiliated", "linked", "allied", "aligned", "financed", "registered",
      "flagged", "made", "built");

  private static String name(List<Token> tokens, int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int k = from; k < to; k++) {
      boolean joined = k > from && tokens.get(k - 1).end() == tokens.get(k).start()
          && (tokens.get(k).text().equals("-") || tokens.get(k - 1).text().equals("-"));
      out.append(k == from || joined ? "" : " ").append(SentenceView.bare(tokens.get(k).text()));
    }
    return out.toString();
  }

  /** "Ernst & Young", "Procter & Gamble": "&" and a capitalised word go on with a name. */
  private static boolean ampersand(List<Token> tokens, int j) {
    return tokens.get(j).text().equals("&") && j + 1 < tokens.size()
        && !tokens.get(j + 1).text().isEmpty()
        && Character.isUpperCase(tokens.get(j + 1).text().charAt(0));
  }

  /**
   * "The US Securities and Exchange Commission", "the International Association of Machinists and
   * Aerospace Workers": "and" inside an institution's name, after one of the plural nouns such
   * names join ("Securities", "Machinists") and before the institution's head. The end of the
   * name, after its head, or -1. Not "General Motors and United Auto Workers": two names.
   */
  private static int institutionAnd(List<Token> tokens, int j) {
    if (j < 1 || j + 1 >= tokens.size() || !tokens.get(j).text().equals("and")
        || !JOINED_PLURALS.contains(tokens.get(j - 1).text())) {
      return -1;
    }
    for (int k = j + 1; k < Math.min(tokens.size(), j + 4) && isCapitalised(tokens.get(k)); k++) {
      if (INSTITUTION_HEADS.contains(tokens.get(k).text())) {
        return k + 1;
      }
    }
    return -1;
  }

  /** The end of an institution's name that goes on through "and" at {@code j}, else j. */
  private static int pastInstitutionAnd(List<Token> tokens, int j) {
    int end = institutionAnd(tokens, j);
    return end < 0 ? j : end;
  }

  /** Plural nouns that an institution's name joins with "and" to what follows. */
  private static final Set<String> JOINED_PLURALS = Set.of("Securities", "Machinists",
      "Commodities", "Sciences", "Arts", "Affairs", "Resources", "Services", "Communications",
      "Standards", "Statistics", "Customs", "Weights", "Measures");

  private static final Set<String> INSTITUTION_HEADS = Set.of("Commission", "Workers",
      "Administration", "Association", "Board", "Bureau", "Agency", "Authority", "Council",
      "Department", "Institute", "Union", "Employees", "Engineers", "Organization",
      "Organisation", "Federation", "Society", "Service", "Services");

  /**
   * True when the nouns from {@code at} name a body that acts for the name before them, right
   * after it or after the kind of place it is: "the Tampere city council approved a budget" is
   * Tampere's budget, "the Acme board" Acme's; but "the Ohio factory union" is the factory's.
   */
  private static boolean namesBody(List<Token> tokens, int at) {
    int k = at;
    while (k < tokens.size() - 1 && PLACE_KINDS.contains(lemma(tokens.get(k)))) {
      k++;
    }
    return isCommonNoun(tokens.get(k)) && BODIES.contains(lemma(tokens.get(k)));
  }

  private static String lemma(Token t) {
    return t.lemma().toLowerCase(Locale.ROOT);
  }

  private static boolean isCommonNoun(Token t) {
    return t.isNoun() && !t.isProperNoun() && Character.isLowerCase(t.text().charAt(0));
  }

  /**
   * "Corvant Semiconductor expects": a capitalised word the tagger missed, right before a name, is
   * that name's first word.
   */
  private static boolean opensName(List<Token> tokens, int i, EntityLexicon lexicon, ExtractionContext context) {
    String text = SentenceView.bare(tokens.get(i).text());
    return i + 1 < tokens.size() && !text.isEmpty() && Character.isUpperCase(text.charAt(0))
        && !lexicon.isStopword(text) && !tokens.get(i).tag().equals("DET")
        && !tokens.get(i).tag().equals("NUM") && !NUMBER_WORD.matcher(text).matches()
        && !possessive(tokens.get(i)) && (continuesName(tokens.get(i + 1), lexicon, context)
            || adjectiveInName(tokens, i + 1, lexicon, context));
  }

  /**
   * The first word of the sentence, after list numbers, bullets, quotes and a dateline ("HALDEN
   * (Meridian) - Support for ..."); -1 if none.
   */
  private static int openingWord(List<Token> tokens, int body) {
    for (int i = body; i < tokens.size(); i++) {
      String text = tokens.get(i).text();
      if (!text.isEmpty() && Character.isLetter(text.charAt(0))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A capitalised word opening a sentence names something only if the article capitalises it
   * elsewhere too, or the lexicon knows it: "Gross margin widened" names no "Gross".
   */
  private static boolean knownName(Token t, EntityLexicon lexicon, ExtractionContext context) {
    String text = SentenceView.bare(t.text());
    return context.mayBeName(text) || lexicon.organisation(text).isPresent() || isCamelCase(text)
        || isAcronym(text);
  }

  /** "SVB held $209 billion": capitals alone, as an opening word, are a name's short form. */
  private static boolean isAcronym(String text) {
    return text.length() >= 2 && text.length() <= 6 && text.chars().allMatch(Character::isUpperCase);
  }

  private static Entity entity(
      List<Token> tokens, int from, int to, EntityLexicon lexicon, boolean appositive) {
    String full = name(tokens, from, to);
    String first = SentenceView.bare(tokens.get(from).text());
    // The whole name, so that "Wall Street" is not "Wall" and "World Bank" not "World"; the
    // reconciler takes "Corvant" and "Corvant Semiconductor" for one party.
    // "the US Federal Trade Commission" is the commission, not the United States
    boolean describedByInitials = to > from + 1 && INITIALS.contains(first);
    String name = lexicon.organisation(full)
        .or(() -> describedByInitials ? Optional.<String>empty() : lexicon.organisation(first))
        .orElseGet(() -> withoutTitle(tokens, from, to, full));
    return new Entity(name, from, to, possessive(tokens.get(to - 1)), appositive);
  }

  /**
   * "Finance Minister Erik Sand" is Erik Sand, as "finance minister Erik Sand" reads: outlets
   * capitalise a title or not, and the party is the person either way.
   */
  private static String withoutTitle(List<Token> tokens, int from, int to, String full) {
    for (int k = to - 2; k >= from; k--) {
      if (TITLES.contains(SentenceView.bare(tokens.get(k).text()))) {
        StringBuilder name = new StringBuilder();
        for (int n = k + 1; n < to; n++) {
          name.append(n == k + 1 ? "" : " ").append(SentenceView.bare(tokens.get(n).text()));
        }
        return name.toString();
      }
    }
    return full;
  }

  /** The last word of a person's title: "Prime Minister", "Chief Executive", "Governor". */
  private static final Set<String> TITLES = Set.of("Minister", "President", "Secretary",
      "Chancellor", "Governor", "Commissioner", "Mayor", "Senator", "Chairman", "Chairwoman",
      "Executive", "Premier", "Judge", "CEO", "Spokesman", "Spokeswoman", "Spokesperson",
      "Gov.", "Gov", "Sen.", "Rep.", "Gen.", "Lt.", "Col.", "Supt.");

  /**
   * A word that may stand after the first word of a name: a name word, or one a title-case
   * headline of the article capitalises ("Software" of "Quenpra Software Reports ...").
   */
  private static boolean continuesName(Token t, EntityLexicon lexicon, ExtractionContext context) {
    return nameToken(t, lexicon, context, true);
  }

  /**
   * "Firefighters had contained", "Airlines cancelled": a word that looks plural, which the tagger
   * calls a name at the start of a sentence, is a name only if the article capitalises it inside
   * a sentence too ("flights on Emirates"). The lemmatizer keeps a proper noun's plural, so the
   * ending decides; "-ss", "-us" and "-is" are no plurals ("Airbus").
   */
  private static boolean plural(Token t) {
    String word = SentenceView.bare(t.text()).toLowerCase(Locale.ROOT);
    return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
        && !word.endsWith("us") && !word.endsWith("is");
  }

  /**
   * "A*", "A-" of "A-level", "B+": a letter with a sign is a grade or a level, not a name; a
   * letter alone may be one ("X said").
   */
  private static boolean grade(Token t) {
    String text = t.text();
    return text.length() == 2 && Character.isUpperCase(text.charAt(0))
        && "*-+".indexOf(text.charAt(1)) >= 0;
  }

  /** "1.5C", "5G", "3D": letters glued to the number before them are its unit, not a name. */
  private static boolean gluedToNumber(List<Token> tokens, int i) {
    if (i == 0) {
      return false;
    }
    Token number = tokens.get(i - 1);
    return number.tag().equals("NUM") && number.end() == tokens.get(i).start()
        && Character.isDigit(number.text().charAt(number.text().length() - 1));
  }

  /**
   * "$157 U.S. a share", "$28 billion U.S.": after a dollar amount, "U.S." says which dollars
   * ({@link MoneyFinder}); it names no party.
   */
  private static boolean dollarMark(List<Token> tokens, int i) {
    if (i < 2 || !(tokens.get(i).text().equals("U.S.") || tokens.get(i).text().equals("USD"))) {
      return false;
    }
    int k = i - 1;
    if (tokens.get(k).text().matches(Numbers.SCALE_WORD)) {
      k--;
    }
    return k >= 1 && tokens.get(k).tag().equals("NUM") && tokens.get(k - 1).text().equals("$");
  }

  /**
   * "Bank of England", "Court of Justice", "University of the Arts": an institution's name goes on
   * through "of" (and "the") to the name after it, as often as the words allow ("Governor of the
   * Bank of England"). {@code j} ends the name found so far.
   */
  private static int throughOf(
      List<Token> tokens, int j, EntityLexicon lexicon, ExtractionContext context) {
    while (j + 1 < tokens.size()
        && (tokens.get(j).text().equals("of") || tokens.get(j).text().equals("for"))
        && INSTITUTIONS.contains(SentenceView.bare(tokens.get(j - 1).text()))) {
      int k = tokens.get(j + 1).text().equals("the") ? j + 2 : j + 1;
      if (k >= tokens.size() || !(continuesName(tokens.get(k), lexicon, context)
          || opensName(tokens, k, lexicon, context))) { // "Office for National Statistics"
        break;
      }
      j = k + 1;
      while (j < tokens.size() && continuesName(tokens.get(j), lexicon, context)
          && !possessive(tokens.get(j - 1))) {
        j++;
      }
    }
    return j;
  }

  /**
   * Adjectives of peoples and places, which the tagger may call names: alone they name no party
   * ("the previous Dutch record"); inside a name they stay ("Royal Dutch Shell", "British
   * Airways").
   */
  private static final Set<String> DEMONYMS = Set.of("American", "British", "English",
      "Scottish", "Welsh", "Irish", "French", "German", "Dutch", "Belgian", "Spanish",
      "Portuguese", "Italian", "Greek", "Swiss", "Austrian", "Swedish", "Norwegian", "Danish",
      "Finnish", "Polish", "Czech", "Hungarian", "Romanian", "Ukrainian", "Russian", "Turkish",
      "Chinese", "Japanese", "Korean", "Indian", "Pakistani", "Indonesian", "Australian",
      "Canadian", "Mexican", "Brazilian", "Argentine", "Chilean", "Colombian", "Nigerian",
      "Kenyan", "Egyptian", "Israeli", "Iranian", "Saudi", "Emirati", "Qatari", "European",
      "African", "Asian", "Western", "Eastern", "Northern", "Southern", "Saudi Arabian",
      "South African", "South Korean", "North Korean", "Latin American", "North American",
      "South American", "Central American", "Sri Lankan",
      "New Zealander");

  /** Countries and unions by their initials, parties unless they describe a noun. */
  private static final Set<String> INITIALS = Set.of("US", "U.S.", "UK", "U.K.", "EU");

  /** True when token {@code j}, after a name, is a word the name describes: "US tech giant". */
  private static boolean describesNext(List<Token> tokens, int j) {
    if (j >= tokens.size()) {
      return false;
    }
    String tag = tokens.get(j).tag();
    if (WHEN_ADJECTIVES.contains(tokens.get(j).text())) {
      return false; // "The EU last week fined Apple"
    }
    return tag.equals("NOUN") || tag.equals("ADJ") || tag.equals("PROPN") || tag.equals("NUM")
        || tokens.get(j).text().startsWith("$") || tokens.get(j).text().equals("-");
  }

  private static final Set<String> WHEN_ADJECTIVES = Set.of("last", "next", "this", "first",
      "earlier", "later", "previous", "former");

  /** Prepositions that open a sentence before a name: "At Al Hilal, he'll earn". */
  private static final Set<String> OPENING_PREPOSITIONS = Set.of("At", "In", "On", "For", "By",
      "With", "From", "To", "Of", "As", "After", "Before", "During", "Under", "Since", "Until",
      "Despite", "Among", "Between", "Without", "Within", "Across", "Against", "Amid", "Unlike",
      "Though", "Although", "While", "Whereas", "When", "If", "Because", "Once", "Unless", "Per");

  /** Words that name an institution of something: "Bank" of "Bank of England". */
  private static final Set<String> INSTITUTIONS = Set.of("Bank", "University", "Court",
      "Department", "Ministry", "Office", "Institute", "Council", "Board", "Chamber", "House",
      "Church", "Federation", "Association", "Society", "Academy", "College", "Bureau", "Agency",
      "Authority", "Organisation", "Organization", "Republic", "Kingdom", "Secretary", "Minister",
      "Governor", "Museum", "School", "Union", "League", "Commission", "Assembly", "Senate",
      "Centre", "Center", "Foundation", "Fund", "Service", "Division");

  /**
   * A capitalised word that the tagger, the lexicon or the article says is a name: the tagger
   * misses unknown names ("Helix Pay", "Northbridge United") that the article capitalises inside
   * its sentences. Capitalised adjectives ("European", "Portuguese") name nobody.
   */
  private static boolean isNameToken(Token t, EntityLexicon lexicon, ExtractionContext context) {
    return nameToken(t, lexicon, context, false);
  }

  /** A name word, taking the article's headline words too when {@code continuing} a name. */
  private static boolean nameToken(
      Token t, EntityLexicon lexicon, ExtractionContext context, boolean continuing) {
    String text = SentenceView.bare(t.text());
    if (!text.isEmpty() && Character.isDigit(text.charAt(0)) && isCamelCase(text)) {
      return true; // "23andMe": a name that opens with digits
    }
    int hyphen = text.lastIndexOf('-');
    if (hyphen > 0 && HYPHEN_PARTICIPLES.contains(text.substring(hyphen + 1))) {
      return false; // "Singapore-flagged", "Texas-based": a modifier, no name
    }
    if (text.isEmpty() || !Character.isUpperCase(text.charAt(0)) || lexicon.isStopword(text)
        || t.tag().equals("NUM") || t.tag().equals("DET")
        || PRONOUNS.contains(text.toLowerCase(java.util.Locale.ROOT))
        || NUMBER_WORD.matcher(text).matches() || NamedCounts.isAcronymPlural(text)
        || Texts.hasCurrencySign(text)) {
      // "US$", "HK$", "A$" before an amount name a currency, "SUVs" things: neither is a party
      return false;
    }
    boolean known = continuing ? context.mayContinueName(text) : context.names().contains(text);
    return t.isProperNoun() || lexicon.organisation(text).isPresent() || isCamelCase(text)
        || possessive(t) || (known && !t.tag().equals("ADJ"));
  }

  /**
   * "Pfizer agreed", "Spotify cut": a capitalised first word right before a verb, not a plural
   * and not a known common word, names the sentence's subject even when the tagger calls it a noun.
   */
  private static boolean subjectName(List<Token> tokens, EntityLexicon lexicon) {
    String text = SentenceView.bare(tokens.get(0).text());
    return tokens.size() > 1 && text.length() > 1 && Character.isUpperCase(text.charAt(0))
        && !text.endsWith("s") && !lexicon.isStopword(text) && !tokens.get(0).tag().equals("DET")
        && !PRONOUNS.contains(text.toLowerCase(java.util.Locale.ROOT)) // "It was the deadliest"
        && !NUMBER_WORD.matcher(text).matches()
        && actsAsVerb(tokens, 1);
  }

  /**
   * The token after the words at {@code j} that only say when or how: "Lumen on Tuesday launched",
   * "Pfizer last week agreed", "Acme also said", "Microsoft (MSFT) disclosed".
   */
  private static int pastWhen(List<Token> tokens, int j) {
    int k = j;
    if (k < tokens.size() && tokens.get(k).text().equals("(")) {
      // "Microsoft Corp. (MSFT) disclosed": a ticker or a gloss in brackets
      int close = k + 1;
      while (close < Math.min(tokens.size(), k + 6) && !tokens.get(close).text().equals(")")) {
        close++;
      }
      k = close < tokens.size() && tokens.get(close).text().equals(")") ? close + 1 : k;
    }
    while (k < tokens.size() && tokens.get(k).tag().equals("ADV")) {
      k++;
    }
    if (k + 1 < tokens.size() && WHEN_WORDS.contains(tokens.get(k).text())
        && (Character.isUpperCase(tokens.get(k + 1).text().charAt(0))
            || PERIOD_WORDS.contains(tokens.get(k + 1).text()))) {
      k += 2;
      while (k < tokens.size() && tokens.get(k).tag().equals("NUM")) {
        k++;
      }
    }
    return Math.min(k, tokens.size() - 1);
  }

  private static final Set<String> WHEN_WORDS = Set.of("on", "in", "last", "this", "next");
  private static final Set<String> PERIOD_WORDS = Set.of("week", "month", "year");

  /**
   * A verb or an auxiliary, or a verb the tagger calls a noun before "to": in "Brightwater plans
   * to spend", "plans" is the verb whose subject is Brightwater.
   */
  private static boolean actsAsVerb(List<Token> tokens, int j) {
    Token t = tokens.get(j);
    return t.isVerb() || t.tag().equals("AUX") || (INTENT_VERBS.contains(t.text())
        && j + 1 < tokens.size() && tokens.get(j + 1).text().equals("to"));
  }

  /**
   * ", which has invested", ", who said": a relative clause set off after the opening word makes
   * it the subject of the clause, as a verb after it would.
   */
  private static boolean relativeClauseAfter(List<Token> tokens, int j) {
    return j + 1 < tokens.size() && tokens.get(j).text().equals(",")
        && RELATIVE_PRONOUNS.contains(tokens.get(j + 1).text());
  }

  private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "whose");

  /** Pronouns, which the tagger may not call so ("OpenAI" it calls a pronoun). */
  private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "we", "i", "you",
      "this", "that", "these", "those", "there", "its", "their", "his", "her", "our");

  private static final Set<String> INTENT_VERBS =
      Set.of("plans", "aims", "hopes", "wants", "intends", "seeks", "expects", "needs");

  /**
   * "and Corvant expects to spend": a name the article uses, before its verb, even when the
   * tagger calls it an adjective (which a known name otherwise may not be: "Polish").
   */
  private static boolean knownSubject(
      List<Token> tokens, int i, EntityLexicon lexicon, ExtractionContext context) {
    String text = SentenceView.bare(tokens.get(i).text());
    boolean afterName = i > 0 && !tokens.get(i - 1).text().isEmpty()
        && Character.isUpperCase(tokens.get(i - 1).text().charAt(0));
    return i + 1 < tokens.size() && !afterName && context.names().contains(text)
        && !lexicon.isStopword(text) && actsAsVerb(tokens, i + 1);
  }

  /** "OpenAI", "GitHub", "CoreWeave": names even where the tagger misses them. */
  static boolean isCamelCase(String text) {
    for (int i = 1; i < text.length(); i++) {
      if (Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Orlan's population reached": a capitalised possessive opening a sentence names its owner,
   * unless it names a time ("Sunday's election", "Today's figures").
   */
  private static boolean ownerOpening(Token t) {
    return t.text().endsWith("'s") && !TIME_OWNERS.matcher(SentenceView.bare(t.text())).matches();
  }

  private static final java.util.regex.Pattern TIME_OWNERS = java.util.regex.Pattern.compile(
      "(?i)today|yesterday|tomorrow|tonight|" + DateFinder.MONTH_NAMES + "|"
          + DateFinder.DAY_NAMES);

  private static boolean capitalisedAt(List<Token> tokens, int k) {
    return k < tokens.size() && !tokens.get(k).text().isEmpty()
        && Character.isUpperCase(tokens.get(k).text().charAt(0));
  }

  private static boolean possessive(Token t) {
    return t.text().endsWith("'s") || t.text().endsWith("'");
  }
}
