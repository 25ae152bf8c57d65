package dev.crosscheck.extract;

import dev.crosscheck.internal.Headlines;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The capitalised words an article uses inside its sentences. A word that opens a sentence is
 * capitalised whatever it is, so "Gross margin widened" and "Production starts" say nothing about
 * "Gross" or "Production"; a name such as "Corvant" also turns up capitalised after a lower-case
 * word somewhere in the article, and is seldom written in lower case. Stateless.
 */
final class ArticleNames {
  /**
   * A run of capitalised words right after a lower-case word, a digit or a comma on the same line:
   * "striker Mateo Ruiz" names "Ruiz" as well as "Mateo".
   */
  private static final Pattern INSIDE_SENTENCE = Pattern.compile("[\\p{Ll}\\d,;)][ \\t\\u00A0]+"
      + "[\"'“‘(]?(\\p{Lu}[\\p{L}\\p{Nd}&-]*(?:[ \\t\\u00A0]\\p{Lu}[\\p{L}\\p{Nd}&-]*)*)");
  private static final Pattern SPACE = Pattern.compile("[ \\t\\u00A0]");

  private ArticleNames() {}

  /** The names of sentence lines, and those of title-case lines ({@link Headlines#isTitleCase}). */
  record Found(Set<String> names, Set<String> headlineNames) {}

  static Found of(String text) {
    Set<String> names = new HashSet<>();
    Set<String> headlineNames = new HashSet<>();
    int from = 0;
    while (from <= text.length()) {
      int end = text.indexOf('\n', from);
      end = end < 0 ? text.length() : end;
      String line = text.substring(from, end);
      Set<String> into = Headlines.isTitleCase(line) ? headlineNames : names;
      Matcher m = INSIDE_SENTENCE.matcher(line);
      while (m.find()) {
        into.addAll(Arrays.asList(SPACE.split(m.group(1))));
      }
      from = end + 1;
    }
    return new Found(names, headlineNames);
  }

  /**
   * The words the article writes in lower case: a lower-case letter after anything but a letter or
   * a digit, then lower-case letters and hyphens. Scanned by hand, since the article is long and
   * the pattern's look-behind ran at every character (as {@code
   * (?<![\p{L}\p{Nd}])\p{Ll}[\p{Ll}-]*}).
   */
  static Set<String> lowerCase(String text) {
    Set<String> words = new HashSet<>();
    int previous = ' ';
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (isLower(c) && !Character.isLetter(previous)
          && Character.getType(previous) != Character.DECIMAL_DIGIT_NUMBER) {
        int end = i + Character.charCount(c);
        while (end < text.length() && (isLower(text.codePointAt(end)) || text.charAt(end) == '-')) {
          end += Character.charCount(text.codePointAt(end));
        }
        words.add(text.substring(i, end));
        previous = text.codePointBefore(end);
        i = end;
      } else {
        previous = c;
        i += Character.charCount(c);
      }
    }
    return words;
  }

  private static boolean isLower(int c) {
    return Character.getType(c) == Character.LOWERCASE_LETTER;
  }
}
