package dev.crosscheck.extract;

import dev.crosscheck.model.Change;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Quantity;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.model.Subject;
import dev.crosscheck.model.TextSpan;
import dev.crosscheck.model.TimeRole;
import dev.crosscheck.model.Timeframe;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The default extractor: runs the finders in priority order, drops non-claims and overlaps,
 * joins ranges, reads hedges, roles, change and timeframe, then attributes a subject. Immutable
 * and thread-safe.
 */
final class ClaimPipeline implements ClaimExtractor {
  private final List<MentionFinder> finders;
  private final SubjectAttributor subjects;

  ClaimPipeline(List<MentionFinder> finders, SubjectAttributor subjects) {
    this.finders = List.copyOf(finders);
    this.subjects = subjects;
  }

  @Override
  public List<Claim> extract(Sentence sentence, ExtractionContext context) {
    String text = sentence.text();
    List<Mention> mentions = Ranges.join(text, resolve(sentence, context));
    List<Qualified> qualified = new ArrayList<>();
    List<Mention> points = new ArrayList<>();
    for (Mention m : mentions) {
      Qualified q = qualify(text, m);
      qualified.add(q);
      if (q.role() == TimeRole.POINT || q.role() == TimeRole.START) {
        points.add(q.mention());
      }
    }
    SentenceView view = new SentenceView(sentence, subjects.entities(), context);
    Scopes scopes = new Scopes(view, points, context.referenceDate());
    List<Claim> claims = new ArrayList<>();
    for (Qualified q : qualified) {
      Mention m = q.mention();
      Claim c = claim(sentence, view, q, scopes.of(m.kind(), m.start(), m.end()));
      c = q.timeframe() == Timeframe.PREVIOUS ? aboutWhatItBecame(c, claims) : c;
      claims.add(deadlineOf(c, claims));
    }
    return claims;
  }

  /**
   * Mentions of all finders, best first where they overlap: earlier finders win, then longer.
   * Accepted mentions never overlap, so a neighbour on each side is all there is to check.
   */
  private List<Mention> resolve(Sentence sentence, ExtractionContext context) {
    TreeMap<Integer, Mention> accepted = new TreeMap<>();
    for (MentionFinder finder : finders) {
      List<Mention> found = new ArrayList<>(finder.find(sentence, context));
      found.sort(Comparator.comparingInt(Mention::length).reversed().thenComparingInt(Mention::start));
      for (Mention m : found) {
        if (NonClaims.accept(sentence.text(), m) && free(accepted, m)) {
          accepted.put(m.start(), m);
        }
      }
    }
    return new ArrayList<>(accepted.values());
  }

  private static boolean free(TreeMap<Integer, Mention> accepted, Mention m) {
    Map.Entry<Integer, Mention> before = accepted.floorEntry(m.start());
    Map.Entry<Integer, Mention> after = accepted.ceilingEntry(m.start());
    return (before == null || !before.getValue().overlaps(m))
        && (after == null || !after.getValue().overlaps(m));
  }

  private static Qualified qualify(String text, Mention raw) {
    TimeRoles.Role role = TimeRoles.of(text, raw);
    Mention m = Hedges.apply(text, raw);
    boolean time = raw.kind().isTime();
    Change change = time ? Change.LEVEL : Changes.of(text, m);
    if (change == Change.CHANGE && !raw.change() && Changes.isDecrease(text, m)) {
      m = negate(m);
    }
    int start = Math.min(m.start(), role.spanStart());
    TimeRole timeRole = role.role();
    if (TimeRoles.isCompletionDeadline(text, role)) {
      timeRole = TimeRole.POINT;
      m = new Mention(m.kind(), m.start(), m.end(), m.value(), null, m.high(), m.precision(),
          m.unit(), m.change());
    }
    return new Qualified(m.withSpan(start, m.end()), timeRole, change, Timeframes.of(text, raw));
  }

  /**
   * A previous value is about what it changed to: in "cut the fine to €1.04 billion from €1.24
   * billion, saying the European Commission had...", the €1.24 billion is the same fine with the
   * same parties as the €1.04 billion, not the Commission's. It takes the subject of the nearest
   * current claim of its kind before it, and keeps its own scope.
   */
  private static Claim aboutWhatItBecame(Claim previous, List<Claim> before) {
    for (int k = before.size() - 1; k >= 0; k--) {
      Claim c = before.get(k);
      if (c.kind() == previous.kind() && c.timeframe() == Timeframe.CURRENT
          && c.change() == previous.change()) {
        Subject s = c.subject();
        Subject own = previous.subject();
        return previous.withSubject(new Subject(s.holder(), s.attribute(), s.attributeText(),
            s.counterpart(), own.scope(), s.terms()));
      }
    }
    return previous;
  }

  /**
   * A start or end date right after an amount dates that amount: "cost savings of $250 million by
   * 2029" is when the savings are due, so it takes their attribute when it names none.
   */
  private static Claim deadlineOf(Claim c, List<Claim> before) {
    if (!c.kind().isTime() || c.role() == TimeRole.POINT || !c.subject().attribute().isEmpty()
        || before.isEmpty()) {
      return c;
    }
    Claim amount = before.get(before.size() - 1);
    int gap = c.span().start() - amount.span().end();
    if (amount.kind().isTime() || amount.subject().attribute().isEmpty() || gap < 0 || gap > 1) {
      return c;
    }
    Subject s = c.subject();
    return c.withSubject(new Subject(s.holder(), amount.subject().attribute(),
        amount.subject().attributeText(), s.counterpart(), s.scope(), s.terms()));
  }

  private static Mention negate(Mention m) {
    BigDecimal low = m.high() == null ? null : m.high().negate();
    BigDecimal high = m.low() == null ? null : m.low().negate();
    return new Mention(m.kind(), m.start(), m.end(), m.value().negate(), low, high,
        m.precision(), m.unit(), m.change());
  }

  private Claim claim(Sentence sentence, SentenceView view, Qualified q, String scope) {
    Mention m = q.mention();
    TextSpan span = sentence.articleSpan(m.start(), m.end());
    String surface = sentence.originalText(m.start(), m.end());
    Quantity quantity = new Quantity(m.value(), m.low(), m.high(), m.unit());
    return new Claim(sentence.articleId(), m.kind(), quantity, q.role(), q.change(),
        q.timeframe(), surface, span, sentence.index(), sentence.original(),
        subjects.attribute(view, m, q.change(), q.role(), scope));
  }

  /** A mention with what the words around it say. */
  private record Qualified(Mention mention, TimeRole role, Change change, Timeframe timeframe) {}
}
