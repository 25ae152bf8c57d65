package dev.crosscheck.report;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Escaping for text that comes from articles. Stateless and thread-safe.
 *
 * <p>Every string from the input goes through {@link #text} (element content) or {@link #attr} (a
 * double-quoted attribute value). Both first drop characters that can disguise or break the page:
 * bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and marks, zero-width
 * spaces and joiners that carry no meaning in a report, the byte order mark and control characters
 * other than tab and line feed. Input text never goes into {@code style}, {@code id} or event
 * attributes.
 */
final class Html {
  /** An absolute http(s) URL with a host; anything else is shown as text, never linked. */
  private static final Pattern WEB_URL = Pattern.compile("https?://[^\\s/?#\\\\]+[^\\s]*");

  private Html() {}

  /** {@code s} cleaned and escaped for element content. */
  static String text(String s) {
    return StringEscapeUtils.escapeHtml4(clean(s));
  }

  /** {@code s} cleaned and escaped for a double-quoted attribute value. */
  static String attr(String s) {
    return StringEscapeUtils.escapeHtml4(clean(s));
  }

  /**
   * {@code url} stripped, when it is an absolute {@code http} or {@code https} URL without spaces
   * or hidden characters; empty otherwise ({@code javascript:}, {@code data:}, relative, blank).
   */
  static Optional<String> webUrl(String url) {
    String stripped = url.strip();
    if (!stripped.equals(clean(stripped))) {
      return Optional.empty();
    }
    String lower = stripped.toLowerCase(Locale.ROOT);
    return WEB_URL.matcher(lower).matches() ? Optional.of(stripped) : Optional.empty();
  }

  /** {@code s} without the hidden characters listed on the class. */
  static String clean(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (hidden(c)) {
        if (out == null) {
          out = new StringBuilder(s.length()).append(s, 0, i);
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  private static boolean hidden(char c) {
    return (c < 0x20 && c != '\t' && c != '\n')
        || (c >= 0x7f && c <= 0x9f)
        || (c >= 0x200b && c <= 0x200f)
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2060 && c <= 0x2069)
        || c == 0x061c
        || c == 0xfeff;
  }
}
