/**
 * Turns folders and files into {@link dev.crosscheck.model.Article}s: Markdown and text with
 * optional YAML front matter, HTML (main text through jsoup) and JSON lines; finds title, source,
 * URL, publication date and credit lines from what an article says when front matter is missing,
 * and records every problem as a {@link dev.crosscheck.model.Diagnostic} instead of throwing.
 *
 * <p>Depends on {@code model} and {@code internal}; third-party: jsoup, jackson (read only).
 */
package dev.crosscheck.corpus;
