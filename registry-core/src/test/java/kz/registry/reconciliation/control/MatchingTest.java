package kz.registry.reconciliation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.registry.reconciliation.control.Matching.BankItem;
import kz.registry.reconciliation.control.Matching.LedgerItem;
import kz.registry.reconciliation.control.Matching.Match;
import kz.registry.reconciliation.control.Matching.Rule;
import org.junit.jupiter.api.Test;

/** Lines and entries paired as an officer would, on made-up March 2026 items. Money in above zero. */
class MatchingTest {

    private static final LocalDate MARCH_12 = LocalDate.of(2026, 3, 12);

    private static BankItem line(String name, String day, String amount, String reference) {
        return new BankItem(id(name), LocalDate.parse(day), new BigDecimal(amount), reference);
    }

    private static LedgerItem entry(String name, String day, String amount, String... references) {
        return new LedgerItem(id(name), LocalDate.parse(day), new BigDecimal(amount), Set.of(references));
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void oneDebitSettlesEveryPaymentOfTheRegisterItNames() {
        // register REG-2026-003 paid three claims of 129,750 KZT: the bank shows one debit of 389,250
        List<Match> matches = Matching.match(
                List.of(line("payout", "2026-03-12", "-389250.00", "reg-2026-003 ")),
                List.of(entry("claim A", "2026-03-12", "-129750.00", "claim CL-A", "REG-2026-003"),
                        entry("claim B", "2026-03-12", "-129750.00", "claim CL-B", "REG-2026-003"),
                        entry("claim C", "2026-03-12", "-129750.00", "claim CL-C", "REG-2026-003")), 3);
        assertThat(matches).singleElement().satisfies(match -> {
            assertThat(match.rule()).isEqualTo(Rule.REFERENCE);
            assertThat(match.lines()).containsExactly(id("payout"));
            assertThat(match.entries()).containsExactlyInAnyOrder(id("claim A"), id("claim B"), id("claim C"));
        });
    }

    @Test
    void aReferenceWhoseEntriesDoNotAddUpSettlesNothing() {
        // two of the three claims only: 259,500 is not 389,250, and the amount alone pairs with nothing
        List<Match> matches = Matching.match(
                List.of(line("payout", "2026-03-12", "-389250.00", "REG-2026-003")),
                List.of(entry("claim A", "2026-03-12", "-129750.00", "REG-2026-003"),
                        entry("claim B", "2026-03-12", "-129750.00", "REG-2026-003")), 3);
        assertThat(matches).isEmpty();
    }

    @Test
    void severalCreditsSettleTheOneEntryTheyName() {
        // a recovery of 100,000 paid in two instalments under the same reference
        List<Match> matches = Matching.match(
                List.of(line("first", "2026-03-02", "60000.00", "REC-7"), line("second", "2026-03-09", "40000.00", "REC-7")),
                List.of(entry("recovery", "2026-03-09", "100000.00", "REC-7")), 0);
        assertThat(matches).singleElement().satisfies(match -> {
            assertThat(match.lines()).containsExactlyInAnyOrder(id("first"), id("second"));
            assertThat(match.entries()).containsExactly(id("recovery"));
        });
    }

    @Test
    void withoutAReferenceTheAmountPairsWithinTheWindowOnly() {
        BankItem credit = line("credit", "2026-03-04", "2000000.00", null);
        LedgerItem inflow = entry("inflow", "2026-03-02", "2000000.00", "budget transfer 12");
        // two days apart: paired with a window of 2 or more, not with 1
        assertThat(Matching.match(List.of(credit), List.of(inflow), 2)).singleElement()
                .satisfies(match -> assertThat(match.rule()).isEqualTo(Rule.AMOUNT_AND_DATE));
        assertThat(Matching.match(List.of(credit), List.of(inflow), 1)).isEmpty();
        // the same amount out is not the same as in
        assertThat(Matching.match(List.of(line("debit", "2026-03-04", "-2000000.00", null)), List.of(inflow), 5)).isEmpty();
    }

    @Test
    void whereTwoCouldPairNothingIsGuessed() {
        // two payments of 129,750 on the same days, one debit: the officer decides which
        List<Match> matches = Matching.match(
                List.of(line("debit", "2026-03-12", "-129750.00", null)),
                List.of(entry("claim A", "2026-03-11", "-129750.00"), entry("claim B", "2026-03-12", "-129750.00")), 3);
        assertThat(matches).isEmpty();
        // and two debits for one payment: the same
        assertThat(Matching.match(
                List.of(line("debit 1", "2026-03-12", "-129750.00", null), line("debit 2", "2026-03-13", "-129750.00", null)),
                List.of(entry("claim A", "2026-03-12", "-129750.00")), 3)).isEmpty();
    }

    @Test
    void aReferenceFirstThenTheAmountsOfWhatIsLeft() {
        List<Match> matches = Matching.match(
                List.of(line("payout", "2026-03-12", "-389250.00", "REG-2026-003"),
                        line("fee", "2026-03-20", "-15000.00", null),
                        line("inflow", "2026-03-04", "2000000.00", "transfer 4411")),
                List.of(entry("claim A", "2026-03-12", "-129750.00", "REG-2026-003"),
                        entry("claim B", "2026-03-12", "-129750.00", "REG-2026-003"),
                        entry("claim C", "2026-03-12", "-129750.00", "REG-2026-003"),
                        entry("budget inflow", "2026-03-03", "2000000.00", "ORDER 55")), 3);
        assertThat(matches).extracting(Match::rule).containsExactly(Rule.REFERENCE, Rule.AMOUNT_AND_DATE);
        // the fee has no entry: it stays for the officer
        assertThat(matches.stream().flatMap(match -> match.lines().stream())).doesNotContain(id("fee"));
        assertThat(MARCH_12).isBefore(LocalDate.of(2026, 3, 20));
    }
}
