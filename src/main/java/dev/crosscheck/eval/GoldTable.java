package dev.crosscheck.eval;

import dev.crosscheck.model.Change;
import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.TimeRole;
import dev.crosscheck.model.Timeframe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the gold table: TAB-separated {@code published, sentence, claims[, subjects]}, with
 * {@code #} comments and blank lines skipped. The format is documented at the head of {@code
 * src/test/resources/golden/extract/claims.tsv}. A malformed line throws {@link
 * IllegalArgumentException} naming the file, line and the bad cell: the table is code. Stateless.
 */
final class GoldTable {
  static final String NONE = "-";
  static final String SEPARATOR = " ; ";

  private GoldTable() {}

  static List<GoldRow> read(Path file) {
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold table " + file, e);
    }
  }

  static List<GoldRow> parse(List<String> lines, String name) {
    List<GoldRow> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      try {
        rows.add(row(i + 1, line));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new IllegalArgumentException(
            String.format(Locale.ROOT, "%s:%d: %s", name, i + 1, e.getMessage()), e);
      }
    }
    return rows;
  }

  private static GoldRow row(int number, String line) {
    String[] cells = line.split("\t", -1);
    if (cells.length < 3 || cells.length > 4) {
      throw new IllegalArgumentException("expected 3 or 4 TAB-separated cells, found " + cells.length);
    }
    LocalDate published = LocalDate.parse(cells[0].strip());
    List<ExpectedClaim> claims = new ArrayList<>();
    if (!cells[2].strip().equals(NONE)) {
      for (String c : cells[2].split(SEPARATOR)) {
        claims.add(claim(c.strip(), cells[1]));
      }
    }
    if (cells.length == 4 && !cells[3].isBlank()) {
      String[] groups = cells[3].split(SEPARATOR);
      if (groups.length > claims.size()) {
        throw new IllegalArgumentException(
            "more subject groups (" + groups.length + ") than claims (" + claims.size() + ")");
      }
      for (int k = 0; k < groups.length; k++) {
        claims.set(k, claims.get(k).withTerms(terms(groups[k])));
      }
    }
    return new GoldRow(number, published, cells[1], claims);
  }

  private static ExpectedClaim claim(String written, String sentence) {
    String[] f = written.split("\\|", -1);
    if (f.length < 8 || f.length > 9) {
      throw new IllegalArgumentException("claim needs 8 or 9 '|' fields: '" + written + "'");
    }
    ClaimKind kind = ClaimKind.valueOf(f[0].strip());
    BigDecimal value = number(kind, f[1]);
    BigDecimal low = bound(kind, f[3], value);
    BigDecimal high = bound(kind, f[4], value);
    TimeRole role = f[5].strip().equals(NONE) ? TimeRole.NONE : TimeRole.valueOf(f[5].strip());
    Change change = f[6].strip().equals(NONE) ? Change.LEVEL : Change.valueOf(f[6].strip());
    Timeframe timeframe = f.length == 9 ? Timeframe.valueOf(f[8].strip()) : Timeframe.CURRENT;
    String surface = f[7];
    if (!sentence.contains(surface) || surface.isEmpty()) {
      throw new IllegalArgumentException("surface '" + surface + "' is not in the sentence");
    }
    return new ExpectedClaim(kind, value, f[2].strip(), low, high, role, change, timeframe,
        surface, List.of());
  }

  private static BigDecimal bound(ClaimKind kind, String written, BigDecimal value) {
    String w = written.strip();
    if (w.equals("*")) {
      return null;
    }
    return w.equals("=") ? value : number(kind, w);
  }

  /** A decimal ("13.75e9" allowed), or for dates an ISO date given as its epoch day. */
  private static BigDecimal number(ClaimKind kind, String written) {
    String w = written.strip();
    if (kind == ClaimKind.DATE && w.length() == 10 && w.charAt(4) == '-') {
      return BigDecimal.valueOf(LocalDate.parse(w).toEpochDay());
    }
    try {
      return new BigDecimal(w);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number: '" + w + "'", e);
    }
  }

  private static List<SubjectTerm> terms(String group) {
    String g = group.strip();
    if (g.equals(NONE) || g.isEmpty()) {
      return List.of();
    }
    List<SubjectTerm> terms = new ArrayList<>();
    for (String t : g.split(",")) {
      terms.add(SubjectTerm.parse(t));
    }
    return terms;
  }
}
