package dev.crosscheck.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the characters of a block that are markup rather than prose, so that the normalizer turns
 * them into spaces (one for one, keeping offsets simple). Stateless and thread-safe.
 *
 * <p>Masked: the brackets and the whole {@code (target)} of Markdown links and images (the link
 * text stays), {@code <https://…>} autolinks and bare URLs (so no number inside a URL is ever
 * analysed), {@code **} and {@code __} emphasis, and table pipes. Patterns are bounded and have no
 * nested quantifiers.
 */
final class MarkupMasker {
  /** "[more advanced models](https://example.com/a/5218897)" and "![alt](img.png)". */
  private static final Pattern LINK =
      Pattern.compile(
          "(?<bang>!?)\\[(?<label>[^\\[\\]]{0,1000})\\](?<target>\\([^()\\s]{0,2000}\\))");

  /** "<https://www.nextplatform.com/ai/2026/04/28/x/5218929>". */
  private static final Pattern AUTOLINK =
      Pattern.compile("<(?:https?|ftp|mailto):[^<>\\s]{1,2000}>", Pattern.CASE_INSENSITIVE);

  /** "see https://openai.com/index/next-phase/ for more" or "www.example.com/2026". */
  private static final Pattern BARE_URL =
      Pattern.compile(
          "\\b(?:https?://|ftp://|www\\.)[^\\s<>\\[\\]()\"]{1,2000}", Pattern.CASE_INSENSITIVE);

  /** "**bold**" and "__bold__" markers. */
  private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__");

  /** Trailing characters of a bare URL match that belong to the sentence instead. */
  private static final String URL_TRAILERS = ".,;:!?'";

  /** For each char of {@code block}: true when it is markup to be replaced by a space. */
  boolean[] mask(CharSequence block) {
    boolean[] mask = new boolean[block.length()];
    // Each pattern runs only on blocks holding what it cannot match without: most blocks are
    // plain prose, and trying four patterns at every position was most of reading an article.
    String text = block.toString();
    if (text.indexOf('[') >= 0) {
      maskLinks(text, mask);
    }
    if (text.indexOf('<') >= 0) {
      maskAll(AUTOLINK.matcher(text), mask);
    }
    if (text.contains("://") || hasWww(text)) {
      maskBareUrls(text, mask);
    }
    if (text.contains("**") || text.contains("__")) {
      maskAll(EMPHASIS.matcher(text), mask);
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '|') {
        mask[i] = true;
      }
    }
    return mask;
  }

  /** True when {@code text} holds "www." in any case. */
  private static boolean hasWww(String text) {
    for (int dot = text.indexOf('.', 3); dot >= 0; dot = text.indexOf('.', dot + 1)) {
      if (text.regionMatches(true, dot - 3, "www", 0, 3)) {
        return true;
      }
    }
    return false;
  }

  private static void maskLinks(CharSequence block, boolean[] mask) {
    Matcher m = LINK.matcher(block);
    while (m.find()) {
      fill(mask, m.start("bang"), m.start("label"));
      fill(mask, m.end("label"), m.end());
    }
  }

  private static void maskBareUrls(CharSequence block, boolean[] mask) {
    Matcher m = BARE_URL.matcher(block);
    while (m.find()) {
      int end = m.end();
      while (end > m.start() && URL_TRAILERS.indexOf(block.charAt(end - 1)) >= 0) {
        end--;
      }
      fill(mask, m.start(), end);
    }
  }

  private static void maskAll(Matcher m, boolean[] mask) {
    while (m.find()) {
      fill(mask, m.start(), m.end());
    }
  }

  private static void fill(boolean[] mask, int from, int to) {
    for (int i = from; i < to; i++) {
      mask[i] = true;
    }
  }
}
