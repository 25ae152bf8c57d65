/**
 * Claim extraction: a {@link dev.crosscheck.extract.ClaimExtractor} turns a tagged sentence into
 * {@link dev.crosscheck.model.Claim}s, each with a normalized value, an interval from hedges and
 * precision, a role, change-or-level, timeframe and subject. {@link
 * dev.crosscheck.extract.Extractors#defaults()} is the only place the finders are listed.
 *
 * <table>
 *   <caption>Claim kinds</caption>
 *   <tr><th>kind</th><th>examples</th><th>value</th></tr>
 *   <tr><td>MONEY</td><td>$13.75B, US$5 billion, €200m, three billion dollars</td><td>amount in the currency</td></tr>
 *   <tr><td>PERCENT</td><td>20%, twenty percent, two-thirds of, 2 percentage points, doubled</td><td>percent or points</td></tr>
 *   <tr><td>YEAR</td><td>2032, through 2032, FY2025, the 1990s, next year</td><td>year (range for decades)</td></tr>
 *   <tr><td>DATE</td><td>April 27, 2026, Q2 2024, November 2022, Monday</td><td>epoch days (range for months, quarters)</td></tr>
 *   <tr><td>DURATION</td><td>seven years, decade-long, 18 months, a quarter-century</td><td>in the unit written; decades in years</td></tr>
 *   <tr><td>COUNT</td><td>300 people, a dozen, hundreds of homes, 1 gigawatt, 40 km, the death toll rose to 143</td><td>count of the noun, or measure</td></tr>
 * </table>
 *
 * <p>Dates without a year resolve to the past unless their clause is in the future ("will vote on
 * Monday"). The work per number is bounded ({@code Window}), so hostile text stays linear. The
 * gold table {@code src/test/resources/golden/extract/claims.tsv} backs every rule; {@code
 * crosscheck eval-extract} scores it.
 *
 * <p>Depends on {@code model} and {@code internal}; third-party: commons-text. Lexicons live in
 * {@code attributes.tsv} and {@code entities.tsv} beside these classes.
 */
package dev.crosscheck.extract;
