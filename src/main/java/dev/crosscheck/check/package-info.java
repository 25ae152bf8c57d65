/**
 * Checking drafts in CI: runs the front door on draft files, turns each assessment into a {@link
 * dev.crosscheck.model.Finding} with a file position, a severity under a {@link
 * dev.crosscheck.check.CheckPolicy} and a stable fingerprint, and applies a baseline of accepted
 * findings. Rendering the findings (text, JSON, SARIF, GitHub annotations) is the report
 * package's job.
 *
 * <p>Depends on the root front door, {@code model} and {@code internal}; no third-party code.
 */
package dev.crosscheck.check;
