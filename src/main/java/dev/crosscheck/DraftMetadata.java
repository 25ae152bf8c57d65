package dev.crosscheck;

import dev.crosscheck.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the front door should know about a draft given as text: a name for messages (usually its
 * path), its format ({@code md}, {@code txt}, {@code html}, {@code json}, {@code jsonl}) and, when
 * known, its publication date for relative dates; front matter in the text wins over both.
 * Immutable.
 */
public record DraftMetadata(String name, String format, LocalDate published) {
  public DraftMetadata {
    Checks.notNull(name, "name");
    Checks.notNull(format, "format");
    Checks.argument(!name.isBlank(), "draft name must not be blank");
  }

  /** A Markdown draft called {@code name}, date unknown. */
  public static DraftMetadata markdown(String name) {
    return new DraftMetadata(name, "md", null);
  }

  /** The format from a file name's extension, {@code md} when it has none. */
  public static DraftMetadata forFile(String path) {
    int dot = path.lastIndexOf('.');
    String ext = dot < 0 ? "md" : path.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    return new DraftMetadata(path, ext, null);
  }

  public Optional<LocalDate> publishedOn() {
    return Optional.ofNullable(published);
  }
}
