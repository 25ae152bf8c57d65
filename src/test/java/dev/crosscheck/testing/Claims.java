package dev.crosscheck.testing;

import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.Change;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.Quantity;
import dev.crosscheck.model.Subject;
import dev.crosscheck.model.TextSpan;
import dev.crosscheck.model.TimeRole;
import dev.crosscheck.model.Timeframe;
import dev.crosscheck.model.Unit;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** A builder of claims for tests: every field has a sensible default. Not thread-safe. */
public final class Claims {
  private String article = "a.md";
  private ClaimKind kind = ClaimKind.MONEY;
  private BigDecimal value = BigDecimal.ONE;
  private BigDecimal low = BigDecimal.ONE;
  private BigDecimal high = BigDecimal.ONE;
  private Unit unit = Unit.USD;
  private TimeRole role = TimeRole.NONE;
  private Change change = Change.LEVEL;
  private Timeframe timeframe = Timeframe.CURRENT;
  private String holder = "";
  private String attribute = "";
  private String counterpart = "";
  private String scope = "";
  private String frame = "";
  private final List<String> mentioned = new ArrayList<>();
  private String surface = "x";
  private int start;
  private int sentenceIndex;

  private Claims() {}

  public static Claims money(String amount) {
    return new Claims().kind(ClaimKind.MONEY, Unit.USD, TimeRole.NONE).value(amount);
  }

  public static Claims year(int year, TimeRole role) {
    return new Claims().kind(ClaimKind.YEAR, Unit.YEAR_OF_ERA, role).value(Integer.toString(year));
  }

  public static Claims percent(String amount) {
    return new Claims().kind(ClaimKind.PERCENT, Unit.PERCENT, TimeRole.NONE).value(amount);
  }

  /** The whole month {@code yearMonth} ("2026-03") as a date, as "in March" states it. */
  public static Claims month(String yearMonth) {
    YearMonth m = YearMonth.parse(yearMonth);
    return new Claims().kind(ClaimKind.DATE, Unit.EPOCH_DAY, TimeRole.POINT)
        .value(Long.toString(m.atDay(1).toEpochDay()))
        .between(Long.toString(m.atDay(1).toEpochDay()),
            Long.toString(m.atEndOfMonth().toEpochDay()))
        .surface(m.getMonth().toString());
  }

  public static Claims years(String amount) {
    return new Claims().kind(ClaimKind.DURATION, Unit.YEARS, TimeRole.NONE).value(amount);
  }

  public Claims kind(ClaimKind k, Unit u, TimeRole r) {
    kind = k;
    unit = u;
    role = r;
    return this;
  }

  /** An exact value. */
  public Claims value(String v) {
    value = new BigDecimal(v);
    low = value;
    high = value;
    surface = v;
    return this;
  }

  /** The words the claim stands on. */
  public Claims surface(String text) {
    surface = text;
    return this;
  }

  /** The interval; null for an open bound. */
  public Claims between(String lo, String hi) {
    low = lo == null ? null : new BigDecimal(lo);
    high = hi == null ? null : new BigDecimal(hi);
    return this;
  }

  public Claims unit(Unit u) {
    unit = u;
    return this;
  }

  public Claims in(String articleId) {
    article = articleId;
    return this;
  }

  public Claims at(int offset) {
    start = offset;
    return this;
  }

  public Claims about(String h, String a, String c) {
    holder = h;
    attribute = a;
    counterpart = c;
    return this;
  }

  /** A deal frames the claim: no attribute, {@code text} as its attribute text ("contract"). */
  public Claims framedBy(String text) {
    attribute = "";
    frame = text;
    return this;
  }

  /** Words of the claim's sentence besides its parties and attribute: other names it lists. */
  public Claims mentioning(String... words) {
    mentioned.addAll(List.of(words));
    return this;
  }

  /** The index of the claim's sentence in its article. */
  public Claims sentence(int index) {
    sentenceIndex = index;
    return this;
  }

  public Claims scope(String s) {
    scope = s;
    return this;
  }

  public Claims previous() {
    timeframe = Timeframe.PREVIOUS;
    return this;
  }

  public Claims possible() {
    timeframe = Timeframe.POSSIBLE;
    return this;
  }

  public Claims change() {
    change = Change.CHANGE;
    return this;
  }

  public Claims role(TimeRole r) {
    role = r;
    return this;
  }

  public Claim build() {
    List<String> terms = new ArrayList<>();
    for (String t : List.of(holder, counterpart, attribute)) {
      if (!t.isEmpty()) {
        terms.add(t.toLowerCase(java.util.Locale.ROOT));
      }
    }
    mentioned.forEach(w -> terms.add(w.toLowerCase(java.util.Locale.ROOT)));
    return new Claim(ArticleId.of(article), kind, new Quantity(value, low, high, unit), role, change,
        timeframe, surface, TextSpan.of(start, start + surface.length()), sentenceIndex,
        "Sentence with " + surface + ".",
        new Subject(holder, attribute, frame.isEmpty() ? attribute : frame, counterpart, scope, terms));
  }
}
