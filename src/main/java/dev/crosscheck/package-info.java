/**
 * The library front door: {@link dev.crosscheck.CrossChecker} wires corpus, text, extract, index
 * and reconcile into one immutable, thread-safe object. Editorial tools need only it and the
 * {@code model} records.
 */
package dev.crosscheck;
