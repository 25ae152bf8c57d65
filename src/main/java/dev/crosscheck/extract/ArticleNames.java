package dev.crosscheck.extract;

import java.util.HashSet;
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

  static Set<String> of(String text) {
    Set<String> names = new HashSet<>();
    Matcher m = INSIDE_SENTENCE.matcher(text);
    while (m.find()) {
      names.addAll(java.util.Arrays.asList(SPACE.split(m.group(1))));
    }
    return names;
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
