package dev.crosscheck.reconcile;

import dev.crosscheck.internal.Headlines;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.StoryKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Which articles cover one story: those whose key parties ({@link StoryKeys#keyParties}) share a
 * name ({@link #nameKeys}), directly or through other articles. Claims of different stories are
 * never compared: a chipmaker's $455 million profit and a dairy deal's $900 million have nothing
 * to do with each other, however alike their sentences, and neither are claims of articles
 * published more than {@link #MAX_DAYS_APART} days apart. An article naming nobody belongs to no
 * story and may meet any article published near it. Thread-safe; it only memoizes how names
 * split.
 */
final class Stories {
  /** No story known: nothing kept apart, nothing brought together. */
  static final Stories NONE =
      new Stories(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

  /**
   * A key more articles share than this joins no stories: "Elena" begins many names, and a
   * country or a city is named by many stories. The bound is absolute: in a larger corpus a
   * place is named by more articles, not by fewer, while one story's key parties stay rare.
   */
  static final int COMMON_KEY_ARTICLES = 50;

  /**
   * The most articles one story takes: more is a beat, not a story, and grouping a story's claims
   * costs more than in proportion to its size.
   */
  static final int MAX_STORY_ARTICLES = 500;

  /**
   * The most days apart two articles may be published and still be compared. Coverage of one
   * event runs for weeks: a company's sales growth stated twice a year apart is two quarters'
   * growth, and one acquirer's closing dates a year apart belong to two takeovers. At 100,000
   * generated articles nine in ten conflicts between different stories joined claims published
   * more than 90 days apart.
   */
  static final int MAX_DAYS_APART = 60;

  /** {@link #dayOf} an undated or unknown article: no epoch day of a {@code LocalDate}. */
  static final long UNDATED = Long.MIN_VALUE;

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NOT_LETTERS_AROUND = Pattern.compile("^\\P{L}+|\\P{L}+$");

  /** Stories of fewer articles take every party as salient: there is no second article to ask. */
  static final int MIN_ARTICLES_FOR_SALIENCE = 3;

  private final Map<ArticleId, Integer> storyOf;
  private final Map<Integer, Integer> articlesIn;
  private final Map<Integer, Map<String, Integer>> articlesNaming;
  /** For articles that name nobody: the story their claims are grouped with (see {@link #likely}). */
  private final Map<ArticleId, Integer> likelyStoryOf;
  /** Publication day of each dated article, as an epoch day. */
  private final Map<ArticleId, Long> dayOf;
  /** The keys of each article's key parties, which its claims that name nobody may be about. */
  private final Map<ArticleId, Set<String>> keysOfArticle;
  /** Where each article names its other parties: a few per article, kept small at scale. */
  private final Map<ArticleId, NamedAt> otherPartySentences;
  /** Each article's title, lower-cased and padded with spaces, for whole-word lookups. */
  private final Map<ArticleId, String> titleOf;
  /** Names split once per reconcile: salience is asked for every pair of claims compared. */
  private final Map<String, Set<String>> endsOf = new java.util.concurrent.ConcurrentHashMap<>();

  private Stories(Map<ArticleId, Integer> storyOf, Map<Integer, Integer> articlesIn,
      Map<Integer, Map<String, Integer>> articlesNaming, Map<ArticleId, Integer> likelyStoryOf,
      Map<ArticleId, Long> dayOf, Map<ArticleId, Set<String>> keysOfArticle,
      Map<ArticleId, NamedAt> otherPartySentences,
      Map<ArticleId, String> titleOf) {
    this.keysOfArticle = Map.copyOf(keysOfArticle);
    this.titleOf = Map.copyOf(titleOf);
    this.otherPartySentences = Map.copyOf(otherPartySentences);
    this.likelyStoryOf = Map.copyOf(likelyStoryOf);
    this.dayOf = Map.copyOf(dayOf);
    this.storyOf = Map.copyOf(storyOf);
    this.articlesIn = Map.copyOf(articlesIn);
    this.articlesNaming = Map.copyOf(articlesNaming);
  }

  static Stories of(List<Article> articles, List<Claim> claims) {
    Map<ArticleId, Map<String, Integer>> counts = new LinkedHashMap<>();
    for (Claim c : claims) {
      Map<String, Integer> parties = counts.computeIfAbsent(c.articleId(), k -> new HashMap<>());
      for (String party : c.subject().parties()) {
        parties.merge(party, 1, Integer::sum);
      }
    }
    Map<ArticleId, Article> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    Map<ArticleId, Integer> root = new HashMap<>();
    List<ArticleId> ids = new ArrayList<>(counts.keySet());
    Map<String, List<Integer>> articlesOfKey = new HashMap<>();
    Map<Integer, Set<String>> headlineWords = new HashMap<>();
    Map<Integer, Set<String>> keysOf = new HashMap<>();
    // each article's keys on its own, on all cores: a fifth of a re-run's report at 100,000
    List<ArticleKeys> perArticle = IntStream.range(0, ids.size()).parallel()
        .mapToObj(i -> ArticleKeys.of(byId.get(ids.get(i)), counts.get(ids.get(i))))
        .toList();
    for (int i = 0; i < ids.size(); i++) {
      ArticleKeys article = perArticle.get(i);
      if (article.headlineWords() != null) {
        headlineWords.put(i, article.headlineWords());
      }
      for (String key : article.keys()) {
        articlesOfKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
      keysOf.put(i, article.keys());
    }
    // "Cholera outbreak spreads in Kavala region": a one-word name in a headline joins the story
    // of articles whose claims are about it. Alone it keys nothing: a city is too common a key.
    headlineWords.forEach((i, words) -> words.forEach(word -> {
      List<Integer> with = articlesOfKey.get(word);
      if (with != null && !keysOf.get(i).contains(word)) {
        with.add(i);
      }
    }));
    shortFormsJoinTheirNames(articlesOfKey);
    // a first name or a word many names share ties no story together
    articlesOfKey.values().removeIf(with -> with.size() > COMMON_KEY_ARTICLES);
    int[] parent = new int[ids.size()];
    int[] size = new int[ids.size()];
    for (int i = 0; i < ids.size(); i++) {
      parent[i] = i;
      size[i] = 1;
    }
    // Rarest keys first: they are the surest sign of one story. A key that would make a story
    // larger than MAX_STORY_ARTICLES ties nothing more: place names ("Norway", "Cebu") chain
    // tens of thousands of articles into one "story" otherwise.
    List<String> keys = new ArrayList<>(articlesOfKey.keySet());
    keys.sort(java.util.Comparator.comparingInt((String k) -> articlesOfKey.get(k).size())
        .thenComparing(java.util.Comparator.naturalOrder()));
    for (String key : keys) {
      List<Integer> with = articlesOfKey.get(key);
      for (int j = 1; j < with.size(); j++) {
        union(parent, size, with.get(0), with.get(j));
      }
    }
    Map<Integer, Integer> articlesIn = new HashMap<>();
    Map<Integer, Map<String, Integer>> articlesNaming = new HashMap<>();
    // A story is numbered by its first article, not by its union-find root, which depends on the
    // order keys come out of a set: numbers break ties, and must not change from run to run.
    Map<Integer, Integer> firstOf = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      // an article naming nobody joins a story only when its headline tied it to one
      if (!counts.get(ids.get(i)).isEmpty() || size[find(parent, i)] > 1) {
        int story = firstOf.computeIfAbsent(find(parent, i), r -> firstOf.size());
        root.put(ids.get(i), story);
        articlesIn.merge(story, 1, Integer::sum);
        Set<String> named = new HashSet<>();
        counts.get(ids.get(i)).keySet().forEach(p -> named.addAll(ends(p)));
        Map<String, Integer> naming = articlesNaming.computeIfAbsent(story, k -> new HashMap<>());
        named.forEach(w -> naming.merge(w, 1, Integer::sum));
      }
    }
    Map<ArticleId, Long> dayOf = new HashMap<>();
    articles.forEach(a -> a.publishedOn().ifPresent(d -> dayOf.put(a.id(), d.toEpochDay())));
    Map<ArticleId, Set<String>> keysOfArticle = new HashMap<>();
    keysOf.forEach((i, named) -> keysOfArticle.put(ids.get(i), Set.copyOf(named)));
    return new Stories(root, articlesIn, articlesNaming, likely(claims, root, dayOf), dayOf,
        keysOfArticle, otherPartySentences(claims, keysOfArticle), titles(articles));
  }

  private static Map<ArticleId, String> titles(List<Article> articles) {
    Map<ArticleId, String> out = new HashMap<>();
    for (Article a : articles) {
      if (!a.title().isEmpty()) {
        out.put(a.id(), " " + String.join(" ", StoryKeys.words(a.title())) + " ");
      }
    }
    return out;
  }

  /** Where each article names a party that is none of its keys: few parties, few sentences. */
  private static Map<ArticleId, NamedAt> otherPartySentences(
      List<Claim> claims, Map<ArticleId, Set<String>> keysOfArticle) {
    Map<ArticleId, List<String>> keys = new HashMap<>();
    Map<ArticleId, List<Integer>> sentences = new HashMap<>();
    Map<String, String> keyOfParty = new HashMap<>(); // a party is named by many claims
    for (Claim c : claims) {
      Set<String> own = keysOfArticle.getOrDefault(c.articleId(), Set.of());
      for (String party : c.subject().parties()) {
        String key = keyOfParty.computeIfAbsent(
            party, p -> StoryKeys.nameKey(StoryKeys.words(p)));
        if (!own.contains(key)) {
          keys.computeIfAbsent(c.articleId(), a -> new ArrayList<>()).add(key);
          sentences.computeIfAbsent(c.articleId(), a -> new ArrayList<>()).add(c.sentenceIndex());
        }
      }
    }
    Map<ArticleId, NamedAt> out = new HashMap<>();
    keys.forEach((article, k) -> out.put(article, new NamedAt(k.toArray(String[]::new),
        sentences.get(article).stream().mapToInt(Integer::intValue).toArray())));
    return out;
  }

  /**
   * The keys of one article ({@link #nameKeys} of its key parties and headline names) and its
   * headline's one-word names; {@code headlineWords} is null when the article is unknown.
   */
  private record ArticleKeys(Set<String> keys, Set<String> headlineWords) {
    static ArticleKeys of(Article article, Map<String, Integer> partyCounts) {
      if (article == null) {
        return new ArticleKeys(
            nameKeys(StoryKeys.keyParties(partyCounts, Set.of(), Set.of())), null);
      }
      Set<String> keys = nameKeys(StoryKeys.keyParties(article, partyCounts));
      keys.addAll(nameKeys(headlineNames(article)));
      return new ArticleKeys(keys, headlineWordNames(article));
    }
  }

  /** Parties' keys and the sentences that name them, pairwise. */
  private record NamedAt(String[] keys, int[] sentences) {}

  /**
   * True when a claim of {@code article} that names nobody may be about {@code party}: "The bank
   * had $209 billion in assets", in an article about Silicon Valley Bank that names Washington
   * Mutual once, is no figure of Washington Mutual's. It may be about one of the article's key
   * parties ({@link StoryKeys#keyParties}), a party its title or its own or the sentence before
   * names, or anyone when the article has none or is unknown. A short form meets the names it
   * begins.
   */
  boolean mayBeAbout(ArticleId article, int sentence, String party) {
    Set<String> keys = keysOfArticle.get(article);
    if (keys == null || keys.isEmpty()) {
      return true;
    }
    String key = StoryKeys.nameKey(StoryKeys.words(party));
    for (String k : keys) {
      if (oneName(k, key)) {
        return true;
      }
    }
    // "Hurricane Renwen batters Pittsburgh ... 21,800 residents were forced to leave their homes"
    String title = titleOf.get(article);
    if (title != null && title.contains(" " + String.join(" ", StoryKeys.words(party)) + " ")) {
      return true;
    }
    // "Prime Minister Kaja Lind said ... Her party needs at least 51 seats": named just before
    NamedAt named = otherPartySentences.get(article);
    for (int i = 0; named != null && i < named.keys().length; i++) {
      int at = named.sentences()[i];
      if ((at == sentence || at == sentence - 1) && oneName(named.keys()[i], key)) {
        return true;
      }
    }
    return false;
  }

  /** Keys of one name: equal, or one the other's first or last word ("corvant", "lind"). */
  private static boolean oneName(String a, String b) {
    return a.equals(b) || a.startsWith(b + " ") || b.startsWith(a + " ")
        || a.endsWith(" " + b) || b.endsWith(" " + a);
  }

  /**
   * The {@linkplain StoryKeys#nameKey keys} of an article's key parties. {@link
   * #shortFormsJoinTheirNames} ties "Corvant" to "Corvant Semiconductor".
   */
  private static Set<String> nameKeys(List<List<String>> parties) {
    Set<String> keys = new HashSet<>();
    parties.forEach(w -> keys.add(StoryKeys.nameKey(w)));
    return keys;
  }

  /**
   * The names of two words or more in {@code article}'s headline, as lower-cased words, leaving out
   * its own outlet: "Typhoon Galvin" of "Death toll rises after Typhoon Galvin hits Halifax". Its
   * claims may name only the city, and a city is too common a key to tie a story. A headline in
   * title case names nothing this way.
   */
  private static List<List<String>> headlineNames(Article article) {
    if (Headlines.isTitleCase(article.title())) {
      return List.of(); // "Microsoft And OpenAI Amend Their Deal": every word looks like a name
    }
    Set<String> own = StoryKeys.ownWords(article);
    List<List<String>> names = new ArrayList<>();
    List<String> run = new ArrayList<>();
    for (String word : SPACES.split(article.title())) {
      String bare = NOT_LETTERS_AROUND.matcher(word).replaceAll("");
      boolean capitalised = !bare.isEmpty() && Character.isUpperCase(bare.charAt(0));
      if (capitalised) {
        run.add(bare.toLowerCase(Locale.ROOT));
      }
      if (!capitalised || !word.endsWith(bare)) { // "Galvin," ends a name
        addName(run, own, names);
      }
    }
    addName(run, own, names);
    return names;
  }

  /**
   * The names of one word in {@code article}'s headline, lower-cased: capitalised words standing
   * alone, not of its own outlet ("kavala" of "Cholera outbreak spreads in Kavala region"). The
   * first word is one too ("Castellon fire: 60 homes lost"): only a name some article's claims are
   * about joins anything. A headline in title case names nothing this way.
   */
  private static Set<String> headlineWordNames(Article article) {
    if (Headlines.isTitleCase(article.title())) {
      return Set.of();
    }
    Set<String> own = StoryKeys.ownWords(article);
    String[] words = SPACES.split(article.title());
    Set<String> names = new HashSet<>();
    for (int k = 0; k < words.length; k++) {
      if (capitalised(words[k]) && (k == 0 || !capitalised(words[k - 1]))
          && (k + 1 == words.length || !capitalised(words[k + 1]))) {
        String bare = NOT_LETTERS_AROUND.matcher(words[k]).replaceAll("").toLowerCase(Locale.ROOT);
        if (!bare.isEmpty() && !own.contains(bare)) {
          names.add(bare);
        }
      }
    }
    return names;
  }

  private static boolean capitalised(String word) {
    String bare = NOT_LETTERS_AROUND.matcher(word).replaceAll("");
    return !bare.isEmpty() && Character.isUpperCase(bare.charAt(0));
  }

  private static void addName(List<String> run, Set<String> own, List<List<String>> names) {
    if (run.size() > 1 && !own.contains(run.get(0))) {
      names.add(List.copyOf(run));
    }
    run.clear();
  }

  /**
   * Adds the articles keyed by a one-word name ("corvant") to the key of two words that begins
   * with it ("corvant semiconductor"): one outlet writes the full name once and the short form
   * after, another writes the full name throughout. A word that begins several such keys joins
   * none: "Renven" may be Renven Robotics or Renven Software, and "Typhoon" begins every storm.
   */
  private static void shortFormsJoinTheirNames(Map<String, List<Integer>> articlesOfKey) {
    Map<String, String> longerName = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (String key : articlesOfKey.keySet()) {
      int space = key.indexOf(' ');
      if (space > 0 && longerName.putIfAbsent(key.substring(0, space), key) != null) {
        ambiguous.add(key.substring(0, space));
      }
    }
    longerName.forEach((word, key) -> {
      List<Integer> shortForm = articlesOfKey.get(word);
      if (shortForm != null && !ambiguous.contains(word)) {
        // an article writing both forms is counted once, or it would count towards "common"
        Set<Integer> all = new LinkedHashSet<>(articlesOfKey.get(key));
        all.addAll(shortForm);
        articlesOfKey.put(key, new ArrayList<>(all));
      }
    });
  }

  /**
   * The story each article that names nobody is most likely about: the one whose claims share
   * the most telling terms with its claims ("license", "Azure"; a term used by more than {@link
   * #COMMON_KEY_ARTICLES} stories tells nothing, as a key of that many articles ties none), the
   * first such story on a tie; only stories with an article it may meet in time count. Such an
   * article's claims still may meet any claim published near them ({@link #mayMeet}); grouping
   * them with that story's claims lets each story be grouped on its own. An article sharing no
   * telling term with such a story is left out.
   */
  private static Map<ArticleId, Integer> likely(
      List<Claim> claims, Map<ArticleId, Integer> storyOf, Map<ArticleId, Long> dayOf) {
    Map<String, Set<Integer>> storiesWith = new HashMap<>();
    Map<ArticleId, Set<String>> termsOfStoryless = new LinkedHashMap<>();
    Map<Integer, NavigableSet<Long>> daysOfStory = new HashMap<>();
    for (Claim c : claims) {
      Integer story = storyOf.get(c.articleId());
      Set<String> terms = c.subject().searchTerms();
      if (story != null) {
        terms.forEach(t -> storiesWith.computeIfAbsent(t, k -> new HashSet<>()).add(story));
        daysOfStory.computeIfAbsent(story, k -> new TreeSet<>())
            .add(dayOf.getOrDefault(c.articleId(), UNDATED));
      } else {
        termsOfStoryless.computeIfAbsent(c.articleId(), k -> new TreeSet<>()).addAll(terms);
      }
    }
    Map<ArticleId, Integer> likely = new HashMap<>();
    termsOfStoryless.forEach((article, terms) -> {
      Map<Integer, Integer> shared = new HashMap<>();
      for (String t : terms) {
        Set<Integer> with = storiesWith.getOrDefault(t, Set.of());
        if (with.size() <= COMMON_KEY_ARTICLES) {
          with.stream().filter(story -> near(daysOfStory.get(story), dayOf.get(article)))
              .forEach(story -> shared.merge(story, 1, Integer::sum));
        }
      }
      shared.entrySet().stream()
          .min(java.util.Map.Entry.<Integer, Integer>comparingByValue().reversed()
              .thenComparing(java.util.Map.Entry.comparingByKey()))
          .ifPresent(best -> likely.put(article, best.getKey()));
    });
    return likely;
  }

  /** True when an article published on {@code day} may meet one of a story's articles. */
  private static boolean near(NavigableSet<Long> storyDays, Long day) {
    if (day == null || storyDays.first() == UNDATED) {
      return true;
    }
    Long before = storyDays.floor(day);
    Long after = storyDays.ceiling(day);
    return (before != null && day - before <= MAX_DAYS_APART)
        || (after != null && after - day <= MAX_DAYS_APART);
  }

  /**
   * The claims of each known story with those of the articles that name nobody but are likely
   * about it, in the order given, stories in the order their first claims come; and the claims of
   * the other articles that belong to no story.
   */
  Partition partition(List<Claim> claims) {
    Map<Integer, List<Claim>> byStory = new LinkedHashMap<>();
    List<Claim> storyless = new ArrayList<>();
    for (Claim c : claims) {
      Integer story = storyOf.getOrDefault(c.articleId(), likelyStoryOf.get(c.articleId()));
      if (story == null) {
        storyless.add(c);
      } else {
        byStory.computeIfAbsent(story, k -> new ArrayList<>()).add(c);
      }
    }
    return new Partition(List.copyOf(byStory.values()), storyless);
  }

  /** See {@link #partition}. */
  record Partition(List<List<Claim>> stories, List<Claim> storyless) {}

  /**
   * True unless the two articles belong to different known stories or were published more than
   * {@link #MAX_DAYS_APART} days apart. An undated article may meet one of any date.
   */
  boolean mayMeet(ArticleId a, ArticleId b) {
    Integer x = storyOf.get(a);
    Integer y = storyOf.get(b);
    return (x == null || y == null || x.equals(y)) && closeInTime(a, b);
  }

  private boolean closeInTime(ArticleId a, ArticleId b) {
    Long x = dayOf.get(a);
    Long y = dayOf.get(b);
    return x == null || y == null || Math.abs(x - y) <= MAX_DAYS_APART;
  }

  /** The epoch day {@code article} was published, or {@link #UNDATED}. */
  long dayOf(ArticleId article) {
    return dayOf.getOrDefault(article, UNDATED);
  }

  /**
   * True when {@code party}, named in {@code article}, matters to its story: at least two of the
   * story's articles name it. "A court in Luxembourg" in one article of four is scenery, not a
   * party whose absence elsewhere sets a claim apart.
   */
  boolean salient(ArticleId article, String party) {
    Integer story = storyOf.get(article);
    if (story == null || articlesIn.getOrDefault(story, 0) < MIN_ARTICLES_FOR_SALIENCE) {
      return true;
    }
    Map<String, Integer> naming = articlesNaming.getOrDefault(story, Map.of());
    return endsOf.computeIfAbsent(party, Stories::ends).stream()
        .anyMatch(w -> naming.getOrDefault(w, 0) >= 2);
  }

  /** The first and last word of a name, lower-cased. */
  private static Set<String> ends(String name) {
    List<String> w = words(name);
    return w.isEmpty() ? Set.of() : new HashSet<>(List.of(w.get(0), w.get(w.size() - 1)));
  }

  /** True when both articles belong to one known story. */
  boolean sameKnownStory(ArticleId a, ArticleId b) {
    Integer x = storyOf.get(a);
    return x != null && x.equals(storyOf.get(b));
  }

  private static List<String> words(String name) {
    return StoryKeys.words(name);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Joins the stories of {@code a} and {@code b} unless that makes one too large. */
  private static void union(int[] parent, int[] size, int a, int b) {
    int x = find(parent, a);
    int y = find(parent, b);
    if (x != y && size[x] + size[y] <= MAX_STORY_ARTICLES) {
      parent[x] = y;
      size[y] += size[x];
    }
  }
}
