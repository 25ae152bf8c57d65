package dev.crosscheck.bench;

import dev.crosscheck.extract.Extractors;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The raw libraries on the same text, one thread each, as yardsticks: OpenNLP sentence detection
 * alone; sentence detection, tokenization and part-of-speech tagging of every sentence; and Lucene
 * indexing of the raw text with {@link StandardAnalyzer}, body stored. Single use per thread: the
 * OpenNLP {@code *ME} classes it holds are not thread-safe.
 */
final class Baselines {
  /** The English UD model files the front door uses too; {@code %s}: sentence, tokens, pos. */
  private static final String MODEL = "opennlp-en-ud-ewt-%s-1.3-2.5.4.bin";

  /** Sentences seen by {@link #sentences} and how many the claim pre-filter lets through. */
  record SentenceCounts(long sentences, long candidates) {}

  private final SentenceDetectorME sentences;
  private final TokenizerME tokenizer;
  private final POSTaggerME tagger;
  private long sentenceCount;
  private long candidateCount;

  Baselines() {
    SentenceModel sentenceModel = load("sentence", SentenceModel::new);
    TokenizerModel tokenModel = load("tokens", TokenizerModel::new);
    POSModel posModel = load("pos", POSModel::new);
    sentences = new SentenceDetectorME(sentenceModel);
    tokenizer = new TokenizerME(tokenModel);
    tagger = new POSTaggerME(posModel);
  }

  /** Sentence detection alone over {@code files}; also counts their sentences and candidates. */
  Measurement sentences(List<Path> files) {
    sentenceCount = 0;
    candidateCount = 0;
    long bytes = 0;
    long start = System.nanoTime();
    for (Path file : files) {
      String text = read(file);
      bytes += utf8Length(text);
      for (String s : sentences.sentDetect(text)) {
        sentenceCount++;
        candidateCount += Extractors.mayHoldClaim(s) ? 1 : 0;
      }
    }
    return new Measurement(bytes, System.nanoTime() - start);
  }

  SentenceCounts counts() {
    return new SentenceCounts(sentenceCount, candidateCount);
  }

  /** Sentence detection, tokenization and tagging of every sentence, on files up to {@code maxBytes}. */
  Measurement tagging(List<Path> files, long maxBytes) {
    long bytes = 0;
    long start = System.nanoTime();
    for (Path file : files) {
      if (bytes >= maxBytes) {
        break;
      }
      String text = read(file);
      bytes += utf8Length(text);
      for (String s : sentences.sentDetect(text)) {
        tagger.tag(tokenizer.tokenize(s));
      }
    }
    return new Measurement(bytes, System.nanoTime() - start);
  }

  /** Lucene indexing of each file as one document, body stored, committed once into {@code dir}. */
  Measurement lucene(List<Path> files, Path dir) {
    long bytes = 0;
    long start = System.nanoTime();
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
      for (Path file : files) {
        String text = read(file);
        bytes += utf8Length(text);
        Document doc = new Document();
        doc.add(new StringField("id", file.toString(), Field.Store.YES));
        doc.add(new TextField("body", text, Field.Store.YES));
        writer.addDocument(doc);
      }
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("Lucene baseline failed in " + dir, e);
    }
    return new Measurement(bytes, System.nanoTime() - start);
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static long utf8Length(String text) {
    long n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return n;
  }

  private static <M> M load(String kind, ModelReader<M> reader) {
    String name = String.format(Locale.ROOT, MODEL, kind);
    try (InputStream in = Baselines.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model '" + name + "' not on the classpath");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model '" + name + "'", e);
    }
  }

  @FunctionalInterface
  private interface ModelReader<M> {
    M read(InputStream in) throws IOException;
  }
}
