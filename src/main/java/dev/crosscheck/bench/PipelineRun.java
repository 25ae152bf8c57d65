package dev.crosscheck.bench;

import dev.crosscheck.CrossChecker;
import dev.crosscheck.IndexSummary;
import dev.crosscheck.ReportFile;
import dev.crosscheck.WrittenReport;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.CrossCheckResult;
import dev.crosscheck.model.ResultSummary;
import dev.crosscheck.model.Topic;
import dev.crosscheck.model.TopicStatus;
import dev.crosscheck.report.JsonReportRenderer;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One run of the front door as {@code crosscheck report} makes it, timed stage by stage: index
 * (read, segment, extract, write, commit), reconcile, and writing the JSON report. When the
 * report file already holds the result, {@link CrossChecker#writeReport} neither reconciles nor
 * writes, and its time counts as reconcile. Immutable.
 */
record PipelineRun(
    long indexNanos,
    long reconcileNanos,
    long jsonNanos,
    IndexSummary summary,
    ResultSummary result,
    long claimSentences,
    long crossStoryConflicts) {

  /** Undated articles resolve against this fixed day, so runs are reproducible. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC);

  long totalNanos() {
    return indexNanos + reconcileNanos + jsonNanos;
  }

  /** Indexes {@code corpus} into {@code index}, reconciles, and writes the JSON report there. */
  static PipelineRun of(Path corpus, Path index, Path json) {
    try (CrossChecker checker =
        CrossChecker.builder().indexDirectory(index).clock(CLOCK).build()) {
      long t0 = System.nanoTime();
      IndexSummary summary = checker.index(List.of(corpus));
      long t1 = System.nanoTime();
      TimedJson renderer = new TimedJson();
      WrittenReport written =
          checker.writeReport(List.of(new ReportFile(json, "json", renderer::render)));
      long t3 = System.nanoTime();
      long t2 = written.written() ? renderer.started : t3;
      return new PipelineRun(t1 - t0, t2 - t1, t3 - t2, summary, written.summary(),
          written.written() ? claimSentences(renderer.result) : 0,
          written.written() ? crossStoryConflicts(renderer.result) : 0);
    }
  }

  /** The JSON renderer, noting when rendering began and what it rendered. */
  private static final class TimedJson {
    private final JsonReportRenderer json = new JsonReportRenderer();
    private volatile long started;
    private volatile CrossCheckResult result;

    void render(CrossCheckResult result, Writer out) {
      this.started = System.nanoTime();
      this.result = result;
      json.render(result, out);
    }
  }

  /**
   * Conflicts whose claims come from more than one generated story: the generator never has two
   * stories state one figure, so these are claims of different events taken for one thing.
   */
  private static long crossStoryConflicts(CrossCheckResult result) {
    return result.topics().stream()
        .filter(t -> t.status() == TopicStatus.CONFLICT)
        .filter(t -> t.claims().stream()
            .map(c -> CorpusGenerator.storyOf(c.articleId().value()).orElse(""))
            .distinct().count() > 1)
        .count();
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
