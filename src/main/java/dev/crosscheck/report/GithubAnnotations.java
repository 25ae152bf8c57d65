package dev.crosscheck.report;

import dev.crosscheck.model.CheckReport;
import dev.crosscheck.model.Finding;
import dev.crosscheck.model.Severity;

/**
 * GitHub Actions workflow commands, one per finding: {@code ::error file=…,line=…,col=…,title=…::
 * message}; notes for supported and informational findings. Values are escaped as the runner
 * expects (%, CR, LF, and in properties also : and ,).
 */
final class GithubAnnotations {
  private GithubAnnotations() {}

  static String render(CheckReport report) {
    StringBuilder out = new StringBuilder();
    for (Finding f : report.findings()) {
      if (f.baselined()) {
        continue; // accepted findings stay out of the pull request's annotations
      }
      out.append("::").append(command(f.severity()))
          .append(" file=").append(property(f.file()))
          .append(",line=").append(f.line())
          .append(",col=").append(f.column())
          .append(",title=").append(property("crosscheck " + f.type().name().toLowerCase(java.util.Locale.ROOT)))
          .append("::").append(data(f.message())).append('\n');
    }
    out.append(data(CheckText.summary(report))).append('\n');
    return out.toString();
  }

  private static String command(Severity severity) {
    switch (severity) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "notice";
    }
  }

  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
