package kz.registry.budget.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.registry.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** How a bulk file's bad lines are told: each with why, up to a limit, the rest counted; none, and nothing is refused. */
class LineRefusalsTest {

    @Test
    void aFileWithoutBadLinesIsNotRefused() {
        BudgetLedger.LineRefusals refusals = new BudgetLedger.LineRefusals();
        assertThat(refusals.none()).isTrue();
        refusals.throwIfAny(); // nothing to refuse
    }

    @Test
    void eachBadLineIsNamedWithEveryReasonItHas() {
        BudgetLedger.LineRefusals refusals = new BudgetLedger.LineRefusals();
        refusals.refuse(3, "amount: not a number");
        refusals.refuse(3, "over the appropriation");
        refusals.refuse(7, "there is no budget entry X");

        assertThat(refusals.none()).isFalse();
        assertThatThrownBy(refusals::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class, refused ->
                assertThat(refused.fieldErrors()).containsExactly(
                        java.util.Map.entry("line 3", "amount: not a number; over the appropriation"),
                        java.util.Map.entry("line 7", "there is no budget entry X")));
    }

    @Test
    void beyondTheListedLinesTheRestAreCounted() {
        BudgetLedger.LineRefusals refusals = new BudgetLedger.LineRefusals();
        for (int line = 1; line <= BudgetLedger.LISTED_ERRORS + 25; line++) {
            refusals.refuse(line, "bad");
        }
        assertThatThrownBy(refusals::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class, refused -> {
            assertThat(refused.fieldErrors()).hasSize(BudgetLedger.LISTED_ERRORS + 1)
                    .containsEntry("line 1", "bad").containsEntry("line " + BudgetLedger.LISTED_ERRORS, "bad")
                    .doesNotContainKey("line " + (BudgetLedger.LISTED_ERRORS + 1))
                    .containsEntry("more", "25 more lines refused");
        });
    }
}
