/**
 * Money: exact amounts in their currency, the official exchange rates of the National Bank of
 * Kazakhstan, and conversions that explain themselves.
 * <p>
 * Owns the rate registry (a dated history in KZT per unit, corrections kept as new revisions),
 * named fixed rates (such as the single rate of a report), and their imports. Offers
 * {@link kz.registry.money.Money} to every capability, and
 * {@link kz.registry.money.boundary.Rates} and {@link kz.registry.money.boundary.Conversions}.
 */
package kz.registry.money;
