package dev.crosscheck.extract;

import dev.crosscheck.model.ClaimKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The dated events of one sentence, and which of them an amount belongs to: "in 2019, when it gave
 * the startup $1 billion" scopes the billion to 2019, so that a figure for one event is not
 * compared with a running total. Only an explicit date introduced as the time of an event scopes
 * ("in 2019", "on April 27"); relative ones ("last year") date the report more than the event.
 * Not thread-safe; built per sentence.
 */
final class Scopes {
  /** How far a dated event may stand from an amount to scope it, in clause-weighted tokens. */
  static final int MAX_SCOPE_DISTANCE = 10;

  private static final Pattern DATED_EVENT = Pattern.compile("(?i)\\b(?:in|on|during)\\s$");

  private final SentenceView view;
  private final List<Integer> eventTokens = new ArrayList<>();
  private final List<String> eventNames = new ArrayList<>();

  /** {@code points} are the sentence's YEAR and DATE mentions with the role POINT, in text order. */
  Scopes(SentenceView view, List<Mention> points) {
    this.view = view;
    String text = view.sentence().text();
    for (Mention m : points) {
      if (!view.tokens().isEmpty() && DATED_EVENT.matcher(Window.before(text, m.start(), 8)).find()) {
        eventTokens.add(view.tokenAt(m.start()));
        eventNames.add(name(m));
      }
    }
  }

  /** The scope of a claim of {@code kind} starting at {@code start}: the nearest event, or "". */
  String of(ClaimKind kind, int start) {
    if (kind == ClaimKind.YEAR || kind == ClaimKind.DATE || eventTokens.isEmpty()) {
      return "";
    }
    int at = view.tokenAt(start);
    String scope = "";
    int best = MAX_SCOPE_DISTANCE + 1;
    for (int k = firstNear(at); k < eventTokens.size() && eventTokens.get(k) <= at + best; k++) {
      int d = view.distance(eventTokens.get(k), at);
      if (d < best) {
        best = d;
        scope = eventNames.get(k);
      }
    }
    return scope;
  }

  /** The first event that may lie within the distance: token distance never exceeds it. */
  private int firstNear(int at) {
    int lo = 0;
    int hi = eventTokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (eventTokens.get(mid) < at - MAX_SCOPE_DISTANCE) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static String name(Mention time) {
    if (time.kind() == ClaimKind.YEAR) {
      return time.value().toPlainString();
    }
    return LocalDate.ofEpochDay(time.low().longValueExact()).toString();
  }
}
