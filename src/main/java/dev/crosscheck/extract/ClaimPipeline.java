package dev.crosscheck.extract;

import dev.crosscheck.model.Change;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.Quantity;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.model.TextSpan;
import dev.crosscheck.model.TimeRole;
import dev.crosscheck.model.Timeframe;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The default extractor: runs the finders in priority order, drops non-claims and overlaps,
 * joins ranges, reads hedges, roles, change and timeframe, then attributes a subject. Immutable
 * and thread-safe.
 */
final class ClaimPipeline implements ClaimExtractor {
  /** How far a dated event may stand from an amount to scope it, in clause-weighted tokens. */
  static final int MAX_SCOPE_DISTANCE = 10;

  /**
   * Only an explicit date introduced as the time of an event scopes an amount ("in 2019", "on
   * April 27"); relative ones ("last year") date the report more than the event.
   */
  private static final java.util.regex.Pattern DATED_EVENT =
      java.util.regex.Pattern.compile("(?i)\\b(?:in|on|during)\\s$");

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
    for (Mention m : mentions) {
      qualified.add(qualify(text, m));
    }
    SentenceView view = new SentenceView(sentence, subjects.entities());
    List<Claim> claims = new ArrayList<>();
    for (Qualified q : qualified) {
      String scope = scope(view, q, qualified);
      claims.add(claim(sentence, view, q, scope));
    }
    return claims;
  }

  /** Mentions of all finders, best first where they overlap: earlier finders win, then longer. */
  private List<Mention> resolve(Sentence sentence, ExtractionContext context) {
    List<Mention> accepted = new ArrayList<>();
    for (MentionFinder finder : finders) {
      List<Mention> found = new ArrayList<>(finder.find(sentence, context));
      found.sort(Comparator.comparingInt(Mention::length).reversed().thenComparingInt(Mention::start));
      for (Mention m : found) {
        if (NonClaims.accept(sentence.text(), m) && accepted.stream().noneMatch(m::overlaps)) {
          accepted.add(m);
        }
      }
    }
    accepted.sort(Comparator.comparingInt(Mention::start));
    return accepted;
  }

  private static Qualified qualify(String text, Mention raw) {
    TimeRoles.Role role = TimeRoles.of(text, raw);
    Mention m = Hedges.apply(text, raw);
    boolean time = raw.kind() == ClaimKind.YEAR || raw.kind() == ClaimKind.DATE;
    Change change = time ? Change.LEVEL : Changes.of(text, m);
    if (change == Change.CHANGE && !raw.change() && Changes.isDecrease(text, m)) {
      m = negate(m);
    }
    int start = Math.min(m.start(), role.spanStart());
    return new Qualified(m.withSpan(start, m.end()), role.role(), change, Timeframes.of(text, raw));
  }

  private static Mention negate(Mention m) {
    BigDecimal low = m.high() == null ? null : m.high().negate();
    BigDecimal high = m.low() == null ? null : m.low().negate();
    return new Mention(m.kind(), m.start(), m.end(), m.value().negate(), low, high,
        m.precision(), m.unit(), m.change());
  }

  /** The dated event an amount belongs to: "in 2019, when it gave the startup $1 billion". */
  private static String scope(SentenceView view, Qualified q, List<Qualified> all) {
    ClaimKind kind = q.mention().kind();
    if (kind == ClaimKind.YEAR || kind == ClaimKind.DATE || view.tokens().isEmpty()) {
      return "";
    }
    int at = view.tokenAt(q.mention().start());
    String scope = "";
    int best = MAX_SCOPE_DISTANCE + 1;
    for (Qualified other : all) {
      Mention o = other.mention();
      if (other.role() != TimeRole.POINT || (o.kind() != ClaimKind.YEAR && o.kind() != ClaimKind.DATE)
          || !DATED_EVENT.matcher(view.sentence().text().substring(0, o.start())).find()) {
        continue;
      }
      int d = view.distance(view.tokenAt(o.start()), at);
      if (d < best) {
        best = d;
        scope = scopeName(o);
      }
    }
    return scope;
  }

  private static String scopeName(Mention time) {
    if (time.kind() == ClaimKind.YEAR) {
      return time.value().toPlainString();
    }
    return LocalDate.ofEpochDay(time.low().longValueExact()).toString();
  }

  private Claim claim(Sentence sentence, SentenceView view, Qualified q, String scope) {
    Mention m = q.mention();
    TextSpan span = sentence.articleSpan(m.start(), m.end());
    String surface = sentence.originalText(m.start(), m.end());
    Quantity quantity = new Quantity(m.value(), m.low(), m.high(), m.unit());
    return new Claim(sentence.articleId(), m.kind(), quantity, q.role(), q.change(),
        q.timeframe(), surface, span, sentence.index(), sentence.original(),
        subjects.attribute(view, m.kind(), m.start(), m.end(), scope));
  }

  /** A mention with what the words around it say. */
  private record Qualified(Mention mention, TimeRole role, Change change, Timeframe timeframe) {}
}
