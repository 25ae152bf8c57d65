package dev.crosscheck.corpus;

import dev.crosscheck.internal.Checks;
import dev.crosscheck.model.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YAML-style front matter between {@code ---} lines at the very top of a Markdown or text file,
 * read by a small flat {@code key: value} parser (quoted values allowed, {@code date} accepted for
 * {@code published}). Known keys are kept with their line numbers; problems become warnings and an
 * unclosed block leaves the whole file as body. Immutable.
 */
record FrontMatter(
    Map<String, Field> fields, int bodyStart, int firstLine, List<Diagnostic> problems) {
  /** A known key's value and the 1-based file line it was on. */
  record Field(String value, int line) {}

  static final Set<String> KEYS = Set.of("title", "source", "url", "published", "credit");
  private static final Pattern ENTRY = Pattern.compile("(?<key>[A-Za-z_][\\w-]*)\\s*:(?<value>.*)");

  FrontMatter {
    fields = Map.copyOf(fields);
    problems = List.copyOf(problems);
  }

  /** Reads the front matter of {@code content}; {@code file} names it in diagnostics. */
  static FrontMatter parse(String content, String file) {
    List<String> lines = new ArrayList<>();
    int pos = 0;
    if (!isFence(firstLine(content), "---")) {
      return new FrontMatter(Map.of(), 0, 1, List.of());
    }
    while (pos < content.length()) {
      int nl = content.indexOf('\n', pos);
      int end = nl < 0 ? content.length() : nl;
      String line = stripCr(content.substring(pos, end));
      pos = nl < 0 ? content.length() : nl + 1;
      if (!lines.isEmpty() && (isFence(line, "---") || isFence(line, "..."))) {
        return new Reader(file).read(lines.subList(1, lines.size()), pos, lines.size() + 2);
      }
      lines.add(line);
    }
    Diagnostic unclosed =
        Diagnostic.warning(file, 1, "front matter opened with --- is never closed; read as body");
    return new FrontMatter(Map.of(), 0, 1, List.of(unclosed));
  }

  private static String firstLine(String content) {
    int nl = content.indexOf('\n');
    return stripCr(nl < 0 ? content : content.substring(0, nl));
  }

  private static boolean isFence(String line, String fence) {
    return line.stripTrailing().equals(fence);
  }

  private static String stripCr(String line) {
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  /** Parses the lines between the fences; single use. */
  private static final class Reader {
    private final String file;
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final List<Diagnostic> problems = new ArrayList<>();
    private String lastKey = "";

    Reader(String file) {
      this.file = file;
    }

    FrontMatter read(List<String> lines, int bodyStart, int firstLine) {
      for (int i = 0; i < lines.size(); i++) {
        entry(lines.get(i), i + 2);
      }
      return new FrontMatter(fields, bodyStart, firstLine, problems);
    }

    private void entry(String line, int lineNo) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        return;
      }
      if (Character.isWhitespace(line.charAt(0)) || trimmed.startsWith("- ")) {
        if (KEYS.contains(lastKey)) {
          wrongType(lastKey, lineNo);
        }
        return;
      }
      Matcher m = ENTRY.matcher(line);
      if (!m.matches()) {
        warn(lineNo, "front matter line is not 'key: value': '" + Checks.snippet(line) + "'");
        return;
      }
      lastKey = canonical(m.group("key").toLowerCase(Locale.ROOT));
      value(lastKey, m.group("value").strip(), lineNo);
    }

    private void value(String key, String raw, int lineNo) {
      if (!KEYS.contains(key)) {
        return;
      }
      if (raw.startsWith("[")
          || raw.startsWith("{")
          || raw.startsWith("|")
          || raw.startsWith(">")) {
        wrongType(key, lineNo);
      } else if (fields.containsKey(key)) {
        warn(lineNo, "front matter key '" + key + "' repeated; the first value is kept");
      } else if (!raw.isEmpty()) {
        fields.put(key, new Field(unquote(raw), lineNo));
      }
    }

    private void wrongType(String key, int lineNo) {
      if (fields.containsKey(key) && fields.get(key).value().isEmpty()) {
        return;
      }
      fields.put(key, new Field("", lineNo));
      warn(lineNo, "front matter key '" + key + "' must be a single text value; ignored");
    }

    private void warn(int lineNo, String message) {
      problems.add(Diagnostic.warning(file, lineNo, message));
    }
  }

  private static String canonical(String key) {
    return key.equals("date") ? "published" : key;
  }

  /**
   * Removes matching quotes ({@code "a \" b"}, {@code 'it''s'}) or a trailing {@code # comment}.
   */
  static String unquote(String raw) {
    if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
      return raw.substring(1, raw.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    if (raw.length() >= 2 && raw.startsWith("'") && raw.endsWith("'")) {
      return raw.substring(1, raw.length() - 1).replace("''", "'");
    }
    int comment = raw.indexOf(" #");
    return (comment < 0 ? raw : raw.substring(0, comment)).strip();
  }
}
