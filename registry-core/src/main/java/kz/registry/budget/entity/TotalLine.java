package kz.registry.budget.entity;

import kz.registry.money.Money;

/** One figure of a year's budget: the sum of one kind of entry for one purpose in one currency, reversals netted. */
public record TotalLine(String purpose, EntryKind kind, Money sum) {
}
