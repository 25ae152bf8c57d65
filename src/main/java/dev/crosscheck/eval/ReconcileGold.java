package dev.crosscheck.eval;

import dev.crosscheck.internal.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gold file of one evaluation corpus, {@code gold.tsv} in the corpus folder. Immutable.
 *
 * <p>Lines are TAB-separated; blank lines and lines starting with {@code #} are skipped:
 *
 * <pre>
 * articles  PATH                   folder of the articles, relative to the gold file (default articles)
 * exact     yes                    every item must hold, not only the precision and recall targets
 * CONFLICT  id  note  GROUP  GROUP [GROUP…]
 * AGREE     id  note  GROUP
 * TRAP      id  note  GROUP  GROUP
 * PREVIOUS  id  note  CURRENT-GROUP  EARLIER-GROUP
 * SOURCES   id  note  GROUP  articles=N origins=M
 * </pre>
 *
 * A GROUP is one or more {@link ReconcileRef references} separated by {@code " ; "}.
 */
record ReconcileGold(String name, Path goldFile, Path articles, boolean exact, List<ReconcileItem> items) {
  /** The gold file's name inside a corpus folder. */
  static final String FILE = "gold.tsv";

  private static final Pattern COUNTS = Pattern.compile("articles=(\\d+)\\s+origins=(\\d+)");

  ReconcileGold {
    Checks.notNull(name, "name");
    Checks.notNull(goldFile, "goldFile");
    Checks.notNull(articles, "articles");
    items = List.copyOf(items);
  }

  /** Reads {@code dir/gold.tsv}; throws IllegalArgumentException naming the line when it is bad. */
  static ReconcileGold read(Path dir) {
    Path file = dir.resolve(FILE);
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold file " + file, e);
    }
    Path articles = dir.resolve("articles");
    boolean exact = false;
    List<ReconcileItem> items = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String where = file + ":" + (i + 1);
      String[] cols = line.split("\t", -1);
      switch (cols[0].strip()) {
        case "articles" -> articles = dir.resolve(column(cols, 1, where)).normalize();
        case "exact" -> exact = column(cols, 1, where).equalsIgnoreCase("yes");
        default -> items.add(itemAt(cols, where));
      }
    }
    String name = dir.toAbsolutePath().normalize().getFileName().toString();
    return new ReconcileGold(name, file, articles, exact, items);
  }

  private static ReconcileItem itemAt(String[] cols, String where) {
    try {
      return item(cols, where);
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      throw message.startsWith(where) ? e : new IllegalArgumentException(where + ": " + message, e);
    }
  }

  private static ReconcileItem item(String[] cols, String where) {
    ReconcileItem.Kind kind;
    try {
      kind = ReconcileItem.Kind.valueOf(cols[0].strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": unknown line kind '" + Checks.snippet(cols[0])
          + "'; expected articles, exact, CONFLICT, AGREE, TRAP, PREVIOUS or SOURCES", e);
    }
    String id = column(cols, 1, where);
    String note = column(cols, 2, where);
    List<String> rest = Arrays.asList(cols).subList(Math.min(3, cols.length), cols.length);
    if (kind == ReconcileItem.Kind.SOURCES) {
      Checks.argument(rest.size() == 2, "%s: SOURCES needs a group and 'articles=N origins=M'", where);
      Matcher m = COUNTS.matcher(rest.get(1).strip());
      Checks.argument(m.matches(), "%s: expected 'articles=N origins=M', was '%s'", where,
          Checks.snippet(rest.get(1)));
      return new ReconcileItem(kind, id, note, List.of(group(rest.get(0))),
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), where);
    }
    List<List<ReconcileRef>> groups = rest.stream().map(ReconcileGold::group).toList();
    return new ReconcileItem(kind, id, note, groups, 0, 0, where);
  }

  private static List<ReconcileRef> group(String column) {
    return Arrays.stream(column.split(" ; ")).map(String::strip).filter(s -> !s.isEmpty())
        .map(ReconcileRef::parse).toList();
  }

  private static String column(String[] cols, int i, String where) {
    Checks.argument(cols.length > i, "%s: missing column %d", where, i + 1);
    return cols[i].strip();
  }
}
