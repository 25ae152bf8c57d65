/**
 * Pure rendering of a {@link dev.crosscheck.model.CrossCheckResult} to the JSON report scripts
 * read and to one self-contained, offline HTML page for fact-checkers, and of a CI {@link
 * dev.crosscheck.model.CheckReport} as text, JSON, SARIF or GitHub annotations ({@link
 * dev.crosscheck.report.CheckFormat}).
 *
 * <p>Depends on {@code model} and {@code internal}; third-party: jackson, commons-text.
 */
package dev.crosscheck.report;
