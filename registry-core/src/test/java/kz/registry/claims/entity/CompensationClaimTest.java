package kz.registry.claims.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import kz.registry.money.Money;
import kz.registry.shared.BusinessRuleException;
import kz.registry.shared.ConflictException;
import kz.registry.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CompensationClaimTest {

    private static final Instant AT = Instant.parse("2025-03-01T09:00:00Z");
    private static final LocalDate RECOGNISED = LocalDate.of(2025, 2, 20);
    private static final CompensationAmount GRANT = new CompensationAmount("trafficking-in-persons",
            LocalDate.of(2020, 7, 1), 30, LocalDate.of(2025, 4, 10), "general", LocalDate.of(2025, 1, 1),
            Money.of("3932", "KZT"), "Republican budget law for 2025", Money.of("117960.00", "KZT"));

    private static CompensationClaim claim(String filedOn, String restoredBy) {
        return new CompensationClaim(new ClaimFiling(UUID.randomUUID(), UUID.randomUUID(), "trafficking-in-persons",
                LocalDate.parse(filedOn), restoredBy, null), RECOGNISED, AT);
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void theLifeOfAClaimIsTheDomainsAndNothingElse() {
        assertThat(ClaimStatus.RECEIVED.next()).containsExactlyInAnyOrder(ClaimStatus.UNDER_REVIEW, ClaimStatus.WITHDRAWN);
        assertThat(ClaimStatus.UNDER_REVIEW.next())
                .containsExactlyInAnyOrder(ClaimStatus.APPROVED, ClaimStatus.DENIED, ClaimStatus.WITHDRAWN);
        assertThat(ClaimStatus.DENIED.next()).containsExactly(ClaimStatus.APPEALED);
        assertThat(ClaimStatus.APPEALED.next()).containsExactlyInAnyOrder(ClaimStatus.APPROVED, ClaimStatus.DENIED);
        assertThat(ClaimStatus.APPROVED.next()).containsExactly(ClaimStatus.ON_REGISTER);
        assertThat(ClaimStatus.ON_REGISTER.next()).containsExactly(ClaimStatus.PAID);
        assertThat(ClaimStatus.PAID.next()).containsExactly(ClaimStatus.RECOURSE_OPENED);
        assertThat(ClaimStatus.RECOURSE_OPENED.next()).containsExactly(ClaimStatus.RECOVERED);
        assertThat(ClaimStatus.WITHDRAWN.next()).isEmpty();
        assertThat(ClaimStatus.RECOVERED.next()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ClaimStatus.class)
    void fromReceivedOnlyReviewAndWithdrawalAreAllowed(ClaimStatus to) {
        CompensationClaim claim = claim("2025-03-01", null);
        boolean allowed = EnumSet.of(ClaimStatus.UNDER_REVIEW, ClaimStatus.WITHDRAWN).contains(to);
        if (allowed) {
            claim.decide(to, day("2025-03-02"), null, null);
            assertThat(claim.status()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> claim.decide(to, day("2025-03-02"), "x", GRANT))
                    .isInstanceOf(ConflictException.class);
            assertThat(claim.status()).isEqualTo(ClaimStatus.RECEIVED);
        }
    }

    @Test
    void anIllegalMoveNamesTheMovesThereAre() {
        CompensationClaim claim = claim("2025-03-01", null);

        assertThatThrownBy(() -> claim.decide(ClaimStatus.APPROVED, day("2025-03-02"), null, GRANT))
                .hasMessageContaining("It can move to").hasMessageContaining("UNDER_REVIEW")
                .hasMessageContaining("WITHDRAWN");
    }

    @Test
    void anApprovalKeepsTheLawsFiguresAndADenialItsReason() {
        CompensationClaim claim = claim("2025-03-01", null);
        claim.decide(ClaimStatus.UNDER_REVIEW, day("2025-03-05"), null, null);
        assertThatThrownBy(() -> claim.decide(ClaimStatus.DENIED, day("2025-03-06"), " ", null))
                .isInstanceOf(InvalidInputException.class);
        claim.decide(ClaimStatus.DENIED, day("2025-03-06"), "not a victim of this offence", null);
        claim.decide(ClaimStatus.APPEALED, day("2025-03-20"), null, null);
        claim.decide(ClaimStatus.APPROVED, day("2025-04-10"), null, GRANT);

        assertThat(claim.amount()).contains(Money.of("117960.00", "KZT"));
        assertThat(claim.grant().orElseThrow().mci()).isEqualTo(Money.of("3932", "KZT"));
        assertThat(claim.decidedOn()).contains(day("2025-04-10"));
        assertThat(claim.denialReason()).isEmpty();
        // each move answers the state it left, so whoever records the move never guesses it
        assertThat(claim.placeOn(UUID.randomUUID(), day("2025-04-15"))).isEqualTo(ClaimStatus.APPROVED);
        assertThat(claim.paid(day("2025-05-05"), null)).isEqualTo(ClaimStatus.ON_REGISTER);
        assertThat(claim.amount()).contains(Money.of("117960.00", "KZT"));
        assertThatThrownBy(() -> claim.decide(ClaimStatus.WITHDRAWN, day("2025-05-06"), null, null))
                .isInstanceOf(ConflictException.class);
        assertThat(claim.recourseOpened(day("2025-06-01"))).isEqualTo(ClaimStatus.PAID);
        assertThat(claim.recovered(day("2025-09-01"))).isEqualTo(ClaimStatus.RECOURSE_OPENED);
        assertThat(claim.status()).isEqualTo(ClaimStatus.RECOVERED);
    }

    @Test
    void theDeadlineIsThreeYearsFromRecognitionUnlessACourtRestoredIt() {
        assertThat(claim("2028-02-20", null).deadline()).isEqualTo(day("2028-02-20"));
        assertThatThrownBy(() -> claim("2028-02-21", null)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("2028-02-20");
        assertThat(claim("2029-06-01", "court ruling 2-1/2029").deadlineRestoredBy()).contains("court ruling 2-1/2029");
        assertThatThrownBy(() -> claim("2025-02-19", null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aMoveCannotPrecedeTheFiling() {
        CompensationClaim claim = claim("2025-03-01", null);

        assertThatThrownBy(() -> claim.decide(ClaimStatus.UNDER_REVIEW, day("2025-02-28"), null, null))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void underThePaymentDatePolicyThePaymentFixesTheAmountWithThatDaysMci() {
        CompensationClaim claim = claim("2025-03-01", null);
        claim.decide(ClaimStatus.UNDER_REVIEW, day("2025-03-05"), null, null);
        claim.decide(ClaimStatus.APPROVED, day("2025-12-20"), null, GRANT);
        claim.placeOn(UUID.randomUUID(), day("2025-12-22"));
        CompensationAmount onPaymentDay = new CompensationAmount("trafficking-in-persons", LocalDate.of(2020, 7, 1), 30,
                day("2026-01-10"), "general", LocalDate.of(2026, 1, 1), Money.of("4325", "KZT"),
                "Republican budget law for 2026", Money.of("129750.00", "KZT"));

        claim.paid(day("2026-01-10"), onPaymentDay);

        assertThat(claim.amount()).contains(Money.of("129750.00", "KZT"));
        assertThat(claim.grant().orElseThrow().mciValidFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(claim.paidOn()).contains(day("2026-01-10"));
    }
}
