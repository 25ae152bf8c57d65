package dev.crosscheck.bench;

import static dev.crosscheck.bench.BenchTable.num;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Measures one corpus size and fills its column of the table. Single use. */
final class SizeRun {
  private final Workspace workspace;
  private final Baselines baselines;
  private final Bench.Settings settings;
  private final PrintWriter progress;

  SizeRun(Workspace workspace, Baselines baselines, Bench.Settings settings, PrintWriter progress) {
    this.workspace = workspace;
    this.baselines = baselines;
    this.settings = settings;
    this.progress = progress;
  }

  /** Runs the pipeline and the baselines once on a small corpus, so the JIT has compiled them. */
  void warmUp(int articles) {
    Path corpus = workspace.corpus(articles);
    List<Path> files = Workspace.files(corpus);
    PipelineRun.of(corpus, workspace.scratch("index-warmup"), workspace.file("report-warmup.json"));
    baselines.sentences(files);
    baselines.tagging(files, settings.taggingSampleBytes());
    baselines.lucene(files, workspace.scratch("lucene-warmup"));
    Workspace.delete(workspace.file("index-warmup"));
    Workspace.delete(workspace.file("lucene-warmup"));
  }

  void run(int n, BenchTable t) {
    step("generating or reusing %,d articles", n);
    Path corpus = workspace.corpus(n);
    List<Path> files = Workspace.files(corpus);
    Path index = workspace.scratch("index-" + n);
    Path json = workspace.file("report-" + n + ".json");
    step("full run on %,d articles", n);
    System.gc();
    PipelineRun full;
    HeapSampler heap = HeapSampler.start();
    try (heap) {
      full = PipelineRun.of(corpus, index, json);
    }
    long indexBytes = Workspace.size(index);
    step("re-run, unchanged");
    PipelineRun same = PipelineRun.of(corpus, index, json);
    step("re-run, unchanged, report file deleted");
    Workspace.delete(json);
    PipelineRun rewritten = PipelineRun.of(corpus, index, json);
    step("re-run, 1%% of files changed");
    PipelineRun changed;
    try (Edits edits = Edits.apply(files, 1, settings.seed())) {
      changed = PipelineRun.of(corpus, index, json);
    }
    Workspace.delete(index);
    pipeline(t, n, full, new Measurement(Workspace.bytes(files), full.totalNanos()), heap,
        indexBytes);
    reruns(t, full, same, rewritten, changed);
    baselines(t, n, full, files);
  }

  private void baselines(BenchTable t, int n, PipelineRun full, List<Path> files) {
    step("baselines");
    Measurement sent = baselines.sentences(files);
    Baselines.SentenceCounts counts = baselines.counts();
    Measurement tag = baselines.tagging(files, settings.taggingSampleBytes());
    Measurement lucene = baselines.lucene(files, workspace.scratch("lucene-" + n));
    Workspace.delete(workspace.file("lucene-" + n));
    sentences(t, full, counts);
    baselines(t, new Measurement(sent.bytes(), full.totalNanos()), sent, tag, lucene);
  }

  private static void pipeline(BenchTable t, int n, PipelineRun full, Measurement e2e,
      HeapSampler heap, long indexBytes) {
    t.put("articles", num(full.summary().articles(), 0));
    t.put("corpus MB", num(e2e.bytes() / Measurement.MB, 1));
    t.put("end-to-end s", num(e2e.seconds(), 2));
    t.put("  index (read+NLP+extract+write) s", num(full.indexNanos() / 1e9, 2));
    t.put("  reconcile s", num(full.reconcileNanos() / 1e9, 2));
    t.put("  report JSON s", num(full.jsonNanos() / 1e9, 2));
    t.put("end-to-end MB/s", num(e2e.mbPerSecond(), 2));
    t.put("end-to-end articles/s", num(n / e2e.seconds(), 0));
    t.put("peak heap used MB", num(heap.peakUsedBytes() / Measurement.MB, 0));
    t.put("peak live heap MB (after GC)", num(heap.peakLiveBytes() / Measurement.MB, 0));
    t.put("index size MB", num(indexBytes / Measurement.MB, 1));
    t.put("claims", num(full.summary().claims(), 0));
    t.put("topics / conflicts", String.format(Locale.ROOT, "%,d / %,d", full.result().topics(),
        full.result().conflicts()));
    t.put("  conflicts spanning generated stories", num(full.crossStoryConflicts(), 0));
  }

  private static void sentences(BenchTable t, PipelineRun full, Baselines.SentenceCounts c) {
    t.put("sentences (OpenNLP)", num(c.sentences(), 0));
    t.put("candidate sentences % (mayHoldClaim)", percent(c.candidates(), c.sentences()));
    t.put("sentences with a claim % of candidates", percent(full.claimSentences(), c.candidates()));
  }

  private static void baselines(BenchTable t, Measurement e2e, Measurement sent, Measurement tag,
      Measurement lucene) {
    t.put("baseline sentdetect MB/s (1 thread)", num(sent.mbPerSecond(), 2));
    t.put("baseline sent+tok+POS MB/s (1 thread)", num(tag.mbPerSecond(), 2));
    t.put("baseline Lucene raw text MB/s (1 thread)", num(lucene.mbPerSecond(), 2));
    t.put("end-to-end / sentdetect", ratio(e2e, sent));
    t.put("end-to-end / sent+tok+POS", ratio(e2e, tag));
    t.put("end-to-end / Lucene", ratio(e2e, lucene));
  }

  private static void reruns(BenchTable t, PipelineRun full, PipelineRun same,
      PipelineRun rewritten, PipelineRun changed) {
    t.put("re-run unchanged s", num(same.totalNanos() / 1e9, 2));
    t.put("re-run unchanged % of full", percent(same.totalNanos(), full.totalNanos()));
    t.put("  unchanged: index part s", num(same.indexNanos() / 1e9, 2));
    t.put("re-run unchanged, report deleted s", num(rewritten.totalNanos() / 1e9, 2));
    t.put("  report deleted: % of full", percent(rewritten.totalNanos(), full.totalNanos()));
    t.put("re-run 1% changed s", num(changed.totalNanos() / 1e9, 2));
    t.put("re-run 1% changed % of full", percent(changed.totalNanos(), full.totalNanos()));
    t.put("  1% changed: index part s", num(changed.indexNanos() / 1e9, 2));
  }

  private static String ratio(Measurement a, Measurement b) {
    return b.mbPerSecond() == 0 ? "-" : num(a.mbPerSecond() / b.mbPerSecond(), 2) + "x";
  }

  private static String percent(long part, long whole) {
    return whole == 0 ? "-" : num(100.0 * part / whole, 1) + "%";
  }

  private void step(String format, Object... args) {
    progress.println("bench: " + String.format(Locale.ROOT, format, args));
    progress.flush();
  }
}
