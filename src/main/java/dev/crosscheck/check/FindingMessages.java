package dev.crosscheck.check;

import dev.crosscheck.internal.Checks;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.Assessment;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Verdict;
import java.util.List;

/**
 * One-line messages: {@code license · Microsoft · OpenAI — ends: 2030 contradicts 2032 (5
 * sources, 3 independent): "…runs through 2032, extending…" [The Quantum Dispatch]}.
 */
final class FindingMessages {
  private FindingMessages() {}

  static String of(Assessment a, List<Article> sources) {
    if (a.verdict() == Verdict.UNSUPPORTED) {
      return a.claim().kind().name().toLowerCase(java.util.Locale.ROOT) + " \""
          + flat(a.claim().surface()) + "\": the corpus says nothing about this";
    }
    Claim quoted = a.corpus().get(0).claims().get(0);
    return a.label() + ": " + a.explanation() + ": \"" + Checks.snippet(around(quoted)) + "\" ["
        + sourceName(quoted, sources) + "]";
  }

  /** The quoted sentence, starting near the claim when the sentence is long. */
  private static String around(Claim c) {
    String sentence = flat(c.sentence());
    int at = sentence.indexOf(flat(c.surface()));
    if (sentence.length() <= 80 || at < 40) {
      return sentence;
    }
    return "…" + sentence.substring(at - 30);
  }

  private static String sourceName(Claim c, List<Article> sources) {
    for (Article a : sources) {
      if (a.id().equals(c.articleId())) {
        return !a.source().isEmpty() ? a.source() : !a.title().isEmpty() ? a.title() : a.id().value();
      }
    }
    return c.articleId().value();
  }

  private static String flat(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
