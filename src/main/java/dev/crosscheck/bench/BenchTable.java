package dev.crosscheck.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result table: one row per metric, one column per corpus size, aligned for a terminal. Rows
 * keep the order they were first added in. Single use, not thread-safe.
 */
final class BenchTable {
  /** Every row label, in print order; the smoke test checks each is printed. */
  static final List<String> ROWS =
      List.of(
          "articles",
          "corpus MB",
          "end-to-end s",
          "  index (read+NLP+extract+write) s",
          "  reconcile s",
          "  report JSON s",
          "end-to-end MB/s",
          "end-to-end articles/s",
          "peak heap used MB",
          "peak live heap MB (after GC)",
          "index size MB",
          "claims",
          "topics / conflicts",
          "  conflicts spanning generated stories",
          "sentences (OpenNLP)",
          "candidate sentences % (mayHoldClaim)",
          "sentences with a claim % of candidates",
          "baseline sentdetect MB/s (1 thread)",
          "baseline sent+tok+POS MB/s (1 thread)",
          "baseline Lucene raw text MB/s (1 thread)",
          "end-to-end / sentdetect",
          "end-to-end / sent+tok+POS",
          "end-to-end / Lucene",
          "re-run unchanged s",
          "re-run unchanged % of full",
          "  unchanged: index part s",
          "re-run unchanged, report deleted s",
          "  report deleted: % of full",
          "re-run 1% changed s",
          "re-run 1% changed % of full",
          "  1% changed: index part s");

  private final List<String> columns = new ArrayList<>();
  private final Map<String, List<String>> cells = new LinkedHashMap<>();

  BenchTable() {
    ROWS.forEach(r -> cells.put(r, new ArrayList<>()));
  }

  /** Starts the column for one corpus size. */
  void column(String header) {
    columns.add(header);
  }

  /** Sets {@code row} of the current column. */
  void put(String row, String value) {
    List<String> values = cells.get(row);
    if (values == null) {
      throw new IllegalArgumentException("unknown bench row '" + row + "'");
    }
    while (values.size() < columns.size() - 1) {
      values.add("-");
    }
    values.add(value);
  }

  static String num(double value, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }

  void print(PrintWriter out) {
    int label = ROWS.stream().mapToInt(String::length).max().orElse(0);
    int width = width();
    StringBuilder header = new StringBuilder(pad("metric", label, false));
    columns.forEach(c -> header.append("  ").append(pad(c, width, true)));
    out.println(header);
    out.println("-".repeat(header.length()));
    for (Map.Entry<String, List<String>> row : cells.entrySet()) {
      StringBuilder line = new StringBuilder(pad(row.getKey(), label, false));
      for (int i = 0; i < columns.size(); i++) {
        String v = i < row.getValue().size() ? row.getValue().get(i) : "-";
        line.append("  ").append(pad(v, width, true));
      }
      out.println(line);
    }
    out.flush();
  }

  private int width() {
    int width = 10;
    for (List<String> values : cells.values()) {
      for (String v : values) {
        width = Math.max(width, v.length());
      }
    }
    for (String c : columns) {
      width = Math.max(width, c.length());
    }
    return width;
  }

  private static String pad(String s, int width, boolean right) {
    String fill = " ".repeat(Math.max(0, width - s.length()));
    return right ? fill + s : s + fill;
  }
}
