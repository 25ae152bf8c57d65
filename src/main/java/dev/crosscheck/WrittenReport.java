package dev.crosscheck;

import dev.crosscheck.model.ResultSummary;

/**
 * What {@link CrossChecker#writeReport} did: the counts of the report the files hold, and whether
 * it wrote them ({@code false}: they already held it). Immutable.
 */
public record WrittenReport(ResultSummary summary, boolean written) {}
