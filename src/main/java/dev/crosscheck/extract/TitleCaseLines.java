package dev.crosscheck.extract;

import dev.crosscheck.internal.Headlines;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names in a line in title case ("Chevron to Acquire Hess in $60B All-Stock Transaction"). Such a
 * line capitalises every word, so the tagger calls each a proper noun and every run of them looks
 * like a name ("Acquire Hess"); there, a name is a word the article also capitalises inside its
 * sentences, an acronym, a word with a capital inside ("BofA"), or one the entity lexicon knows.
 * Stateless.
 */
final class TitleCaseLines {
  private TitleCaseLines() {}

  /** True when {@code sentence} is such a line and the article's names are known. */
  static boolean isTitleCase(Sentence sentence, ExtractionContext context) {
    return !context.names().isEmpty() && Headlines.isTitleCase(sentence.text());
  }

  /**
   * {@code tokens} with the capitalised words that are no names there written as a sentence
   * would write them, in lower case and no proper nouns, for finding names only: the other rules
   * still read the line as it is.
   */
  static List<Token> namesOnly(
      List<Token> tokens, ExtractionContext context, EntityLexicon lexicon) {
    List<Token> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      String text = t.text();
      boolean common = !text.isEmpty() && Character.isUpperCase(text.charAt(0))
          && !isName(SentenceView.bare(text), context, lexicon);
      out.add(common ? new Token(Character.toLowerCase(text.charAt(0)) + text.substring(1),
          t.isProperNoun() ? "NOUN" : t.tag(), t.lemma(), t.start(), t.end()) : t);
    }
    return out;
  }

  /**
   * The context for finding names in such a line: its own words, which {@link
   * ExtractionContext#headlineNames} holds, continue no name there.
   */
  static ExtractionContext context(ExtractionContext context) {
    return new ExtractionContext(context.referenceDate(), context.published(), context.names(),
        Set.of(), context.lowerCase());
  }

  private static boolean isName(String word, ExtractionContext context, EntityLexicon lexicon) {
    return context.names().contains(word) || lexicon.organisation(word).isPresent()
        || (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)))
        || SentenceNames.isCamelCase(word); // "BofA": title case makes no capital inside
  }
}
