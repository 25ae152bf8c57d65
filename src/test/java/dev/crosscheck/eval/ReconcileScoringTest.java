package dev.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.Change;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.CrossCheckResult;
import dev.crosscheck.model.Position;
import dev.crosscheck.model.Quantity;
import dev.crosscheck.model.Subject;
import dev.crosscheck.model.TextSpan;
import dev.crosscheck.model.TimeRole;
import dev.crosscheck.model.Timeframe;
import dev.crosscheck.model.Topic;
import dev.crosscheck.model.TopicId;
import dev.crosscheck.model.TopicStatus;
import dev.crosscheck.model.Unit;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The matching rules of {@link ReconcileEvaluator} on small hand-built results. */
class ReconcileScoringTest {
  private static final Article A = article("a-wire.md", "The toll rose to 312 from 280 on Monday.");
  private static final Article B = article("b-times.md", "The quake killed 298 people. In 1999 it killed 17,000.");
  private static final Article C = article("c-copy.md", "The toll rose to 312 on Wednesday.");

  private static final Claim A312 = claim(A, "312", Timeframe.CURRENT);
  private static final Claim A280 = claim(A, "280", Timeframe.CURRENT);
  private static final Claim A280_PREVIOUS = claim(A, "280", Timeframe.PREVIOUS);
  private static final Claim B298 = claim(B, "298", Timeframe.CURRENT);
  private static final Claim B17000 = claim(B, "17,000", Timeframe.CURRENT);
  private static final Claim C312 = claim(C, "312", Timeframe.CURRENT);

  private static final String CONFLICT = "CONFLICT\ttoll\tnote\ta-wire: rose to [312] from ; c-copy: [312]\tb-times: killed [298]";
  private static final String PREVIOUS = "PREVIOUS\tearlier\tnote\ta-wire: rose to [312]\ta-wire: from [280]";
  private static final String TRAP = "TRAP\t1999\tnote\tb-times: killed [298]\tb-times: killed [17,000]";
  private static final String AGREE = "AGREE\tagree\tnote\ta-wire: rose to [312] ; c-copy: [312]";

  @Test
  void aFlaggedGoldConflictCountsForPrecisionAndRecall() {
    ReconcileScores s = score(List.of(CONFLICT),
        topic(TopicStatus.CONFLICT, List.of(A312, C312), List.of(B298)));
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.mismatches()).isEmpty();
    assertThat(s.meetsTargets()).isTrue();
  }

  @Test
  void aConflictMissingAListedClaimIsFoundButPartial() {
    ReconcileScores s = score(List.of(CONFLICT),
        topic(TopicStatus.CONFLICT, List.of(A312), List.of(B298)),
        topic(TopicStatus.SINGLE, List.of(C312)));
    assertThat(s.conflictsFound()).isEqualTo(1);
    assertThat(s.mismatches()).singleElement().asString().startsWith("PARTIAL CONFLICT toll")
        .contains("c-copy: [312] -> c-copy.md '312'");
  }

  @Test
  void anUnflaggedGoldConflictLowersRecall() {
    ReconcileScores s = score(List.of(CONFLICT),
        topic(TopicStatus.AGREE, List.of(A312, C312)), topic(TopicStatus.SINGLE, List.of(B298)));
    assertThat(s.recall()).isEqualTo(0.0);
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.mismatches()).singleElement().asString().startsWith("NOT FLAGGED CONFLICT toll")
        .contains("b-times: killed [298] -> b-times.md '298' COUNT people LEVEL");
  }

  @Test
  void aConflictNotInTheGoldLowersPrecisionAndATrapIsFlagged() {
    ReconcileScores s = score(List.of(TRAP), topic(TopicStatus.CONFLICT, List.of(B298), List.of(B17000)));
    assertThat(s.precision()).isEqualTo(0.0);
    assertThat(s.trapsFlagged()).isEqualTo(1);
    assertThat(s.meetsTargets()).isFalse();
    assertThat(s.mismatches()).anyMatch(m -> m.startsWith("TRAP FLAGGED in T1 CONFLICT"))
        .anyMatch(m -> m.startsWith("FALSE CONFLICT"));
  }

  @Test
  void anEarlierValueStatedAsCurrentIsATrap() {
    ReconcileScores s = score(List.of(PREVIOUS), topic(TopicStatus.CONFLICT, List.of(A280), List.of(A312)));
    assertThat(s.trapsFlagged()).isEqualTo(1);
    assertThat(s.previousMarked()).isZero();
  }

  @Test
  void aMarkedEarlierValueMayFlagItsTopic() {
    ReconcileScores s = score(List.of(PREVIOUS),
        topic(TopicStatus.CONFLICT, List.of(A280_PREVIOUS), List.of(A312)));
    assertThat(s.trapsFlagged()).isZero();
    assertThat(s.previousMarked()).isEqualTo(1);
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.mismatches()).isEmpty();
  }

  @Test
  void agreementsNeedEveryReferenceInOneAgreeTopic() {
    assertThat(score(List.of(AGREE), topic(TopicStatus.AGREE, List.of(A312, C312))).agreementsFound())
        .isEqualTo(1);
    assertThat(score(List.of(AGREE), topic(TopicStatus.SINGLE, List.of(A312)),
        topic(TopicStatus.SINGLE, List.of(C312))).agreementsFound()).isZero();
  }

  @Test
  void sourcesCompareArticleAndOriginCounts() {
    String sources = "SOURCES\tcopy\tnote\ta-wire: rose to [312] ; c-copy: [312]\tarticles=2 origins=1";
    Topic t = topic(TopicStatus.AGREE, List.of(A312, C312));
    assertThat(score(List.of(sources), t).originsRight()).isEqualTo(1);
    assertThat(score(List.of(sources.replace("origins=1", "origins=2")), t).mismatches())
        .singleElement().asString().startsWith("WRONG SOURCES: expected 2 articles, 2 origins");
  }

  @Test
  void quotesThatAreMissingOrAmbiguousAreGoldErrors() {
    String missing = "AGREE\tx\tnote\ta-wire: rose to [313]";
    String ambiguous = "AGREE\ty\tnote\tb-times: [killed]";
    ReconcileScores s = score(List.of(missing, ambiguous), topic(TopicStatus.SINGLE, List.of(A312)));
    assertThat(s.mismatches()).anyMatch(m -> m.startsWith("GOLD ERROR") && m.contains("text not found"))
        .anyMatch(m -> m.startsWith("GOLD ERROR") && m.contains("occurs twice"));
  }

  private static ReconcileScores score(List<String> lines, Topic... topics) {
    List<ReconcileItem> items = new ArrayList<>();
    for (String line : lines) {
      items.add(ReconcileGoldTest.parseLine(line));
    }
    ReconcileGold gold = new ReconcileGold("test", Path.of("gold.tsv"), Path.of("articles"), false, items);
    List<Topic> numbered = new ArrayList<>();
    for (int i = 0; i < topics.length; i++) {
      Topic t = topics[i];
      numbered.add(new Topic(new TopicId("T" + (i + 1)), t.label(), t.kind(), t.status(), t.claims(),
          t.positions(), t.explanation(), t.severity()));
    }
    CrossCheckResult result = new CrossCheckResult(List.of(A, B, C), numbered, List.of());
    return new ReconcileScoring(gold, new ReconcileView(result)).score();
  }

  @SafeVarargs
  private static Topic topic(TopicStatus status, List<Claim>... positions) {
    List<Position> ps = new ArrayList<>();
    List<Claim> all = new ArrayList<>();
    for (List<Claim> p : positions) {
      BigDecimal v = p.get(0).quantity().value();
      long articles = p.stream().map(Claim::articleId).distinct().count();
      int origins = p.stream().anyMatch(c -> c.articleId().value().startsWith("c-")) ? (int) articles - 1 : (int) articles;
      ps.add(new Position(v, v, v, p.get(0).quantity().unit(), p, (int) articles, Math.max(1, origins)));
      all.addAll(p);
    }
    return new Topic(new TopicId("pending"), "death toll — how many people", ClaimKind.COUNT, status,
        all, ps, "", 0);
  }

  private static Article article(String id, String text) {
    return new Article(ArticleId.of(id), "articles/" + id, "", "", "", "", null, text, 1);
  }

  private static Claim claim(Article a, String surface, Timeframe timeframe) {
    int start = a.text().indexOf(surface);
    BigDecimal value = new BigDecimal(surface.replace(",", ""));
    return new Claim(a.id(), ClaimKind.COUNT, Quantity.exact(value, Unit.count("people")),
        TimeRole.NONE, Change.LEVEL, timeframe, surface, TextSpan.of(start, start + surface.length()),
        0, a.text(), Subject.NONE);
  }
}
