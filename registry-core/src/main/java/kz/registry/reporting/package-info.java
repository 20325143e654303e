/**
 * Reporting: read models for auditors, and for finance officers and court clerks on their own
 * side. Owns no table; it reads the ledgers of the budget and claims capabilities with
 * aggregate SQL (every sum is computed by the database, never by loading entries) and streams
 * exports row by row.
 * <p>
 * Offers: spending by year and any of source, purpose, shelter, city, investigation
 * ({@code SpendingReports}); compensation by year, category, status, origin, sex, minor and
 * exploitation, with times to decision and payment ({@code CompensationReports}); the fund's
 * statement for a period and the recourse outstanding ({@code FundReports}); the year in the
 * words of the US Trafficking in Persons report ({@code YearSummaries}).
 * Victims appear by pseudonymous code only: no query here reads an identity column.
 */
package kz.registry.reporting;
