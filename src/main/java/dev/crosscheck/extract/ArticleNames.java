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
  /** A capitalised word right after a lower-case word, a digit or a comma on the same line. */
  private static final Pattern INSIDE_SENTENCE =
      Pattern.compile("[\\p{Ll}\\d,;)][ \\t\\u00A0]+[\"'“‘(]?(\\p{Lu}[\\p{L}\\p{Nd}&-]*)");

  /** A word in lower case: "production" in the text makes "Production is due" no name. */
  private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?<![\\p{L}\\p{Nd}])\\p{Ll}[\\p{Ll}-]*");

  private ArticleNames() {}

  static Set<String> of(String text) {
    Set<String> names = new HashSet<>();
    Matcher m = INSIDE_SENTENCE.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** The words the article writes in lower case. */
  static Set<String> lowerCase(String text) {
    Set<String> words = new HashSet<>();
    Matcher m = LOWER_CASE_WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }
}
