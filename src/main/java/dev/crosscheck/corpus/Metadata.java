package dev.crosscheck.corpus;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Article metadata while it is being gathered from several places (front matter, HTML meta tags,
 * JSON fields, the text itself). Blank strings mean unknown; {@code published} may be null.
 * Immutable.
 */
record Metadata(String title, String source, String url, String credit, LocalDate published) {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  static final Metadata NONE = new Metadata("", "", "", "", null);

  Metadata {
    title = clean(title);
    source = clean(source);
    url = clean(url);
    credit = clean(credit);
  }

  /** Each unknown field of this taken from {@code other}. */
  Metadata orElse(Metadata other) {
    return new Metadata(
        title.isEmpty() ? other.title : title,
        source.isEmpty() ? other.source : source,
        url.isEmpty() ? other.url : url,
        credit.isEmpty() ? other.credit : credit,
        published == null ? other.published : published);
  }

  Metadata withPublished(LocalDate date) {
    return new Metadata(title, source, url, credit, date);
  }

  /**
   * Last-resort defaults: the title falls back to {@code fallbackTitle} (the file name), the source
   * to the host of the URL without {@code www.}.
   */
  Metadata finish(String fallbackTitle) {
    return new Metadata(
        title.isEmpty() ? fallbackTitle : title,
        source.isEmpty() ? hostOf(url) : source,
        url,
        credit,
        published);
  }

  static String hostOf(String url) {
    if (url.isEmpty()) {
      return "";
    }
    try {
      String host = new URI(url).getHost();
      if (host == null) {
        return "";
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (URISyntaxException e) {
      return "";
    }
  }

  private static String clean(String s) {
    return s == null ? "" : SPACES.matcher(s.strip()).replaceAll(" ");
  }
}
