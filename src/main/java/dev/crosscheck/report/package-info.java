/**
 * Pure rendering of a {@link dev.crosscheck.model.CrossCheckResult} to the JSON report scripts
 * read and to one self-contained, offline HTML page for fact-checkers.
 *
 * <p>Depends on {@code model} and {@code internal}; third-party: jackson, commons-text.
 */
package dev.crosscheck.report;
