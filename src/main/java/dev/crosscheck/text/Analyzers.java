package dev.crosscheck.text;

import dev.crosscheck.model.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;

/**
 * One set of OpenNLP analyzers (sentence detector, tokenizer, tagger, lemmatizer) built on shared
 * {@link NlpModels}. Not thread-safe, because the OpenNLP {@code *ME} classes are not: {@link
 * OpenNlpSegmenter} keeps one instance per thread.
 */
final class Analyzers {
  /** Lemma the lemmatizer returns when it has none. */
  private static final String NO_LEMMA = "O";

  private final SentenceDetectorME sentences;
  private final TokenizerME tokenizer;
  private final MaxentModel tagModel;
  private final POSContextGenerator tagContext;
  private final SequenceValidator<String> tagValidator;
  /** Longest run of tokens tagged at once. */
  static final int MAX_TAGGED_TOKENS = 150;

  /** Where a POSModel keeps its maxent model. */
  private static final String TAGGER_ARTIFACT = "pos.model";

  /** Where a LemmatizerModel keeps its maxent model. */
  private static final String LEMMATIZER_ARTIFACT = "lemmatizer.model";

  /**
   * Edit scripts already decided, by word, tag and the previous token's script: the lemmatizer's
   * features are those three alone (prefixes, suffixes and shape come from the word), so a known
   * key gives the model's own answer without evaluating it over every script it knows, which was
   * most of the cost of analysing a sentence. Cleared when full; per instance, as the models are.
   */
  private final java.util.Map<String, String> knownScripts = new java.util.HashMap<>();
  static final int MAX_KNOWN_SCRIPTS = 200_000;

  private final MaxentModel lemmaModel;
  private final LemmatizerContextGenerator lemmaContext;

  Analyzers(NlpModels models) {
    sentences = new SentenceDetectorME(models.sentences()) {
      @Override
      protected boolean isAcceptableBreak(CharSequence text, int from, int at) {
        return SentenceBreaks.acceptable(text, at);
      }
    };
    tokenizer = new TokenizerME(models.tokens());
    tagModel = models.pos().getArtifact(TAGGER_ARTIFACT);
    tagContext = models.pos().getFactory().getPOSContextGenerator(0);
    tagValidator = models.pos().getFactory().getSequenceValidator();
    lemmaModel = models.lemmas().getArtifact(LEMMATIZER_ARTIFACT);
    lemmaContext = models.lemmas().getFactory().getContextGenerator();
  }

  /** Sentence spans in {@code text}, as found by the detector (not yet trimmed). */
  Span[] sentences(String text) {
    return sentences.sentPosDetect(text);
  }

  /** Tokens of one normalized sentence with UD tags, lemmas and offsets into {@code sentence}. */
  List<Token> tokens(String sentence) {
    Span[] spans = tokenizer.tokenizePos(sentence);
    String[] words = Span.spansToStrings(spans, sentence);
    if (words.length == 0) {
      return List.of();
    }
    String[] tags = tag(words);
    repairTags(words, tags);
    String[] lemmas = lemmatize(words, tags);
    List<Token> tokens = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      tokens.add(
          new Token(
              words[i],
              tags[i],
              lemma(words[i], lemmas[i]),
              spans[i].getStart(),
              spans[i].getEnd()));
    }
    return tokens;
  }

  /**
   * POS tags in windows of {@link #MAX_TAGGED_TOKENS}: the tagger's context generator costs time
   * in proportion to the sentence's length for each token, and a table or a run-on line without a
   * full stop can be thousands of tokens long.
   */
  private String[] tag(String[] words) {
    if (words.length <= MAX_TAGGED_TOKENS) {
      return tagGreedily(words);
    }
    String[] tags = new String[words.length];
    for (int from = 0; from < words.length; from += MAX_TAGGED_TOKENS) {
      int to = Math.min(words.length, from + MAX_TAGGED_TOKENS);
      String[] window = tagGreedily(Arrays.copyOfRange(words, from, to));
      System.arraycopy(window, 0, tags, from, to - from);
    }
    return tags;
  }

  /** Mends, in place, the tags the tagger gets wrong around numbers in news text. */
  static void repairTags(String[] words, String[] tags) {
    nounsAfterPercent(words, tags);
    verbsOfOwning(words, tags);
  }

  /**
   * "a 10% raise", "a 5% cut": the tagger calls the noun after a percentage a verb. After "a" or
   * "an", a number and a percent sign, it is the noun the article introduces.
   */
  private static void nounsAfterPercent(String[] words, String[] tags) {
    for (int i = 3; i < words.length; i++) {
      if (tags[i].equals("VERB") && (words[i - 1].equals("%") || words[i - 1].equals("percent"))
          && tags[i - 2].equals("NUM")
          && (words[i - 3].equalsIgnoreCase("a") || words[i - 3].equalsIgnoreCase("an"))) {
        tags[i] = "NOUN";
      }
    }
  }

  /**
   * "Vanguard owns 8% of Apple", "the state controls 51% of Aramco": the tagger calls the verb a
   * plural noun (or, "Talvik owns 40%", an adverb), and the owner of a stake then reads as a
   * modifier of it. "Owns", "owes" and "expects" are neither ("Corvant Semiconductor expects
   * revenue of"); "holds" and "controls" are verbs when a number follows them.
   */
  private static void verbsOfOwning(String[] words, String[] tags) {
    for (int i = 1; i < words.length; i++) {
      if (!tags[i].equals("NOUN") && !tags[i].equals("ADV")) {
        continue;
      }
      String word = words[i].toLowerCase(Locale.ROOT);
      if (NEVER_NOUNS.contains(word)
          || (OWNING_BEFORE_NUMBER.contains(word) && numberNext(tags, i + 1))) {
        tags[i] = "VERB";
      }
    }
  }

  /** "27 percent", "a 27% stake", "roughly 27 percent": a number is next, maybe after one word. */
  private static boolean numberNext(String[] tags, int i) {
    return i < tags.length && (tags[i].equals("NUM") || ((tags[i].equals("DET")
        || tags[i].equals("ADV")) && i + 1 < tags.length && tags[i + 1].equals("NUM")));
  }

  private static final Set<String> NEVER_NOUNS = Set.of("owns", "owes", "expects");
  /** "Places holds on accounts", "the controls": nouns too, but not before a number. */
  private static final Set<String> OWNING_BEFORE_NUMBER = Set.of("holds", "controls");

  /**
   * Greedy decoding of the tagger: per token the best tag the model allows after the tags before
   * it. POSTaggerME's beam of three evaluated and sorted every tag for every token three times,
   * and its answers never differed from these on the sample, test and generated corpora
   * (AnalyzersTest keeps the check).
   */
  private String[] tagGreedily(String[] words) {
    String[] tags = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      double[] scores = tagModel.eval(tagContext.getContext(i, words, tags, null));
      String best = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int o = 0; o < scores.length; o++) {
        String tag = tagModel.getOutcome(o);
        if (scores[o] > bestScore && tagValidator.validSequence(i, words, tags, tag)) {
          best = tag;
          bestScore = scores[o];
        }
      }
      tags[i] = best;
    }
    return tags;
  }

  /**
   * Greedy decoding of the lemmatizer's edit scripts: the best outcome per token instead of
   * LemmatizerME's beam search, which sorts all outcomes for every token and was two thirds of
   * indexing time; on 24,763 tokens the two differed in 4.
   */
  private String[] lemmatize(String[] words, String[] tags) {
    String[] scripts = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      String key = words[i] + '\u0000' + tags[i] + '\u0000' + (i == 0 ? "\u0001" : scripts[i - 1]);
      String script = knownScripts.get(key);
      if (script == null) {
        script = lemmaModel.getBestOutcome(
            lemmaModel.eval(lemmaContext.getContext(i, words, tags, scripts)));
        if (knownScripts.size() >= MAX_KNOWN_SCRIPTS) {
          knownScripts.clear();
        }
        knownScripts.put(key, script);
      }
      scripts[i] = script;
    }
    return LemmatizerME.decodeLemmas(words, scripts);
  }

  private static String lemma(String word, String lemma) {
    return lemma == null || lemma.isEmpty() || lemma.equals(NO_LEMMA)
        ? word.toLowerCase(Locale.ROOT)
        : lemma;
  }
}
