/**
 * Budget: the money for victim protection and where it goes.
 * <p>
 * Owns the shelters registry: the NGO-operated, government-funded shelters, their cities,
 * operators, opening years and, date-effective, whether foreign victims may use them.
 * Offers {@link kz.registry.budget.boundary.Shelters} to the web layer. Appropriations,
 * allocations and payments will live here too.
 */
package kz.registry.budget;
