package dev.crosscheck;

import dev.crosscheck.corpus.ArticleReader;
import dev.crosscheck.corpus.CorpusFile;
import dev.crosscheck.corpus.CorpusScanner;
import dev.crosscheck.corpus.FileRead;
import dev.crosscheck.index.ClaimStore;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Brings a store up to date with corpus folders: articles whose fingerprint changed are analysed
 * again, unchanged ones are skipped, articles whose files are gone are removed, and the whole batch
 * is committed at once. Not thread-safe; the front door runs one at a time.
 */
final class Indexer {
  private final CorpusScanner scanner = new CorpusScanner();
  private final ArticleReader reader = new ArticleReader();
  private final Analysis analysis;

  Indexer(Analysis analysis) {
    this.analysis = analysis;
  }

  IndexSummary update(ClaimStore store, List<Path> roots) {
    CorpusScanner.Scan scan = scanner.scan(roots);
    List<Diagnostic> diagnostics = new ArrayList<>(scan.diagnostics());
    Set<ArticleId> seen = new HashSet<>();
    int articles = 0;
    int analysed = 0;
    int claims = 0;
    for (CorpusFile file : scan.files()) {
      FileRead read = reader.read(file);
      diagnostics.addAll(read.diagnostics());
      for (Article article : read.articles()) {
        articles++;
        seen.add(article.id());
        String fingerprint = Fingerprints.of(article);
        if (store.fingerprint(article.id()).equals(Optional.of(fingerprint))) {
          continue;
        }
        List<Claim> found = analysis.claims(article);
        store.upsert(article, fingerprint, found);
        analysed++;
        claims += found.size();
      }
    }
    int removed = 0;
    for (ArticleId id : store.articleIds()) {
      if (!seen.contains(id)) {
        store.delete(id);
        removed++;
      }
    }
    store.commit();
    return new IndexSummary(articles, analysed, articles - analysed, removed, claims, diagnostics);
  }
}
