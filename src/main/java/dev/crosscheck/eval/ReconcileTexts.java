package dev.crosscheck.eval;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.Claim;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The body texts claim spans point into. The index does not store bodies, so a Markdown or text
 * article's body is read back from its file: the UTF-8 text from {@link Article#firstLine()} on,
 * which is what the corpus reader keeps. A body is trusted only when every claim's span covers its
 * surface in it; otherwise (HTML, a file changed since) the article has no text here. Stateless.
 */
final class ReconcileTexts {
  private ReconcileTexts() {}

  /** Body text by article, for the articles whose text could be recovered and checked. */
  static Map<ArticleId, String> of(List<Article> articles, List<Claim> claims) {
    Map<ArticleId, String> out = new HashMap<>();
    for (Article a : articles) {
      String text = a.text().isEmpty() ? fromFile(a) : a.text();
      if (text != null && fits(text, a.id(), claims)) {
        out.put(a.id(), text);
      }
    }
    return out;
  }

  private static String fromFile(Article a) {
    Path file = Path.of(a.path());
    if (!Files.isRegularFile(file)) {
      return null;
    }
    String content;
    try {
      content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read article " + file, e);
    }
    if (content.startsWith("\uFEFF")) {
      content = content.substring(1);
    }
    int offset = 0;
    for (int line = 1; line < a.firstLine() && offset >= 0; line++) {
      int nl = content.indexOf('\n', offset);
      offset = nl < 0 ? -1 : nl + 1;
    }
    return offset < 0 ? null : content.substring(offset);
  }

  private static boolean fits(String text, ArticleId id, List<Claim> claims) {
    for (Claim c : claims) {
      if (c.articleId().equals(id)
          && (c.span().end() > text.length() || !c.span().in(text).equals(c.surface()))) {
        return false;
      }
    }
    return true;
  }
}
