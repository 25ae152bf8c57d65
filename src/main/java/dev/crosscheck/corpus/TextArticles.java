package dev.crosscheck.corpus;

import dev.crosscheck.internal.Checks;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.Diagnostic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a Markdown or plain-text article: front matter (if any) gives metadata, the rest of the
 * file is the body exactly as written, and what the front matter leaves open is taken from the
 * body's own lines. Stateless.
 */
final class TextArticles {
  private TextArticles() {}

  static FileRead read(String path, String id, String content) {
    List<Diagnostic> problems = new ArrayList<>();
    FrontMatter fm = FrontMatter.parse(content, path);
    problems.addAll(fm.problems());
    String body = content.substring(fm.bodyStart());
    if (body.isBlank()) {
      problems.add(
          Diagnostic.warning(path, fm.firstLine(), "no text after the front matter, skipped"));
      return new FileRead(List.of(), problems);
    }
    Metadata declared = declared(fm, path, problems);
    Metadata meta = declared.orElse(Signals.fromText(body));
    if (fm.fields().containsKey("published")) {
      meta = meta.withPublished(declared.published());
    }
    return new FileRead(
        List.of(article(path, id, meta.finish(stem(id)), body, fm.firstLine())), problems);
  }

  static Article article(String path, String id, Metadata meta, String text, int firstLine) {
    return new Article(
        ArticleId.of(id),
        path,
        meta.title(),
        meta.source(),
        meta.url(),
        meta.credit(),
        meta.published(),
        text,
        firstLine);
  }

  private static Metadata declared(FrontMatter fm, String path, List<Diagnostic> problems) {
    FrontMatter.Field published = fm.fields().get("published");
    LocalDate date = null;
    if (published != null && !published.value().isEmpty()) {
      Optional<LocalDate> parsed = Dates.parseValue(published.value());
      if (parsed.isEmpty()) {
        problems.add(
            Diagnostic.warning(
                path,
                published.line(),
                "front matter 'published' is not a date: '"
                    + Checks.snippet(published.value())
                    + "'; ignored"));
      }
      date = parsed.orElse(null);
    }
    return new Metadata(
        value(fm, "title"), value(fm, "source"), value(fm, "url"), value(fm, "credit"), date);
  }

  private static String value(FrontMatter fm, String key) {
    FrontMatter.Field f = fm.fields().get(key);
    return f == null ? "" : f.value();
  }

  /** The file name of {@code id} without directories and extension: {@code a/b/c.md} gives c. */
  static String stem(String id) {
    String name = id.substring(id.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
