/**
 * The claim store: an embedded Lucene index on disk holding one document per article and one per
 * claim, kept incrementally up to date by content fingerprints, and searched for the candidate
 * claims a reconciler compares. All access goes through {@link dev.crosscheck.index.ClaimStore}.
 *
 * <p>Depends on {@code model} and {@code internal}; third-party: lucene.
 */
package dev.crosscheck.index;
