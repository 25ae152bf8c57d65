/**
 * Sentence and token segmentation behind the {@link dev.crosscheck.text.Segmenter} interface:
 * splits an article into blocks (paragraphs, headings, list items, table rows), joins hard-wrapped
 * lines, normalizes Unicode for analysis while keeping an offset map to the original text, masks
 * link targets, and runs the OpenNLP sentence detector, tokenizer, POS tagger and lemmatizer.
 *
 * <p>Depends on {@code model} and {@code internal}; third-party: opennlp-tools and its English
 * models, loaded once from the classpath.
 */
package dev.crosscheck.text;
