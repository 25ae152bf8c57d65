package dev.crosscheck.bench;

import java.util.List;
import java.util.Random;

/**
 * Word banks for generated news: outlets, people, places, and the nouns, verbs and adjectives that
 * filler prose is built from. Constants only; a list is picked from with {@link #pick}.
 */
final class Words {
  /** Outlet name, web host, and whether it is a wire service whose copy others syndicate. */
  record Outlet(String name, String host, boolean wire) {}

  static final List<Outlet> OUTLETS =
      List.of(
          new Outlet("Atlas Press", "atlaspress.net", true),
          new Outlet("Continental Newswire", "continentalnewswire.com", true),
          new Outlet("Meridian Wire Service", "meridianwire.org", true),
          new Outlet("The Harbor Ledger", "harborledger.com", false),
          new Outlet("Daily Meridian", "dailymeridian.com", false),
          new Outlet("Northern Courier", "northerncourier.co.uk", false),
          new Outlet("Metro Business Journal", "metrobizjournal.com", false),
          new Outlet("The Capital Observer", "capitalobserver.com", false),
          new Outlet("Riverside Gazette", "riversidegazette.com", false),
          new Outlet("The Evening Standard Post", "eveningstandardpost.com", false),
          new Outlet("Tech Frontier", "techfrontier.io", false),
          new Outlet("Market Signal", "marketsignal.com", false),
          new Outlet("The Lakeside Times", "lakesidetimes.com", false),
          new Outlet("Coastal Tribune", "coastaltribune.com", false),
          new Outlet("Granite State Herald", "granitestateherald.com", false),
          new Outlet("The Valley Dispatch", "valleydispatch.com", false),
          new Outlet("Union Street Review", "unionstreetreview.com", false),
          new Outlet("Pacific Beacon", "pacificbeacon.com", false),
          new Outlet("The Industry Monitor", "industrymonitor.net", false),
          new Outlet("Civic Record", "civicrecord.org", false));

  static final List<String> SYLLABLES =
      List.of(
          "vor", "tan", "kel", "bri", "mar", "sol", "dra", "lu", "quen", "zar", "pel", "ost",
          "vin", "cor", "hal", "ren", "tes", "ma", "lio", "nex", "ar", "bel", "cal", "dor", "fen",
          "gal", "ister", "jor", "kai", "lan", "mon", "nor", "or", "pra", "ros", "sen", "tor",
          "ul", "ven", "wen");

  static final List<String> COMPANY_SUFFIXES =
      List.of(
          "Systems", "Energy", "Health", "Motors", "Labs", "Bank", "Foods", "Logistics", "Pharma",
          "Networks", "Airlines", "Robotics", "Materials", "Capital", "Media", "Semiconductor",
          "Retail", "Insurance", "Mining", "Software");

  static final List<String> FIRST_NAMES =
      List.of(
          "Maria", "James", "Aisha", "Daniel", "Priya", "Thomas", "Elena", "Kwame", "Sofia",
          "Hiroshi", "Laura", "Mateo", "Grace", "Omar", "Ingrid", "Lucas", "Fatima", "Noah",
          "Chloe", "Rafael", "Hannah", "Ibrahim", "Yuki", "Samuel", "Amara", "Victor", "Leila",
          "Henrik", "Rosa", "Arjun", "Claire", "Tomasz", "Nadia", "Peter", "Zanele", "Marco");

  static final List<String> LAST_NAMES =
      List.of(
          "Alvarez", "Okafor", "Lindqvist", "Nakamura", "Patel", "Brennan", "Moreau", "Kowalski",
          "Haddad", "Fischer", "Osei", "Romano", "Chen", "Dubois", "Gallagher", "Ivanova",
          "Jensen", "Kariuki", "Larsen", "Mendes", "Novak", "O'Connell", "Petrov", "Quintero",
          "Rahman", "Schneider", "Tanaka", "Underwood", "Varga", "Whitaker", "Yilmaz", "Zhou");

  static final List<String> CITIES =
      List.of(
          "Portland", "Rotterdam", "Lyon", "Kraków", "Osaka", "Nairobi", "Valencia", "Leeds",
          "Porto", "Gothenburg", "Pittsburgh", "Adelaide", "Curitiba", "Halifax", "Tampere",
          "Bilbao", "Denver", "Graz", "Cebu", "Accra", "Tucson", "Malmö", "Bristol", "Quebec City");

  static final List<String> COUNTRIES =
      List.of(
          "Norway", "Portugal", "Chile", "Kenya", "Poland", "Canada", "Ireland", "Vietnam",
          "Morocco", "Austria", "Peru", "Ghana", "Finland", "Uruguay", "Malaysia", "Denmark");

  static final List<String> ROLES =
      List.of(
          "chief executive", "chief financial officer", "an analyst", "a senior economist",
          "a spokesperson", "the mayor", "a union organizer", "a professor of economics",
          "the head of research", "a portfolio manager", "a former regulator", "a city councillor");

  static final List<String> INSTITUTIONS =
      List.of(
          "Bayfield Securities", "the Institute for Fiscal Studies", "Crestline Partners",
          "the Urban Policy Center", "Harrow & Vale", "the regional chamber of commerce",
          "Stonegate Research", "the National Consumer Council", "Wexford Asset Management");

  static final List<String> ADJECTIVES =
      List.of(
          "significant", "unexpected", "modest", "ambitious", "controversial", "cautious",
          "aggressive", "uncertain", "broad", "sharp", "steady", "fragile", "costly", "long-awaited",
          "complex", "crucial", "gradual", "strategic", "competitive", "volatile", "sweeping",
          "limited", "renewed", "fierce");

  static final List<String> NOUNS =
      List.of(
          "strategy", "market", "supply chain", "competition", "pricing", "workforce",
          "leadership", "expansion", "outlook", "demand", "infrastructure", "policy", "industry",
          "economy", "partnership", "plan", "review", "proposal", "recovery", "schedule",
          "transition", "pressure", "uncertainty", "momentum", "merger review", "tax regime",
          "hiring freeze", "product line", "reorganization", "pipeline");

  static final List<String> VERBS =
      List.of(
          "reshape", "strengthen", "undermine", "accelerate", "complicate", "delay", "test",
          "expand", "weaken", "clarify", "protect", "challenge", "support", "revive", "limit",
          "simplify", "threaten", "transform", "stabilize", "disrupt");

  static final List<String> ADVERBS =
      List.of(
          "quickly", "carefully", "quietly", "publicly", "steadily", "largely", "partly",
          "sharply", "gradually", "repeatedly", "openly", "broadly");

  static final List<String> GROUPS =
      List.of(
          "consumer advocates", "labor unions", "local officials", "industry analysts",
          "environmental groups", "small businesses", "opposition lawmakers", "longtime customers",
          "rival executives", "credit rating agencies", "residents", "economists");

  static final List<String> REPORT_VERBS =
      List.of("said", "argued", "noted", "warned", "told reporters", "wrote in a note to clients",
          "said in an interview", "added");

  static final List<String> WEEKDAYS =
      List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday");

  static final List<String> MONTHS =
      List.of(
          "January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December");

  private Words() {}

  static <T> T pick(List<T> list, Random random) {
    return list.get(random.nextInt(list.size()));
  }
}
