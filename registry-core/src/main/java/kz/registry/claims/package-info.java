/**
 * Claims: victims' compensation under Law No. 131-VI of 10 January 2018 "On the Victims
 * Compensation Fund".
 * <p>
 * Owns, so far, the law as data: the monthly calculation index (MCI) by date and purpose, the
 * compensation categories with their MCI multiples and Criminal Code articles, and the policy of
 * which day's MCI applies; an administrator changes them by dated acts, never by code. Offers
 * {@link kz.registry.claims.boundary.Law}, which computes a category's amount on a day with the
 * values it used. Claims, the fund's ledger, payment registers and recourse will live here too.
 */
package kz.registry.claims;
