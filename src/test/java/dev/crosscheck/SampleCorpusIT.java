package dev.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.CrossCheckResult;
import dev.crosscheck.model.Position;
import dev.crosscheck.model.Timeframe;
import dev.crosscheck.model.Topic;
import dev.crosscheck.model.TopicStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample corpus end to end: what issue 2 says the report must show, and must never show. */
class SampleCorpusIT {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC);
  @TempDir static Path index;
  private static CrossCheckResult result;

  @BeforeAll
  static void run() {
    try (CrossChecker checker = CrossChecker.builder().indexDirectory(index).clock(CLOCK).build()) {
      checker.index(List.of(Path.of("corpus")));
      result = checker.report();
    }
  }

  @Test
  void exactlyTheTwoKnownConflicts() {
    assertThat(topics(TopicStatus.CONFLICT)).hasSize(2);
  }

  @Test
  void licenseEndsIn2032ExceptForThePrevious2030Deadline() {
    Topic t = single(TopicStatus.CONFLICT, c -> c.kind() == ClaimKind.YEAR && value(c) == 2032);
    assertThat(t.label()).contains("license").contains("ends");
    Position y2032 = position(t, 2032);
    Position y2030 = position(t, 2030);
    assertThat(articles(y2032.claims())).containsExactly("000", "001", "002", "003", "004");
    assertThat(articles(y2030.claims())).containsExactly("003");
    assertThat(y2030.claims()).allMatch(c -> c.timeframe() == Timeframe.PREVIOUS);
    assertThat(y2032.origins()).isLessThan(y2032.articles());
    assertThat(t.explanation()).contains("2030").contains("2032").contains("previous value");
  }

  @Test
  void partnershipLastedSevenYearsOrADecade() {
    Topic t = single(TopicStatus.CONFLICT, c -> c.kind() == ClaimKind.DURATION);
    assertThat(articles(position(t, 7).claims())).containsExactly("000", "001");
    assertThat(articles(position(t, 10).claims())).containsExactly("004");
    assertThat(t.claims()).extracting(Claim::surface).contains("seven years", "decade-long");
  }

  @Test
  void agreements() {
    agree(ClaimKind.MONEY, "13750000000", "000", "001");
    assertThat(topicOf("000", "more than $13 billion").status()).isEqualTo(TopicStatus.AGREE);
    assertThat(topicOf("000", "more than $13 billion")).isSameAs(topicOf("001", "$13.75B"));
    agree(ClaimKind.PERCENT, "20", "000", "001", "003");
    assertThat(topicOf("000", "through 2030")).isSameAs(topicOf("001", "through 2030"))
        .isSameAs(topicOf("002", "through 2030"))
        .matches(t -> t.status() == TopicStatus.AGREE);
    agree(ClaimKind.PERCENT, "27", "000", "003");
    agree(ClaimKind.MONEY, "30000000000", "000", "001");
    assertThat(topicOf("000", "up to $5 billion")).isSameAs(topicOf("001", "$5B"))
        .matches(t -> t.status() == TopicStatus.AGREE);
    assertThat(topicOf("000", "up to $40 billion")).isSameAs(topicOf("001", "$40B"))
        .matches(t -> t.status() == TopicStatus.AGREE);
    agree(ClaimKind.MONEY, "300000000000", "000", "001");
    agree(ClaimKind.MONEY, "19000000000", "000", "001");
    assertThat(topicOf("000", "through 2031")).isSameAs(topicOf("001", "through 2031"))
        .matches(t -> t.status() == TopicStatus.AGREE);
  }

  @Test
  void neverInOneConflict() {
    neverTogether("000", "$5 billion", "003", "$50 billion");
    neverTogether("000", "through 2030", "000", "Through 2032");
    neverTogether("001", "through 2030", "001", "through 2032");
    neverTogether("000", "20 percent", "000", "27 percent");
    neverTogether("000", "$13.75 billion", "000", "$10 billion");
    neverTogether("000", "through 2031", "000", "Through 2032");
  }

  @Test
  void syndicatedCopiesShareTheirOrigin() {
    Topic t = topicOf("001", "$13.75B");
    assertThat(t.positions().get(0).articles()).isEqualTo(2);
    assertThat(t.positions().get(0).origins()).isEqualTo(1);
  }

  private void neverTogether(String a1, String s1, String a2, String s2) {
    Topic t1 = topicOf(a1, s1);
    Topic t2 = topicOf(a2, s2);
    assertThat(t1 == t2 && t1.status() == TopicStatus.CONFLICT)
        .as("%s '%s' and %s '%s' in one conflict: %s", a1, s1, a2, s2, t1.label())
        .isFalse();
  }

  private void agree(ClaimKind kind, String value, String... articles) {
    BigDecimal v = new BigDecimal(value);
    List<Topic> found = result.topics().stream()
        .filter(t -> t.kind() == kind && t.status() == TopicStatus.AGREE)
        .filter(t -> t.claims().stream().anyMatch(c -> c.quantity().value().compareTo(v) == 0))
        .filter(t -> articles(t.claims()).containsAll(List.of(articles)))
        .toList();
    assertThat(found).as("an agreement on %s %s among %s", kind, value, List.of(articles)).hasSize(1);
  }

  private static Topic topicOf(String article, String surface) {
    return result.topics().stream()
        .filter(t -> t.claims().stream().anyMatch(
            c -> c.articleId().value().startsWith(article) && c.surface().equals(surface)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no claim '" + surface + "' in " + article));
  }

  private static Topic single(TopicStatus status, Predicate<Claim> has) {
    List<Topic> found = topics(status).stream()
        .filter(t -> t.claims().stream().anyMatch(has)).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static List<Topic> topics(TopicStatus status) {
    return result.topics().stream().filter(t -> t.status() == status).toList();
  }

  private static Position position(Topic t, long value) {
    return t.positions().stream()
        .filter(p -> p.claims().stream().allMatch(c -> c.quantity().value().longValue() == value))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no position " + value + " in " + t.label()));
  }

  private static long value(Claim c) {
    return c.quantity().value().longValue();
  }

  private static Set<String> articles(List<Claim> claims) {
    return claims.stream().map(c -> c.articleId().value().substring(0, 3))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
