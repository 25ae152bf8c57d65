package dev.crosscheck.bench;

import dev.crosscheck.bench.Stories.Cast;
import dev.crosscheck.bench.Stories.Fact;
import dev.crosscheck.bench.Stories.Story;
import dev.crosscheck.bench.Values.Value;
import dev.crosscheck.bench.Words.Outlet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes one outlet's article about a story as Markdown with front matter: a headline, a byline, a
 * lede with the main figure, the other figures each stated exactly, hedged, wrongly or not at all,
 * and paragraphs of filler between them. Syndicated copies repeat the wire story under another
 * outlet's name with a credit line. Stateless.
 */
final class ArticleWriter {
  /** How an outlet states one figure, out of 100: exactly, hedged, wrongly, else left out. */
  private static final int EXACT = 62;

  private static final int HEDGED = 80;
  private static final int WRONG = 90;

  private ArticleWriter() {}

  /** The body (everything after the front matter) of {@code outlet}'s own article. */
  static String body(Story story, Random r) {
    Cast cast = story.cast();
    List<String> paragraphs = new ArrayList<>();
    List<Fact> facts = new ArrayList<>(story.facts());
    Fact lead = facts.remove(0);
    Collections.shuffle(facts, r);
    paragraphs.add(Prose.fill(Words.pick(lead.patterns(), r), cast, exact(lead.value(), r), r)
        + " " + Prose.filler(cast, r));
    for (Fact fact : facts) {
      String figure = figure(fact.value(), r);
      if (figure != null) {
        String stated = Prose.fill(Words.pick(fact.patterns(), r), cast, figure, r);
        paragraphs.add(sentences(stated, r.nextInt(3), cast, r));
      }
      for (int i = 1 + r.nextInt(3); i > 0; i--) {
        paragraphs.add(sentences("", 2 + r.nextInt(4), cast, r));
      }
    }
    paragraphs.add(sentences("", 1 + r.nextInt(2), cast, r));
    return String.join("\n\n", paragraphs) + "\n";
  }

  /** The complete file of an article: front matter, headline, byline, body and credit line. */
  static String file(Story story, Outlet outlet, String body, Outlet credit, Random r) {
    String title = Prose.fill(Words.pick(story.headlines(), r), story.cast(), "", r);
    LocalDate published = story.date().plusDays(r.nextInt(3));
    StringBuilder b = new StringBuilder(body.length() + 512);
    b.append("---\n")
        .append("title: \"").append(title.replace("\"", "\\\"")).append("\"\n")
        .append("source: ").append(outlet.name()).append('\n')
        .append("url: ").append(url(outlet, published, title)).append('\n')
        .append("published: ").append(published).append('\n')
        .append("---\n\n")
        .append("# ").append(title).append("\n\n")
        .append("By ").append(Names.person(r)).append("\n\n")
        .append(body);
    if (credit != null) {
      b.append("\nOriginally reported by ").append(credit.name()).append(".\n");
    }
    return b.toString();
  }

  private static String url(Outlet outlet, LocalDate date, String title) {
    return String.format(Locale.ROOT, "https://%s/%d/%02d/%02d/%s", outlet.host(),
        date.getYear(), date.getMonthValue(), date.getDayOfMonth(), Names.slug(title));
  }

  private static String sentences(String first, int fillers, Cast cast, Random r) {
    StringBuilder b = new StringBuilder(first);
    for (int i = 0; i < fillers; i++) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(Prose.filler(cast, r));
    }
    return b.toString();
  }

  /** The figure as this outlet states it, or null when it leaves it out. */
  private static String figure(Value v, Random r) {
    int roll = r.nextInt(100);
    if (roll < EXACT) {
      return exact(v, r);
    }
    if (roll < HEDGED) {
      return Values.hedged(v, r);
    }
    return roll < WRONG ? exact(Values.wrong(v, r), r) : null;
  }

  private static String exact(Value v, Random r) {
    return Values.exact(v, r);
  }
}
