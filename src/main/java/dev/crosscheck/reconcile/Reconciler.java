package dev.crosscheck.reconcile;

import dev.crosscheck.internal.Checks;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Position;
import dev.crosscheck.model.Topic;
import dev.crosscheck.model.TopicId;
import dev.crosscheck.model.TopicStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Groups claims into topics and judges each. Immutable and thread-safe.
 *
 * <p>Claims are taken most specific first, story by story. Each joins the topic of its candidates
 * (claims of its story that share its block and subject terms) that it fits best, but only if it
 * fits every claim already there ({@link SameThing}) and is related to at least one of them; so
 * one ambiguous claim cannot chain two unrelated topics together. Within one article, claims of
 * one topic must agree unless one states a previous value: an article rarely contradicts itself,
 * so disagreeing values there are about different things.
 */
public final class Reconciler {
  /** How many candidates each claim looks at, in its story or, for a draft, in the index. */
  public static final int MAX_CANDIDATES = 64;
  /**
   * The most claims one topic takes. Complete linkage checks a newcomer against every member, so
   * an unbounded topic would make clustering quadratic; a figure stated by more articles than this
   * is settled, and the claims beyond it start a topic of their own.
   */
  static final int MAX_TOPIC_CLAIMS = 256;

  private static final Reconciler DEFAULTS = new Reconciler();

  private Reconciler() {}

  /** The reconciler with the default same-thing rules ({@link SameThing#within}). */
  public static Reconciler defaults() {
    return DEFAULTS;
  }

  /**
   * Topics of {@code claims}, conflicts first by severity, then agreements by how many articles
   * back them, then single-source topics.
   */
  public List<Topic> reconcile(List<Article> articles, List<Claim> claims) {
    return reconcile(articles, List.of(), claims);
  }

  /**
   * As {@link #reconcile(List, List)}, with groups of articles known to be copies of each other
   * (near-duplicate texts), which count as one independent origin.
   */
  public List<Topic> reconcile(
      List<Article> articles, List<Set<ArticleId>> copies, List<Claim> claims) {
    return reconcile(articles, copies, claims, ClusterMemory.NONE);
  }

  /**
   * As {@link #reconcile(List, List, List)}, taking the grouping of each story whose claims have
   * not changed from {@code memory} and remembering the others'.
   *
   * <p>Stories are grouped one at a time on all cores, largest first, each from its own claims,
   * in memory: claims of different stories never meet, so no story waits for another, and the
   * work grows with the corpus, not with its square. Claims of articles that name nobody may
   * meet any claim published near them; they are grouped with the story they are most likely
   * about ({@link Stories#partition}).
   */
  public List<Topic> reconcile(List<Article> articles, List<Set<ArticleId>> copies,
      List<Claim> claims, ClusterMemory memory) {
    Checks.notNull(articles, "articles");
    Checks.notNull(copies, "copies");
    Checks.notNull(claims, "claims");
    Checks.notNull(memory, "memory");
    Origins origins = Origins.of(articles, copies);
    Stories stories = Stories.of(articles, claims);
    SameThing rule = SameThing.within(stories);
    Stories.Partition partition = stories.partition(claims);
    List<List<Claim>> units = new ArrayList<>(partition.stories());
    if (!partition.storyless().isEmpty()) {
      units.add(partition.storyless());
    }
    List<List<List<Claim>>> grouped =
        LargestFirst.map(units, List::size, story -> clusterStory(story, rule, stories, memory));
    List<Topic> topics = grouped.parallelStream()
        .flatMap(List::stream)
        .map(group -> topic(group, origins, stories))
        .sorted(TOPIC_ORDER)
        .toList();
    List<Topic> numbered = new ArrayList<>(topics.size());
    for (int i = 0; i < topics.size(); i++) {
      Topic t = topics.get(i);
      numbered.add(new Topic(new TopicId(topicId(i + 1)), t.label(),
          t.kind(), t.status(), t.claims(), t.positions(), t.explanation(), t.severity()));
    }
    return numbered;
  }

  /** The groups of one story's claims: remembered, or grouped and remembered. */
  private static List<List<Claim>> clusterStory(
      List<Claim> story, SameThing rule, Stories stories, ClusterMemory memory) {
    String digest = StoryDigest.of(story, stories::dayOf);
    Optional<List<List<Integer>>> known = memory.recall(digest);
    if (known.isPresent() && StoryDigest.fits(known.get(), story.size())) {
      return known.get().stream().map(g -> g.stream().map(story::get).toList()).toList();
    }
    List<List<Claim>> groups = cluster(story, rule, stories);
    Map<Claim, Integer> position = new IdentityHashMap<>();
    for (int i = 0; i < story.size(); i++) {
      position.put(story.get(i), i);
    }
    memory.remember(digest, groups.stream()
        .map(g -> g.stream().map(position::get).toList()).toList());
    return groups;
  }

  /** Groups claims, most specific first, each into the candidate group it fits best. */
  private static List<List<Claim>> cluster(List<Claim> claims, SameThing rule, Stories stories) {
    CandidateSource candidates = StoryCandidates.of(claims, stories::mayMeet);
    List<Claim> ordered = new ArrayList<>(claims);
    ordered.sort(SPECIFIC_FIRST);
    Map<Claim, List<Claim>> groupOf = new IdentityHashMap<>();
    List<List<Claim>> groups = new ArrayList<>();
    for (Claim c : ordered) {
      List<Claim> best = null;
      int bestScore = 0;
      for (List<Claim> group : candidateGroups(c, candidates, groupOf)) {
        if (group.size() >= MAX_TOPIC_CLAIMS) {
          continue;
        }
        int score = Membership.fit(rule, c, group, stories);
        if (score > bestScore) {
          best = group;
          bestScore = score;
        }
      }
      if (best == null) {
        best = new ArrayList<>();
        groups.add(best);
      }
      best.add(c);
      groupOf.put(c, best);
    }
    return groups;
  }

  /** The groups of {@code c}'s candidates, in the order the candidates come: deterministic. */
  private static List<List<Claim>> candidateGroups(
      Claim c, CandidateSource candidates, Map<Claim, List<Claim>> groupOf) {
    List<List<Claim>> found = new ArrayList<>();
    for (Claim candidate : candidates.candidates(c, MAX_CANDIDATES)) {
      List<Claim> group = groupOf.get(candidate);
      if (group != null && found.stream().noneMatch(f -> f == group)) {
        found.add(group);
      }
    }
    return found;
  }

  private static Topic topic(List<Claim> claims, Origins origins, Stories stories) {
    List<Claim> sorted = new ArrayList<>(claims);
    sorted.sort(Membership.BY_POSITION_IN_CORPUS);
    List<Position> positions = Positions.of(sorted, origins);
    Set<String> articles = new LinkedHashSet<>();
    sorted.forEach(c -> articles.add(c.articleId().value()));
    TopicStatus status = articles.size() < 2 ? TopicStatus.SINGLE
        : positions.size() > 1 ? TopicStatus.CONFLICT : TopicStatus.AGREE;
    double severity = status == TopicStatus.CONFLICT
        ? Explanations.relativeGap(sorted.get(0).kind(), positions).doubleValue()
            * (1 + Math.log(articles.size()) / Math.log(2))
        : 0;
    return new Topic(new TopicId("pending"), TopicLabels.of(sorted), sorted.get(0).kind(), status,
        sorted, positions, Explanations.of(sorted.get(0).kind(), positions, stories::dayOf),
        severity);
  }

  /** "T0001": at least four digits. Not String.format, which cost a second per 500,000 topics. */
  private static String topicId(int n) {
    String digits = Integer.toString(n);
    return "T" + "0".repeat(Math.max(0, 4 - digits.length())) + digits;
  }

  /** Claims naming more of who and what first, so that vaguer claims join what they fit. */
  private static final Comparator<Claim> SPECIFIC_FIRST =
      Comparator.<Claim>comparingInt(c -> -(c.subject().parties().size()
              + (c.subject().attribute().isEmpty() ? 0 : 2)))
          .thenComparing(c -> c.articleId().value())
          .thenComparingInt(c -> c.span().start());

  private static final Comparator<Topic> TOPIC_ORDER =
      Comparator.<Topic>comparingInt(t -> t.status().ordinal())
          .thenComparing(Comparator.comparingDouble(Topic::severity).reversed())
          .thenComparing(Comparator.comparingInt((Topic t) -> t.claims().size()).reversed())
          .thenComparing(Topic::label);
}
