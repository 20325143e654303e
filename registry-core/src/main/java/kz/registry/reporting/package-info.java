/**
 * Reporting: read models for auditors, and for finance officers and court clerks on their own
 * side. Owns the summaries it keeps of the ledgers: the budget ledger's postings and the fund's
 * entries are told to it ({@code EntriesPosted}, {@code FundEntryPosted}) in their own
 * transactions; spending changes are inserted, never a shared row updated, and folded into
 * totals every second ({@code SummaryFolder}); a report adds the totals and the changes not yet
 * folded in one statement, so it equals the ledger. Every sum is computed by the database, never
 * by loading entries; exports stream the ledger's rows one by one. Claims change, so each keeps
 * its fact as last counted ({@code ClaimFacts}, told of every write to a claim or its recovery by
 * the audit trail's {@code Recorded}); a changed fact leaves the old bucket's loss and the new
 * bucket's gain as changes, folded like the spending's.
 * <p>
 * Offers: spending by year and any of source, purpose, shelter, city, investigation
 * ({@code SpendingReports}); compensation by year, category, status, origin, sex, minor and
 * exploitation, with times to decision and payment ({@code CompensationReports}); the fund's
 * statement for a period and the recourse outstanding ({@code FundReports}); the year in the
 * words of the US Trafficking in Persons report ({@code YearSummaries}).
 * Victims appear by pseudonymous code only: no query here reads an identity column.
 */
package kz.registry.reporting;
