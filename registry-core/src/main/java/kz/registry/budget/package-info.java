/**
 * Budget: the money for victim protection and where it goes.
 * <p>
 * Owns the shelters registry (the NGO-operated, government-funded shelters, their cities,
 * operators, opening years and, date-effective, whether foreign victims may use them), the
 * fiscal periods, the purposes money is for, and the budget ledger: appropriations,
 * allocations (to a shelter, an investigation by case number, or another recipient),
 * commitments and payments, under commitment control, corrected only by reversing entries,
 * also in bulk from CSV.
 * <p>
 * Offers the boundaries {@link kz.registry.budget.boundary.Shelters},
 * {@link kz.registry.budget.boundary.Periods}, {@link kz.registry.budget.boundary.Purposes},
 * {@link kz.registry.budget.boundary.BudgetEntries} and
 * {@link kz.registry.budget.boundary.BulkEntries}; other capabilities name shelters and
 * entries by id.
 */
package kz.registry.budget;
