package dev.crosscheck.reconcile;

import dev.crosscheck.internal.Checks;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.Assessment;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Position;
import dev.crosscheck.model.Timeframe;
import dev.crosscheck.model.ValueFormat;
import dev.crosscheck.model.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Holds a draft's claims against the corpus. For each claim it takes the index candidates about
 * the same thing, gathers the corpus claims that fit together around the best-related one (the
 * corpus topic), splits them into positions, and compares the draft's interval with the position
 * most independent sources back, which comes first in {@link Assessment#corpus()}. A value the
 * draft states as previous ("down from €1.24 billion") is compared with every position, and the
 * one it fits comes first. Immutable and thread-safe.
 */
public final class DraftAssessor {
  private final SameThing sameThing;

  private DraftAssessor(SameThing sameThing) {
    this.sameThing = sameThing;
  }

  public static DraftAssessor defaults() {
    return new DraftAssessor(SameThing.DEFAULT);
  }

  /**
   * One assessment per draft claim, in the order given. {@code articles} looks up corpus articles
   * for their outlets and credits; {@code copies} are groups of near-duplicate corpus articles.
   */
  public List<Assessment> assess(List<Claim> draft, CandidateSource corpus,
      Function<ArticleId, Optional<Article>> articles, List<java.util.Set<ArticleId>> copies) {
    Checks.notNull(copies, "copies");
    return assess(draft, corpus, articles, among -> copies);
  }

  /**
   * As {@link #assess(List, CandidateSource, Function, List)}, where {@code copiesAmong} gives the
   * groups of near-duplicates among the articles one topic quotes: a large corpus need not group
   * all its articles for a draft that quotes a dozen.
   */
  public List<Assessment> assess(List<Claim> draft, CandidateSource corpus,
      Function<ArticleId, Optional<Article>> articles,
      Function<java.util.Collection<ArticleId>, List<java.util.Set<ArticleId>>> copiesAmong) {
    return assess(draft, corpus, articles, copiesAmong, id -> false);
  }

  /**
   * As {@link #assess(List, CandidateSource, Function, Function)}, where {@code ofDraftStory} says
   * which corpus articles are about the draft's story (their key parties meet the draft's, and they
   * are {@linkplain #closeInTime close in time}). There, as within a story of the report, claims
   * that name no party are about the story's parties: "the 24-year-old has agreed a six-year deal"
   * and "Ruiz signed a five-year contract" are about one contract.
   */
  public List<Assessment> assess(List<Claim> draft, CandidateSource corpus,
      Function<ArticleId, Optional<Article>> articles,
      Function<java.util.Collection<ArticleId>, List<java.util.Set<ArticleId>>> copiesAmong,
      Predicate<ArticleId> ofDraftStory) {
    Checks.notNull(draft, "draft");
    Checks.notNull(corpus, "corpus");
    Checks.notNull(articles, "articles");
    Checks.notNull(copiesAmong, "copiesAmong");
    Checks.notNull(ofDraftStory, "ofDraftStory");
    List<Assessment> out = new ArrayList<>();
    for (Claim c : draft) {
      out.add(assess(c, corpus, articles, copiesAmong, ofDraftStory));
    }
    return out;
  }

  private Assessment assess(Claim c, CandidateSource corpus,
      Function<ArticleId, Optional<Article>> articles,
      Function<java.util.Collection<ArticleId>, List<java.util.Set<ArticleId>>> copiesAmong,
      Predicate<ArticleId> ofDraftStory) {
    List<Claim> topic = topic(c, corpus.candidates(c, Reconciler.MAX_CANDIDATES), ofDraftStory);
    if (topic.isEmpty()) {
      return new Assessment(c, Verdict.UNSUPPORTED, "", List.of(), "The corpus says nothing about this.");
    }
    List<Article> sources = new ArrayList<>();
    topic.stream().map(Claim::articleId).distinct()
        .forEach(id -> articles.apply(id).ifPresent(sources::add));
    List<ArticleId> ids = sources.stream().map(Article::id).toList();
    List<Position> positions = Positions.of(topic, Origins.of(sources, copiesAmong.apply(ids)));
    Position main = main(positions);
    if (c.timeframe() == Timeframe.PREVIOUS) {
      main = positions.stream().filter(p -> fits(c, p)).findFirst().orElse(main);
    }
    Verdict verdict = fits(c, main) ? Verdict.SUPPORTED : Verdict.CONTRADICTION;
    String label = TopicLabels.of(topic);
    List<Position> mainFirst = new ArrayList<>(positions);
    mainFirst.remove(main);
    mainFirst.add(0, main);
    Position held = main;
    List<Position> others = positions.stream().filter(p -> p != held && current(p)).toList();
    boolean supported = verdict == Verdict.SUPPORTED;
    // a contradiction counts the sources that state the draft's value; a supported figure, whose
    // range may span several positions ("up to 250 mm"), names every other one
    int agreeing = supported ? 0
        : others.stream().filter(p -> fits(c, p)).mapToInt(Position::articles).sum();
    List<Position> named = others.stream()
        .filter(p -> supported || !fits(c, p))
        .limit(MAX_OTHER_POSITIONS)
        .toList();
    return new Assessment(c, verdict, label, mainFirst,
        explain(c, verdict, main, agreeing, named));
  }

  /** How many other current positions of a divided corpus a finding names. */
  static final int MAX_OTHER_POSITIONS = 2;

  /**
   * True when articles published on {@code a} and {@code b} may cover one story: at most {@link
   * Stories#MAX_DAYS_APART} days apart, as in the report, or either date unknown.
   */
  public static boolean closeInTime(Optional<LocalDate> a, Optional<LocalDate> b) {
    return a.isEmpty() || b.isEmpty()
        || Math.abs(a.get().toEpochDay() - b.get().toEpochDay()) <= Stories.MAX_DAYS_APART;
  }

  /** Two numbers in one claim's words: "$4.2 billion to $4.4 billion", "€5-10bn". */
  private static final Pattern WRITTEN_RANGE =
      Pattern.compile("\\d[\\d.,]*\\D*[\\s\\-\u2013]\\D*\\d");

  /**
   * "2030 contradicts 2032 (5 sources, 3 independent)"; and, when the corpus is divided, "; 1
   * other source agrees" for {@code agreeing} sources of other positions that state the draft's
   * value and "; 1 other source says 2031" for each position of {@code disagreeing}, so that a
   * finding never hides that the sources themselves differ.
   */
  private static String explain(Claim c, Verdict verdict, Position main, int agreeing,
      List<Position> disagreeing) {
    // a range reads as written, its value alone being its low end; "April 27, 2026" is no range
    String stated = !c.kind().isTime() && WRITTEN_RANGE.matcher(c.surface()).find()
        ? "\"" + c.surface() + "\"" : ValueFormat.displayAsStated(c.quantity(), c.kind());
    String corpus = Explanations.stated(c.kind(), main);
    StringBuilder divided = new StringBuilder();
    if (agreeing > 0) {
      divided.append("; ").append(agreeing).append(" other source")
          .append(agreeing == 1 ? " agrees" : "s agree");
    }
    for (Position p : disagreeing) {
      divided.append("; ").append(p.articles()).append(" other source")
          .append(p.articles() == 1 ? " says " : "s say ").append(Explanations.stated(c.kind(), p));
    }
    return String.format(java.util.Locale.ROOT, "%s %s %s (%d source%s, %d independent)%s",
        stated, verdict == Verdict.SUPPORTED ? "agrees with" : "contradicts", corpus,
        main.articles(), main.articles() == 1 ? "" : "s", main.origins(), divided);
  }

  /** The corpus claims that fit together around the candidate most related to {@code c}. */
  private List<Claim> topic(Claim c, List<Claim> candidates, Predicate<ArticleId> ofDraftStory) {
    List<Claim> matching = new ArrayList<>();
    for (Claim x : candidates) {
      if (sameThing.test(c, x)
          && Membership.relatedInStory(c, x, ofDraftStory.test(x.articleId()))) {
        matching.add(x);
      }
    }
    namingThePeriodOf(c, matching);
    matching.sort(Comparator.comparingInt((Claim x) -> -relatedness(c, x))
        .thenComparing(Membership.BY_POSITION_IN_CORPUS));
    List<Claim> topic = new ArrayList<>();
    for (Claim x : matching) {
      if (topic.isEmpty() || Membership.fit(sameThing, x, topic,
          (a, b) -> ofDraftStory.test(a) && ofDraftStory.test(b)) > 0) {
        topic.add(x);
      }
    }
    topic.sort(Membership.BY_POSITION_IN_CORPUS);
    return topic;
  }

  /**
   * Drops the claims that name no period when some name the draft's: "revenue grew to $4.1
   * billion" in a results story is most likely the quarter reported, and must not outvote the
   * first-quarter guidance a draft is checked against.
   */
  private static void namingThePeriodOf(Claim c, List<Claim> matching) {
    String scope = c.subject().scope();
    if (!scope.isEmpty() && matching.stream().anyMatch(x -> x.subject().scope().equals(scope))) {
      matching.removeIf(x -> x.subject().scope().isEmpty());
    }
  }

  private static int relatedness(Claim c, Claim x) {
    int score = 0;
    if (!c.subject().attribute().isEmpty() && c.subject().attribute().equals(x.subject().attribute())) {
      score += 2;
    }
    List<String> parties = x.subject().parties();
    for (String p : c.subject().parties()) {
      score += parties.contains(p) ? 1 : 0;
    }
    return score;
  }

  /** The current position most independent sources back. */
  private static Position main(List<Position> positions) {
    return positions.stream()
        .filter(DraftAssessor::current)
        .max(Comparator.comparingInt(Position::origins).thenComparingInt(Position::articles))
        .orElse(positions.get(0));
  }

  private static boolean current(Position p) {
    return p.claims().stream().anyMatch(c -> c.timeframe() == Timeframe.CURRENT);
  }

  private static boolean fits(Claim c, Position p) {
    return p.claims().stream().allMatch(x -> Membership.agree(c, x));
  }
}
