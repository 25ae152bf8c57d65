package dev.crosscheck.extract;

import dev.crosscheck.model.Change;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.Quantity;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.model.Subject;
import dev.crosscheck.model.TextSpan;
import dev.crosscheck.model.TimeRole;
import dev.crosscheck.model.Timeframe;
import dev.crosscheck.model.ValueFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

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
    List<Mention> mentions = withoutConversions(text, Ranges.join(text, resolve(sentence, context)));
    List<Qualified> qualified = new ArrayList<>();
    List<Mention> points = new ArrayList<>();
    for (Mention m : mentions) {
      Qualified q = gapped(text, qualify(text, m), qualified);
      qualified.add(q);
      if (q.role() == TimeRole.POINT || q.role() == TimeRole.START) {
        points.add(q.mention());
      }
    }
    SentenceView view = new SentenceView(sentence, subjects.entities(), context);
    Scopes scopes = new Scopes(view, points, context.referenceDate());
    List<Claim> claims = new ArrayList<>();
    int previousEnd = -1;
    for (Qualified q : qualified) {
      Mention m = q.mention();
      String scope = scopes.of(m.kind(), q.change(), m.start(), m.end());
      String period = q.change() == Change.CHANGE
          ? scopes.monthOfChange(Scopes.periodOfChange(text, m.end()), m.end()) : "";
      Optional<String> fromQuarter = q.change() == Change.CHANGE
          ? scopes.fromQuarter(m.end()) : Optional.empty();
      if (fromQuarter.isPresent()) {
        scope = fromQuarter.get(); // "up 18% from Q4 2023" is no figure of Q4
      } else if (scope.isEmpty()) {
        scope = period;
      } else if (period.equals(Subject.OVER_A_QUARTER) || (period.equals(Subject.OVER_A_YEAR)
          && REPORTING_PERIOD.matcher(scope).find())) {
        scope = scope + " " + period; // "Q1 revenue, up 18% from the prior quarter": "Q1 q/q"
      }
      Claim c = rateSetIn(claim(sentence, view, q, scope), scopes, m.start());
      c = q.timeframe() == Timeframe.PREVIOUS ? aboutWhatItBecame(c, claims) : c;
      String gap = previousEnd < 0 || previousEnd > m.start()
          ? null : text.substring(previousEnd, m.start());
      claims.add(deadlineOf(c, claims, gap));
      previousEnd = m.end();
    }
    monthsOfChanges(claims);
    return claims;
  }

  /**
   * "Industrial output rose 2% in March": the month is when the change was measured and takes
   * its scope ("m/m 2026-03"), so that March's date in one monthly release does not meet April's
   * in the next as two dates of one thing.
   */
  private static void monthsOfChanges(List<Claim> claims) {
    for (Claim change : claims) {
      // "car sales rose 2% in March": the month is March's, whatever part the change is of
      String scope = change.subject().scopeBesidesPart();
      if (!scope.startsWith(Subject.OVER_A_MONTH + " ")) {
        continue;
      }
      String month = scope.substring(Subject.OVER_A_MONTH.length() + 1);
      for (int k = 0; k < claims.size(); k++) {
        Claim date = claims.get(k);
        if (date.kind() == ClaimKind.DATE && date.role() == TimeRole.POINT
            && date.subject().scope().isEmpty()
            && ValueFormat.period(date.quantity()).isPresent()
            && date.quantity().low() != null
            && LocalDate.ofEpochDay(date.quantity().low().longValueExact()).toString()
                .startsWith(month)) {
          Subject s = date.subject();
          claims.set(k, date.withSubject(new Subject(s.holder(), s.attribute(),
              s.attributeText(), s.counterpart(), scope, s.terms())));
        }
      }
    }
  }

  /**
   * "71 kilometers (44 miles)", "$12 million (£9m)": a figure in brackets right after another of
   * the same kind restates it in other units; it is no second claim.
   */
  private static List<Mention> withoutConversions(String text, List<Mention> mentions) {
    List<Mention> kept = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      Mention previous = kept.isEmpty() ? null : kept.get(kept.size() - 1);
      boolean conversion = previous != null && previous.kind() == m.kind()
          && !m.kind().isTime() && previous.end() <= m.start()
          && CONVERSION_GAP.matcher(text.substring(previous.end(), m.start())).matches()
          && !previous.unit().equals(m.unit());
      if (!conversion) {
        kept.add(m);
      }
    }
    return kept;
  }

  private static final Pattern CONVERSION_GAP =
      Pattern.compile("\\s?\\(\\s?(?:about|around|roughly|some|or)?\\s?");

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
   * An interest rate that names no scope takes the month it was set in ({@link
   * Scopes#rateMonth}).
   */
  private static Claim rateSetIn(Claim c, Scopes scopes, int start) {
    Subject s = c.subject();
    if (c.kind() != ClaimKind.PERCENT || !s.scope().isEmpty()
        || !s.attribute().equals(SentenceView.INTEREST_RATE)) {
      return c;
    }
    return c.withSubject(new Subject(s.holder(), s.attribute(), s.attributeText(), s.counterpart(),
        scopes.rateMonth(start), s.terms()));
  }

  /**
   * A previous value is about what it changed to: in "cut the fine to €1.04 billion from €1.24
   * billion, saying the European Commission had...", the €1.24 billion is the same fine with the
   * same parties as the €1.04 billion, not the Commission's. It takes the subject of the nearest
   * current claim of its kind before it, and keeps its own scope unless it is the period before
   * ({@link Scopes#ofPreviousValue}); a date takes its role too.
   */
  private static Claim aboutWhatItBecame(Claim previous, List<Claim> before) {
    for (int k = before.size() - 1; k >= 0; k--) {
      Claim c = before.get(k);
      if (c.kind() == previous.kind() && c.timeframe() == Timeframe.CURRENT
          && c.change() == previous.change()) {
        Subject s = c.subject();
        Subject own = previous.subject();
        String sentence = previous.sentence();
        int at = sentence.indexOf(previous.surface());
        String scope = Scopes.ofPreviousValue(own.scope(), s.scope(), s.attribute(),
            at < 0 ? sentence : sentence.substring(0, at));
        Claim about = previous.withSubject(new Subject(s.holder(), s.attribute(),
            s.attributeText(), s.counterpart(), scope, s.terms()));
        // "to 2032 from 2030": "from" made the date it started from a start; it was an end date
        return previous.role() == TimeRole.START ? about.withRole(c.role()) : about;
      }
    }
    return previous;
  }

  /**
   * A start or end date right after an amount, or after the amount's own noun, dates that amount:
   * "cost savings of $250 million by 2029" is when the savings are due, and "a 15% cut of its
   * revenue through 2030" when the share ends; so the date takes the amount's attribute when it
   * names none, unless that only frames a date ("a $19 billion deal through 2031" dates the
   * deal, whose end says nothing of what ends). {@code gap} is the text between the two, null
   * when there is no amount before.
   */
  private Claim deadlineOf(Claim c, List<Claim> before, String gap) {
    if (!c.kind().isTime() || c.role() == TimeRole.POINT || !c.subject().attribute().isEmpty()
        || before.isEmpty() || gap == null) {
      return c;
    }
    Claim amount = before.get(before.size() - 1);
    String attribute = amount.subject().attribute();
    if (amount.kind().isTime() || attribute.isEmpty() || subjects.onlyFrames(attribute, c.kind())
        || !(gap.isBlank() || isNounOf(gap, amount.subject().attributeText()))) {
      return c;
    }
    Subject s = c.subject();
    return c.withSubject(new Subject(s.holder(), amount.subject().attribute(),
        amount.subject().attributeText(), s.counterpart(), s.scope(), s.terms()));
  }

  /** Words only ("cut of its revenue"), a few of them, holding the amount's attribute word. */
  private static boolean isNounOf(String gap, String attributeText) {
    return !attributeText.isEmpty() && AMOUNT_NOUN.matcher(gap).matches()
        && gap.toLowerCase(Locale.ROOT).contains(attributeText.toLowerCase(Locale.ROOT));
  }

  /** Up to five words and nothing else: no comma, no clause of numbers between. */
  private static final Pattern AMOUNT_NOUN =
      Pattern.compile("\\s*(?:[\\p{L}'’-]+\\s+){1,5}");

  /**
   * "Wages rose 0.2 percent in July and 3.6 percent from a year earlier", "sales rose 5% in the
   * first quarter and 7% in the second": a figure joined by "and" to a change of its kind, with no
   * verb of its own between, is a change the same way.
   */
  private static Qualified gapped(String text, Qualified q, List<Qualified> before) {
    Mention m = q.mention();
    if (q.change() != Change.LEVEL || m.change()
        || (m.kind() != ClaimKind.PERCENT && m.kind() != ClaimKind.MONEY)) {
      return q;
    }
    // the figure before, past dates: "in July and" dates the first change
    int k = before.size() - 1;
    while (k >= 0 && before.get(k).mention().kind().isTime()) {
      k--;
    }
    Mention p = k < 0 ? null : before.get(k).mention();
    boolean joined = p != null && p.kind() == m.kind() && before.get(k).change() == Change.CHANGE
        && p.end() <= m.start() && GAP.matcher(text.substring(p.end(), m.start())).matches()
        && !OWN_VERB_AFTER.matcher(Window.after(text, m.end())).lookingAt();
    return !joined ? q
        : new Qualified(p.value().signum() < 0 ? negate(m) : m, q.role(), Change.CHANGE,
            q.timeframe());
  }

  /** A reporting period a scope ends in: "Q1", "for data center; H2", "FY". */
  private static final Pattern REPORTING_PERIOD = Pattern.compile("(?:^|\\s)(?:Q[1-4]|H[12]|FY)$");

  /** Between a change and a figure that shares its verb: "in July and", "on the month and". */
  private static final Pattern GAP = Pattern.compile("(?i)(?:\\s(?:in|on|from|over|for|during)"
      + "\\s(?:the\\s)?[\\w-]+(?:\\s[\\w-]+){0,3})?,?\\s(?:and|while|but)\\s");
  /** "And 20% of sales came from", "and 7% were": the figure after "and" has its own clause. */
  private static final Pattern OWN_VERB_AFTER =
      Pattern.compile("(?i)^\\s(?:of|were|was|are|is|had|have|has|went|came)\\b");

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
