package dev.crosscheck.text;

import dev.crosscheck.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English models (Universal Dependencies, EWT treebank) used by {@link
 * OpenNlpSegmenter}: sentence detector, tokenizer, part-of-speech tagger and lemmatizer. Immutable
 * and thread-safe.
 *
 * <p>Loading takes about half a second, so load once with {@link #loadDefault()} and share the
 * instance among all segmenters and threads. Models are read from the classpath (the {@code
 * opennlp-models-*-en} jars); nothing is ever downloaded.
 */
public final class NlpModels {
  /** Classpath resource name of each model; {@code %s} is sentence, tokens, pos or lemmas. */
  static final String RESOURCE_PATTERN = "opennlp-en-ud-ewt-%s-1.3-2.5.4.bin";

  /** Letters alone or digits alone: tokens the tokenizer model is not asked to split. */
  private static final Pattern PLAIN_WORD = Pattern.compile("^(?:[A-Za-z]+|[0-9]+)$");

  private final SentenceModel sentences;
  private final TokenizerModel tokens;
  private final POSModel pos;
  private final LemmatizerModel lemmas;

  private NlpModels(
      SentenceModel sentences, TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas) {
    this.sentences = sentences;
    this.tokens = tokens;
    this.pos = pos;
    this.lemmas = lemmas;
  }

  /**
   * Loads the four English UD models from the classpath.
   *
   * @throws IllegalStateException naming the resource when a model jar is missing from the
   *     classpath
   * @throws java.io.UncheckedIOException naming the resource when a model cannot be read
   */
  public static NlpModels loadDefault() {
    return loadFrom(NlpModels.class.getClassLoader());
  }

  /** Loads the models from {@code loader}; a seam for testing a missing resource. */
  static NlpModels loadFrom(ClassLoader loader) {
    Checks.notNull(loader, "loader");
    return new NlpModels(
        load(loader, "sentence", SentenceModel::new),
        skippingPlainWords(load(loader, "tokens", TokenizerModel::new)),
        load(loader, "pos", POSModel::new),
        load(loader, "lemmas", LemmatizerModel::new));
  }

  SentenceModel sentences() {
    return sentences;
  }

  TokenizerModel tokens() {
    return tokens;
  }

  POSModel pos() {
    return pos;
  }

  LemmatizerModel lemmas() {
    return lemmas;
  }

  /**
   * The tokenizer model with OpenNLP's alphanumeric shortcut on, for runs of letters alone or
   * digits alone: the model never splits those (not one token differed on the sample, test and
   * 1,000 generated corpora), and asking it at every character was most of tokenizing. Mixed runs
   * such as "45m" still go to the model, which splits them.
   */
  static TokenizerModel skippingPlainWords(TokenizerModel model) {
    TokenizerFactory factory = model.getFactory();
    return new TokenizerModel(
        model.getMaxentModel(),
        Map.of(),
        new TokenizerFactory(
            factory.getLanguageCode(), factory.getAbbreviationDictionary(), true, PLAIN_WORD));
  }

  static String resourceName(String kind) {
    return String.format(Locale.ROOT, RESOURCE_PATTERN, kind);
  }

  private static <M> M load(ClassLoader loader, String kind, ModelReader<M> reader) {
    String name = resourceName(kind);
    try (InputStream in = loader.getResourceAsStream(name)) {
      Checks.state(
          in != null,
          "OpenNLP model resource '%s' not found on the classpath"
              + " (is the opennlp-models-*-en jar missing?)",
          name);
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model resource '" + name + "'", e);
    }
  }

  /** Reads one model from a stream: the model classes' {@code InputStream} constructors. */
  @FunctionalInterface
  private interface ModelReader<M> {
    M read(InputStream in) throws IOException;
  }
}
