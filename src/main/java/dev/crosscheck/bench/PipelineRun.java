package dev.crosscheck.bench;

import dev.crosscheck.CrossChecker;
import dev.crosscheck.IndexSummary;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.CrossCheckResult;
import dev.crosscheck.model.Topic;
import dev.crosscheck.model.TopicStatus;
import dev.crosscheck.report.JsonReportRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One run of the front door, timed stage by stage: index (read, segment, extract, write, commit),
 * reconcile ({@link CrossChecker#report()}), and writing the JSON report. Immutable.
 */
record PipelineRun(
    long indexNanos,
    long reconcileNanos,
    long jsonNanos,
    IndexSummary summary,
    int topics,
    int conflicts,
    long claimSentences) {

  /** Undated articles resolve against this fixed day, so runs are reproducible. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC);

  long totalNanos() {
    return indexNanos + reconcileNanos + jsonNanos;
  }

  /** Indexes {@code corpus} into {@code index}, reconciles, and writes the JSON report to {@code json}. */
  static PipelineRun of(Path corpus, Path index, Path json) {
    try (CrossChecker checker =
        CrossChecker.builder().indexDirectory(index).clock(CLOCK).build()) {
      long t0 = System.nanoTime();
      IndexSummary summary = checker.index(List.of(corpus));
      long t1 = System.nanoTime();
      CrossCheckResult result = checker.report();
      long t2 = System.nanoTime();
      writeJson(result, json);
      long t3 = System.nanoTime();
      int conflicts =
          (int) result.topics().stream().filter(t -> t.status() == TopicStatus.CONFLICT).count();
      return new PipelineRun(t1 - t0, t2 - t1, t3 - t2, summary, result.topics().size(),
          conflicts, claimSentences(result));
    }
  }

  private static void writeJson(CrossCheckResult result, Path json) {
    try (Writer out = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
      new JsonReportRenderer().render(result, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + json, e);
    }
  }

  /** Sentences holding at least one claim that made it into a topic. */
  private static long claimSentences(CrossCheckResult result) {
    Set<String> sentences = new HashSet<>();
    for (Topic t : result.topics()) {
      for (Claim c : t.claims()) {
        sentences.add(c.articleId().value() + '#' + c.sentenceIndex());
      }
    }
    return sentences.size();
  }
}
