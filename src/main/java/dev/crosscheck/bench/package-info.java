/**
 * Benchmarks for {@code ./crosscheck bench}: a deterministic generator of realistic news corpora
 * ({@link dev.crosscheck.bench.CorpusGenerator}) and a runner ({@link dev.crosscheck.bench.Bench})
 * that times the front door end to end (ingest, extract, index, reconcile, JSON report) against
 * baselines measured in the same process on the same text: OpenNLP sentence detection alone,
 * sentence detection with tokenization and part-of-speech tagging on every sentence, and Lucene
 * indexing of the raw text. It ships in the command-line jar so that a fresh clone can run it.
 *
 * <p>Depends on the root front door, {@code report}, {@code extract} (the candidate-sentence
 * predicate), {@code model} and {@code internal}. Third-party: opennlp-tools, lucene-core and
 * lucene-analysis-common. This is the one package allowed to import both OpenNLP and Lucene,
 * because it measures the raw libraries; nothing else imports this package except {@code cli}.
 * It prints nothing itself: the runner writes its table to the {@link java.io.PrintWriter} it is
 * given.
 */
package dev.crosscheck.bench;
