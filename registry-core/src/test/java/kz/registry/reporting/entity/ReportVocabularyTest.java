package kz.registry.reporting.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import kz.registry.budget.LedgerVocabulary;
import kz.registry.claims.ClaimVocabulary;
import org.junit.jupiter.api.Test;

/**
 * The reports count by the words other capabilities publish, never by their own copies: every
 * kind of ledger entry has its column, and every claim state its place in the compensation report.
 * A kind or a state added without one fails here.
 */
class ReportVocabularyTest {

    @Test
    void everyKindOfLedgerEntryLandsInExactlyOneSpendingFigure() {
        for (String kind : LedgerVocabulary.KINDS) {
            SpendingFigures figures = new SpendingFigures().add(kind, BigDecimal.ONE);
            assertThat(figures.inOrder().stream().filter(column -> column.signum() != 0)).as(kind).containsExactly(BigDecimal.ONE);
        }
        assertThat(LedgerVocabulary.KINDS).containsExactly("APPROPRIATION", "ALLOCATION", "COMMITMENT", "PAYMENT");
        assertThatThrownBy(() -> new SpendingFigures().add("REFUND", BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("REFUND");
    }

    @Test
    void everyClaimStateHasItsPlaceInTheCompensationReport() {
        // as the law's procedure runs: undecided, then decided either way; approved stays approved when paid and recovered
        assertThat(ClaimVocabulary.UNDECIDED_STATES).containsExactlyInAnyOrder("RECEIVED", "UNDER_REVIEW");
        assertThat(ClaimVocabulary.APPROVED_STATES).containsExactlyInAnyOrder("APPROVED", "ON_REGISTER", "PAID", "RECOURSE_OPENED",
                "RECOVERED");
        assertThat(ClaimVocabulary.ALL_STATES).containsExactlyInAnyOrder("RECEIVED", "UNDER_REVIEW", "APPROVED", "DENIED",
                "WITHDRAWN", "APPEALED", "ON_REGISTER", "PAID", "RECOURSE_OPENED", "RECOVERED");
        assertThat(ClaimStates.sql(ClaimVocabulary.UNDECIDED_STATES)).isEqualTo("('RECEIVED', 'UNDER_REVIEW')");
    }

    @Test
    void theFundStatementCountsTheFundsOwnDirectionsAndSources() {
        assertThat(List.of(ClaimVocabulary.FUND_IN, ClaimVocabulary.FUND_OUT, ClaimVocabulary.RECOVERY_SOURCE))
                .containsExactly("IN", "OUT", "RECOVERY");
    }
}
