package dev.crosscheck.eval;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.CrossCheckResult;
import dev.crosscheck.model.Position;
import dev.crosscheck.model.Timeframe;
import dev.crosscheck.model.Topic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * A pipeline result seen from a gold file: finds the claims a {@link ReconcileRef} names, the topic
 * and position each claim ended up in, and describes them for mismatch messages. Immutable after
 * construction; not meant to be shared between threads.
 */
final class ReconcileView {
  /** The claims a reference names, or why there are none. */
  record Resolved(ReconcileRef ref, List<Claim> claims, String problem) {
    Resolved {
      claims = List.copyOf(claims);
    }
  }

  private static final int MAX_SHOWN = 8;

  private final CrossCheckResult result;
  private final Map<Claim, Topic> topicOf = new HashMap<>();
  private final Map<Claim, Integer> positionOf = new HashMap<>();
  private final Map<dev.crosscheck.model.ArticleId, String> texts;

  ReconcileView(CrossCheckResult result) {
    this.result = result;
    this.texts = ReconcileTexts.of(result.articles(),
        result.topics().stream().flatMap(t -> t.claims().stream()).toList());
    for (Topic t : result.topics()) {
      for (Claim c : t.claims()) {
        topicOf.put(c, t);
      }
      for (int p = 0; p < t.positions().size(); p++) {
        for (Claim c : t.positions().get(p).claims()) {
          positionOf.put(c, p);
        }
      }
    }
  }

  List<Topic> topics() {
    return result.topics();
  }

  Topic topicOf(Claim c) {
    return topicOf.get(c);
  }

  /** The index of the claim's position in its topic, -1 when unknown. */
  int positionOf(Claim c) {
    return positionOf.getOrDefault(c, -1);
  }

  /** The claims whose spans overlap the marked text of {@code ref}, or the problem finding them. */
  Resolved resolve(ReconcileRef ref) {
    List<Article> matching = result.articles().stream()
        .filter(a -> fileName(a).startsWith(ref.file())).toList();
    if (matching.size() != 1) {
      return new Resolved(ref, List.of(), "gold error: " + matching.size()
          + " articles match file '" + ref.file() + "'");
    }
    Article article = matching.get(0);
    String text = texts.get(article.id());
    if (text == null) {
      return new Resolved(ref, List.of(), "gold error: the body of " + article.id()
          + " cannot be recovered from " + article.path());
    }
    Matcher m = ref.pattern().matcher(text);
    if (!m.find()) {
      return new Resolved(ref, List.of(), "gold error: text not found in " + article.id());
    }
    int start = m.start(1);
    int end = m.end(1);
    if (m.find()) {
      return new Resolved(ref, List.of(), "gold error: text occurs twice in " + article.id()
          + "; quote more context");
    }
    List<Claim> claims = overlapping(article, start, end);
    return new Resolved(ref, claims, claims.isEmpty() ? "not extracted: no claim overlaps '"
        + ref.marked() + "'" + sentenceClaims(article, start) : "");
  }

  private List<Claim> overlapping(Article article, int start, int end) {
    return topicOf.keySet().stream()
        .filter(c -> c.articleId().equals(article.id()))
        .filter(c -> c.span().start() < end && start < c.span().end())
        .sorted(java.util.Comparator.comparingInt(c -> c.span().start())).toList();
  }

  private String sentenceClaims(Article article, int offset) {
    List<String> near = topicOf.keySet().stream()
        .filter(c -> c.articleId().equals(article.id()))
        .filter(c -> Math.abs(c.span().start() - offset) < 160)
        .sorted(java.util.Comparator.comparingInt(c -> c.span().start()))
        .map(c -> "'" + flat(c.surface()) + "'").toList();
    return near.isEmpty() ? "" : " (claims nearby: " + String.join(", ", near) + ")";
  }

  private static String fileName(Article a) {
    String id = a.id().value();
    return id.substring(id.lastIndexOf('/') + 1);
  }

  /** "quake-01-global-wire.md '312' COUNT people LEVEL [holder=…, attribute=…]". */
  static String describe(Claim c) {
    StringBuilder s = new StringBuilder().append(c.articleId()).append(" '").append(flat(c.surface()))
        .append("' ").append(c.kind()).append(' ').append(c.quantity().unit().code()).append(' ')
        .append(c.change());
    if (c.timeframe() == Timeframe.PREVIOUS) {
      s.append(" PREVIOUS");
    }
    if (c.role() != dev.crosscheck.model.TimeRole.NONE) {
      s.append(' ').append(c.role());
    }
    s.append(" [holder=").append(c.subject().holder()).append(", attribute=")
        .append(c.subject().attribute()).append(", counterpart=").append(c.subject().counterpart());
    if (!c.subject().scope().isEmpty()) {
      s.append(", scope=").append(c.subject().scope());
    }
    return s.append(']').toString();
  }

  /** Where a reference's claims ended up: each claim with its topic and position. */
  String whereIs(Resolved r) {
    if (!r.problem().isEmpty()) {
      return r.ref() + " -> " + r.problem();
    }
    List<String> parts = new ArrayList<>();
    for (Claim c : r.claims()) {
      Topic t = topicOf(c);
      parts.add(describe(c) + " in " + t.id() + " " + t.status() + " \"" + t.label() + "\" position "
          + (positionOf(c) + 1) + "/" + t.positions().size());
    }
    return r.ref() + " -> " + String.join("; ", parts);
  }

  /** A topic with its positions: "T0003 CONFLICT "label": 312 [a '312', b 'at least 312'] vs …". */
  static String describe(Topic t) {
    List<String> sides = new ArrayList<>();
    for (Position p : t.positions()) {
      Set<String> claims = new LinkedHashSet<>();
      for (Claim c : p.claims()) {
        if (claims.size() == MAX_SHOWN) {
          claims.add("…");
          break;
        }
        claims.add(c.articleId() + " '" + flat(c.surface()) + "'"
            + (c.timeframe() == Timeframe.PREVIOUS ? " PREVIOUS" : ""));
      }
      sides.add(p.value().toPlainString() + " " + t.claims().get(0).quantity().unit().code()
          + " [" + String.join(", ", claims) + "]");
    }
    return String.format(Locale.ROOT, "%s %s \"%s\": %s", t.id(), t.status(), t.label(),
        String.join(" vs ", sides));
  }

  static String flat(String s) {
    return s.replaceAll("\\s+", " ");
  }
}
