package dev.crosscheck.eval;

import dev.crosscheck.CrossChecker;
import dev.crosscheck.internal.Checks;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores claim extraction against a gold table. Each row's sentence becomes a one-sentence
 * {@link Article} published on the row's date, the front door extracts its claims, and these are
 * compared with the row's expected claims. Thread-safe when the checker is.
 *
 * <p>Matching, per row, one to one, greedily in the table's order (each expected claim takes the
 * first found claim that fits and is still free):
 *
 * <ul>
 *   <li><b>value</b>: a found claim matches an expected one when their kinds are equal, their
 *       values are numerically equal ({@code DATE} values are epoch days) and the found claim's
 *       span overlaps the expected surface in the sentence. The n-th expected claim with a given
 *       surface stands at the n-th occurrence of that surface.
 *   <li><b>value+unit</b>: a value match whose unit code, low and high bounds (open equals open
 *       only), time role, change-or-level and timeframe are also equal.
 *   <li><b>subject</b>: only expected claims that list subject terms count. One is right when its
 *       value match exists and every term appears, ignoring case, as the subject's holder,
 *       attribute, attribute text, counterpart or one of its terms (a term written {@code
 *       holder:X}, {@code attribute:X}, {@code counterpart:X} or {@code scope:X} must appear in
 *       that field, one written {@code not:X} nowhere). A wrong subject counts as a false
 *       positive and a false negative, a missing value match as a false negative.
 * </ul>
 *
 * <p>Value and value+unit counts are kept per kind: a true positive or false negative under the
 * expected claim's kind, a false positive under the found claim's kind. No-claim rows count
 * every claim found as a false positive and are also listed on their own.
 */
public final class ExtractionEvaluator {
  private final CrossChecker checker;

  private ExtractionEvaluator(CrossChecker checker) {
    this.checker = checker;
  }

  /** An evaluator that extracts through {@code checker} (which needs no index for this). */
  public static ExtractionEvaluator using(CrossChecker checker) {
    return new ExtractionEvaluator(Checks.notNull(checker, "checker"));
  }

  /** Reads the gold table at {@code goldFile} and scores extraction over it. */
  public ExtractionScores evaluate(Path goldFile) {
    Checks.notNull(goldFile, "goldFile");
    return score(GoldTable.read(goldFile));
  }

  /** Scores extraction over gold-table lines given in memory; {@code name} labels errors. */
  public ExtractionScores evaluate(List<String> goldLines, String name) {
    Checks.notNull(goldLines, "goldLines");
    return score(GoldTable.parse(goldLines, Checks.notNull(name, "name")));
  }

  private ExtractionScores score(List<GoldRow> rows) {
    Map<ClaimKind, Score> value = new EnumMap<>(ClaimKind.class);
    Map<ClaimKind, Score> full = new EnumMap<>(ClaimKind.class);
    Score subject = Score.EMPTY;
    List<String> violations = new ArrayList<>();
    List<String> mismatches = new ArrayList<>();
    int noClaimRows = 0;
    for (GoldRow row : rows) {
      RowResult r = new RowResult(row, claims(row));
      for (ClaimKind kind : ClaimKind.values()) {
        value.merge(kind, r.score(kind, false), Score::plus);
        full.merge(kind, r.score(kind, true), Score::plus);
      }
      subject = subject.plus(r.subjectScore());
      if (row.noClaim()) {
        noClaimRows++;
        if (!r.found().isEmpty()) {
          violations.add(String.format(Locale.ROOT, "line %d: %s -> %s", row.line(), row.sentence(),
              r.found().stream().map(ClaimText::of).toList()));
        }
      }
      if (!r.perfect()) {
        mismatches.add(Mismatches.describe(r));
      }
    }
    return new ExtractionScores(value, full, subject, rows.size(), noClaimRows, violations,
        mismatches);
  }

  private List<Claim> claims(GoldRow row) {
    ArticleId id = ArticleId.of("gold-line-" + row.line());
    Article article = new Article(id, "", "", "gold", "", "", row.published(), row.sentence(), 1);
    return checker.claims(article);
  }
}
