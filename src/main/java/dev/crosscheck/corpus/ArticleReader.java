package dev.crosscheck.corpus;

import dev.crosscheck.internal.Checks;
import dev.crosscheck.model.Diagnostic;
import dev.crosscheck.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one corpus file into {@link dev.crosscheck.model.Article}s. Stateless and thread-safe: one
 * instance may serve any number of threads.
 *
 * <p>Formats are chosen by file extension: {@code .md}, {@code .markdown} and {@code .txt}
 * (optional front matter; the body is kept exactly as written), {@code .html} and {@code .htm}
 * (main text extracted), {@code .json} (an object or an array of objects) and {@code .jsonl} /
 * {@code .ndjson} (one object per line). Metadata the file does not declare is taken from what the
 * article itself says (source and published lines, bylines, credit lines).
 *
 * <p>Bad data and I/O problems never throw: they become {@link Diagnostic}s whose {@code file} is
 * the path of the file read (or the relative path given to {@link #parse}). Other file types give
 * one INFO diagnostic; binary, unreadable and too large files one ERROR; empty files one WARNING.
 * An article with a line over 100,000 characters or a text over 500,000 is dropped with an ERROR.
 * Bytes are decoded as UTF-8 (BOM stripped), as UTF-16 when a BOM says so, or as windows-1252 (with
 * a WARNING) when they are not valid UTF-8.
 */
public final class ArticleReader {
  /** Larger files are skipped with an ERROR. */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  private static final Map<String, String> FORMATS =
      Map.of(
          "md",
          "md",
          "markdown",
          "md",
          "txt",
          "txt",
          "html",
          "html",
          "htm",
          "html",
          "json",
          "json",
          "jsonl",
          "jsonl",
          "ndjson",
          "jsonl");
  private static final Set<String> PARSEABLE = Set.of("md", "txt", "html", "json", "jsonl");

  /** Creates a reader; it holds no state. */
  public ArticleReader() {}

  /**
   * Reads {@code file}; the articles get {@code file.relativePath()} (plus {@code #n} for JSON
   * records) as id and {@code file.file()} as path.
   *
   * @throws NullPointerException if {@code file} is null
   */
  public FileRead read(CorpusFile file) {
    Checks.notNull(file, "file");
    String path = file.file().toString();
    Optional<String> format = formatOf(file.relativePath());
    if (format.isEmpty()) {
      return skipped(new Diagnostic(Severity.INFO, path, 0, "unsupported file type, skipped"));
    }
    byte[] bytes;
    try {
      long size = Files.size(file.file());
      if (size > MAX_BYTES) {
        return skipped(
            Diagnostic.error(
                path, "too large (" + size + " bytes, limit " + MAX_BYTES + "), skipped"));
      }
      bytes = Files.readAllBytes(file.file());
    } catch (IOException e) {
      return skipped(Diagnostic.error(path, "cannot read: " + TreeWalk.reason(e)));
    }
    return decoded(path, file.relativePath(), bytes, format.get());
  }

  /**
   * Parses {@code content} already in memory, such as a draft given as a string. {@code
   * relativePath} becomes the article id and path; a leading BOM character is dropped.
   *
   * @param format one of {@code md}, {@code txt}, {@code html}, {@code jsonl}, {@code json}
   * @throws IllegalArgumentException if {@code format} is unknown or {@code relativePath} blank
   * @throws NullPointerException if an argument is null
   */
  public FileRead parse(String relativePath, String content, String format) {
    Checks.notNull(relativePath, "relativePath");
    Checks.notNull(content, "content");
    Checks.notNull(format, "format");
    Checks.argument(!relativePath.isBlank(), "relativePath must not be blank");
    String f = format.toLowerCase(Locale.ROOT);
    Checks.argument(
        PARSEABLE.contains(f),
        "format must be one of md, txt, html, jsonl, json; was '%s'",
        format);
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    return dispatch(relativePath, relativePath, text, f);
  }

  private static FileRead decoded(String path, String id, byte[] bytes, String format) {
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    if (decoded.binary()) {
      return skipped(Diagnostic.error(path, "binary file, skipped"));
    }
    FileRead read = dispatch(path, id, decoded.text(), format);
    if (decoded.warning() == null) {
      return read;
    }
    List<Diagnostic> problems = new ArrayList<>();
    problems.add(Diagnostic.warning(path, 0, decoded.warning()));
    problems.addAll(read.diagnostics());
    return new FileRead(read.articles(), problems);
  }

  private static FileRead dispatch(String path, String id, String content, String format) {
    if (content.isBlank()) {
      return skipped(Diagnostic.warning(path, 0, "empty file, skipped"));
    }
    FileRead read =
        switch (format) {
          case "html" -> HtmlArticles.read(path, id, content);
          case "json" -> JsonArticles.readJson(path, id, content);
          case "jsonl" -> JsonArticles.readLines(path, id, content);
          default -> TextArticles.read(path, id, content);
        };
    return Limits.apply(path, read);
  }

  static Optional<String> formatOf(String relativePath) {
    String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    return Optional.ofNullable(FORMATS.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
  }

  private static FileRead skipped(Diagnostic diagnostic) {
    return new FileRead(List.of(), List.of(diagnostic));
  }
}
