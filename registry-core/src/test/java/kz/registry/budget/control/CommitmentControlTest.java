package kz.registry.budget.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.registry.budget.entity.EntryKind;
import kz.registry.money.Money;
import kz.registry.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class CommitmentControlTest {

    private static Money kzt(String amount) {
        return Money.of(amount, "KZT");
    }

    @Test
    void whatFitsExactlyIsAccepted() {
        assertThatCode(() -> CommitmentControl.refuseOverrun("appropriation A", kzt("100.00"), EntryKind.ALLOCATION,
                kzt("99.00"), kzt("1.00"))).doesNotThrowAnyException();
    }

    @Test
    void oneTiyinTooManyIsRefusedSayingWhatIsLeft() {
        assertThatThrownBy(() -> CommitmentControl.refuseOverrun("appropriation A", kzt("100.00"),
                EntryKind.ALLOCATION, kzt("99.00"), kzt("1.01")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("Appropriation A of 100.00 KZT has 1.00 KZT left to allocate (99.00 KZT allocated);"
                        + " 1.01 KZT was asked.");
    }

    @Test
    void paymentsAndCommitmentsSpeakOfPayingAndCommitting() {
        assertThatThrownBy(() -> CommitmentControl.refuseOverrun("allocation L", kzt("50.00"), EntryKind.PAYMENT,
                kzt("50.00"), kzt("0.01")))
                .hasMessageContaining("0.00 KZT left to pay (50.00 KZT paid)");
        assertThatThrownBy(() -> CommitmentControl.refuseOverrun("allocation L", kzt("50.00"), EntryKind.COMMITMENT,
                kzt("10.00"), kzt("40.01")))
                .hasMessageContaining("40.00 KZT left to commit (10.00 KZT committed)");
    }

    @Test
    void anotherCurrencyNeverSlipsThroughTheSum() {
        assertThatThrownBy(() -> CommitmentControl.refuseOverrun("allocation L", kzt("50.00"), EntryKind.PAYMENT,
                kzt("0.00"), Money.of("1.00", "USD")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("USD");
    }
}
