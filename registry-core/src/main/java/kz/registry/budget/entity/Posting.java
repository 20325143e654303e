package kz.registry.budget.entity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import kz.registry.money.Money;
import kz.registry.shared.InvalidInputException;

/**
 * An allocation, commitment or payment as a finance officer states it: posted against its
 * parent entry (an appropriation for an allocation, an allocation for the others). Only an
 * allocation names a target; commitments and payments take their allocation's.
 */
public record Posting(EntryKind kind, UUID parentId, Target target, Money amount, LocalDate valueDate,
                      String description) {

    public Posting {
        Objects.requireNonNull(kind, "kind");
        if (kind == EntryKind.APPROPRIATION) {
            throw new IllegalArgumentException("an appropriation is stated by AppropriationTerms");
        }
        if (parentId == null) {
            throw new InvalidInputException(kind.parent().orElseThrow().recordType() + "Id",
                    "names the " + kind.parent().orElseThrow().recordType() + " this " + kind.recordType()
                            + " is posted against");
        }
        target = target == null ? Target.NONE : target;
        if (kind == EntryKind.ALLOCATION) {
            target.requireOne();
        }
    }
}
