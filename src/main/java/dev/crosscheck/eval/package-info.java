/**
 * Evaluation against gold files: extraction precision, recall and F1 over the gold table, and
 * reconciliation precision and recall of conflicts over gold corpora. Sits on top of the front
 * door like {@code check}.
 *
 * <p>Depends on the root front door, {@code model} and {@code internal}; no third-party code.
 */
package dev.crosscheck.eval;
