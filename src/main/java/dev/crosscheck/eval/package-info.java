/**
 * Evaluation of claim extraction against a gold table: {@link
 * dev.crosscheck.eval.ExtractionEvaluator} reads {@code claims.tsv}, runs each sentence through the
 * front door as a one-sentence article and scores what it finds with {@link
 * dev.crosscheck.eval.ExtractionScores}: precision, recall and F1 per claim kind and overall, for
 * value, value with unit and interval, and subject.
 *
 * <p>Depends on the root front door, {@code model} and {@code internal}; no third-party library.
 */
package dev.crosscheck.eval;
