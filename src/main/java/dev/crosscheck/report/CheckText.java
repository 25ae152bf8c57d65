package dev.crosscheck.report;

import dev.crosscheck.model.CheckReport;
import dev.crosscheck.model.Diagnostic;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Severity;
import dev.crosscheck.model.Verdict;
import java.util.Locale;

/** {@code file:line:col: severity: message} per finding, then one summary line. */
final class CheckText {
  private CheckText() {}

  static String render(CheckReport report) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : report.diagnostics()) {
      out.append(d.format()).append('\n');
    }
    for (Finding f : report.findings()) {
      out.append(f.file()).append(':').append(f.line()).append(':').append(f.column()).append(": ")
          .append(level(f.severity())).append(": ").append(f.message())
          .append(f.baselined() ? " (baselined)" : "").append('\n');
    }
    out.append(summary(report)).append('\n');
    return out.toString();
  }

  static String summary(CheckReport report) {
    return String.format(Locale.ROOT, "%d contradiction%s, %d supported, %d unsupported: %s",
        report.count(Verdict.CONTRADICTION), report.count(Verdict.CONTRADICTION) == 1 ? "" : "s",
        report.count(Verdict.SUPPORTED), report.count(Verdict.UNSUPPORTED),
        report.failed() ? "check failed" : "check passed");
  }

  static String level(Severity severity) {
    switch (severity) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "note";
    }
  }
}
