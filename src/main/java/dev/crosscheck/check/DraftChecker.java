package dev.crosscheck.check;

import dev.crosscheck.CrossChecker;
import dev.crosscheck.DraftMetadata;
import dev.crosscheck.internal.Checks;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.Assessment;
import dev.crosscheck.model.CheckReport;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Diagnostic;
import dev.crosscheck.model.DraftCheck;
import dev.crosscheck.model.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks draft files against an indexed corpus and applies a policy. Thread-safe as the front door
 * it wraps is.
 */
public final class DraftChecker {
  private final CrossChecker checker;

  public DraftChecker(CrossChecker checker) {
    this.checker = Checks.notNull(checker, "checker");
  }

  /**
   * Findings for every claim of every draft, in file and text order. A draft file that does not
   * exist or cannot be read is an error naming it ({@link IllegalArgumentException}).
   */
  public CheckReport check(List<Path> drafts, CheckPolicy policy) {
    Checks.notNull(drafts, "drafts");
    Checks.notNull(policy, "policy");
    List<Finding> findings = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    Map<ArticleId, Article> sources = new LinkedHashMap<>();
    for (Path draft : drafts) {
      String name = draft.toString();
      DraftCheck result = checker.check(read(draft), DraftMetadata.forFile(name));
      diagnostics.addAll(result.diagnostics());
      result.sources().forEach(a -> sources.putIfAbsent(a.id(), a));
      for (Assessment a : result.assessments()) {
        findings.add(finding(name, result, a, policy));
      }
    }
    boolean failed = findings.stream().anyMatch(f -> !f.baselined() && policy.fails(f.type()));
    return new CheckReport(findings, List.copyOf(sources.values()), diagnostics, failed);
  }

  private static Finding finding(String file, DraftCheck result, Assessment a, CheckPolicy policy) {
    Article draft = result.draft();
    Claim claim = a.claim();
    String fingerprint = FindingFingerprint.of(file, a);
    return new Finding(file, draft.lineOf(claim.span().start()), draft.columnOf(claim.span().start()),
        policy.severity(a.verdict()), a, FindingMessages.of(a, result.sources()), fingerprint,
        policy.baseline().contains(fingerprint));
  }

  private static String read(Path draft) {
    if (!Files.isRegularFile(draft)) {
      throw new IllegalArgumentException("draft " + draft + " does not exist or is not a file");
    }
    try {
      byte[] bytes = Files.readAllBytes(draft);
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read draft " + draft, e);
    }
  }
}
