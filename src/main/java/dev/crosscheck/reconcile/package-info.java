/**
 * Reconciliation: groups the claims of different articles about the same thing into topics and
 * decides, with interval logic, whether the sources agree or conflict. Candidates come from the
 * claims of one story, searched in memory by the index's rules, or, for a draft, from a {@link
 * dev.crosscheck.reconcile.CandidateSource} (the index); never from comparing all pairs;
 * {@link dev.crosscheck.reconcile.SameThing} holds the rules that say two claims are about the same
 * thing, combined like jsoup's evaluators; {@link dev.crosscheck.reconcile.Stories} keeps the claims
 * of different stories apart and says which parties matter to a story.
 *
 * <p>Depends on {@code model} and {@code internal}; no third-party code.
 */
package dev.crosscheck.reconcile;
