/**
 * Claims: victims' compensation under Law No. 131-VI of 10 January 2018 "On the Victims
 * Compensation Fund".
 * <p>
 * Owns the law as data (the monthly calculation index (MCI) by date and purpose, the compensation
 * categories with their MCI multiples and Criminal Code articles, and the policy of which day's
 * MCI applies; an administrator changes them by dated acts, never by code), the claims and their
 * life, the fund's ledger, payment registers and recourse. Boundaries: {@code Law} (a category's
 * amount on a day, with the values it used), {@code Claims}, {@code Fund}. The domain it follows
 * is in the repository's {@code docs/domain.md}.
 */
package kz.registry.claims;
