package dev.crosscheck.report;

import dev.crosscheck.internal.Checks;
import dev.crosscheck.model.CheckReport;

/**
 * The output formats of a CI check: one line per finding for people, a stable JSON schema for
 * scripts, SARIF 2.1.0 for code-scanning UIs, and GitHub Actions workflow commands. Thread-safe.
 */
public enum CheckFormat {
  /** {@code draft.md:12:45: error: message}, then a summary line. */
  TEXT,
  /** {@code {"findings":[…],"summary":{…}}}; see the README for the schema. */
  JSON,
  /** SARIF 2.1.0 with one rule per finding type and stable partial fingerprints. */
  SARIF,
  /** {@code ::error file=…,line=…,col=…::message} lines for GitHub Actions. */
  GITHUB;

  /** The whole output for {@code report}, ending with a newline. */
  public String render(CheckReport report) {
    Checks.notNull(report, "report");
    switch (this) {
      case JSON:
        return CheckJson.render(report);
      case SARIF:
        return Sarif.render(report);
      case GITHUB:
        return GithubAnnotations.render(report);
      default:
        return CheckText.render(report);
    }
  }
}
