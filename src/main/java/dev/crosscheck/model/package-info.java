/**
 * Immutable records and enums shared by every pipeline stage: articles, sentences, claims and
 * their quantities, topics and diagnostics. Depends only on {@code internal}; no third-party code.
 */
package dev.crosscheck.model;
