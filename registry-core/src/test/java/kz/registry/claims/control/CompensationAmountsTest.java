package kz.registry.claims.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.registry.claims.entity.CompensationAmount;
import kz.registry.claims.entity.CompensationCategory;
import kz.registry.claims.entity.MciValue;
import kz.registry.money.Money;
import kz.registry.shared.BusinessRuleException;
import kz.registry.shared.UnknownRecordException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The MCI figures of docs/domain.md, and the amounts worked out by hand: multiple x MCI. */
class CompensationAmountsTest {

    private static final Instant AT = Instant.parse("2026-11-28T00:00:00Z");

    private static MciValue mci(String purpose, String from, String amount) {
        return new MciValue(purpose, LocalDate.parse(from), Money.of(amount, "KZT"), "budget law", AT, "system");
    }

    private static final List<MciValue> TABLE = List.of(
            mci("general", "2018-01-01", "2405"), mci("general", "2019-01-01", "2525"),
            mci("general", "2020-01-01", "2651"), mci("general", "2020-04-01", "2778"),
            mci("general", "2021-01-01", "2917"), mci("general", "2022-01-01", "3063"),
            mci("social-payments", "2022-04-01", "3180"), mci("general", "2023-01-01", "3450"),
            mci("general", "2024-01-01", "3692"), mci("general", "2025-01-01", "3932"),
            mci("general", "2026-01-01", "4325"));

    private static CompensationCategory category(String code, int multiple, String from, Integer... articles) {
        return new CompensationCategory(code, code, multiple, List.of(articles), LocalDate.parse(from), false, AT,
                "system");
    }

    private static final List<CompensationCategory> CATEGORIES = List.of(
            category("trafficking-in-persons", 30, "2020-07-01", 128),
            category("trafficking-in-minors", 30, "2020-07-01", 135),
            category("torture", 30, "2020-07-01", 146),
            category("sexual-violence-against-minors", 30, "2020-07-01", 120, 121, 122, 123, 124),
            category("serious-harm-or-hiv", 40, "2020-07-01", 128, 135, 146),
            category("death", 50, "2020-07-01", 128, 135, 146));

    private static CompensationAmount amount(String code, String day, String purpose) {
        LocalDate on = LocalDate.parse(day);
        return CompensationAmounts.amount(CompensationAmounts.categoryOn(CATEGORIES, code, on),
                CompensationAmounts.mciOn(TABLE, purpose, on), on);
    }

    @ParameterizedTest(name = "{0} on {1}: {2} MCI x {3} = {4}")
    @CsvSource({
            // each MCI period, with the 30-MCI trafficking category
            "trafficking-in-persons, 2020-07-01, 30, 2778.00, 83340.00",
            "trafficking-in-persons, 2021-06-15, 30, 2917.00, 87510.00",
            "trafficking-in-persons, 2022-03-31, 30, 3063.00, 91890.00",
            "trafficking-in-persons, 2022-12-31, 30, 3063.00, 91890.00",
            "trafficking-in-persons, 2023-01-01, 30, 3450.00, 103500.00",
            "trafficking-in-persons, 2024-02-29, 30, 3692.00, 110760.00",
            "trafficking-in-persons, 2025-07-01, 30, 3932.00, 117960.00",
            "trafficking-in-persons, 2026-11-28, 30, 4325.00, 129750.00",
            // each category
            "trafficking-in-minors, 2026-01-01, 30, 4325.00, 129750.00",
            "torture, 2026-01-01, 30, 4325.00, 129750.00",
            "sexual-violence-against-minors, 2026-01-01, 30, 4325.00, 129750.00",
            "serious-harm-or-hiv, 2025-03-10, 40, 3932.00, 157280.00",
            "death, 2026-05-05, 50, 4325.00, 216250.00"})
    void aCategoryGrantsItsMultipleOfTheMciInForce(String code, String day, int multiple, String mci, String total) {
        CompensationAmount amount = amount(code, day, "general");

        assertThat(amount.mciMultiple()).isEqualTo(multiple);
        assertThat(amount.mci()).isEqualTo(Money.of(mci, "KZT"));
        assertThat(amount.amount()).isEqualTo(Money.of(total, "KZT"));
    }

    @Test
    void the2020IndexRoseOnTheFirstOfApril() {
        assertThat(CompensationAmounts.mciOn(TABLE, "general", LocalDate.of(2020, 3, 31)).amount())
                .isEqualTo(Money.of("2651", "KZT"));
        MciValue april = CompensationAmounts.mciOn(TABLE, "general", LocalDate.of(2020, 4, 1));
        assertThat(april.amount()).isEqualTo(Money.of("2778", "KZT"));
        assertThat(april.validFrom()).isEqualTo(LocalDate.of(2020, 4, 1));
    }

    @Test
    void the2022AprilRiseWasForSocialPaymentsOnly() {
        assertThat(amount("trafficking-in-persons", "2022-04-01", "general").amount())
                .isEqualTo(Money.of("91890.00", "KZT"));
        CompensationAmount social = amount("trafficking-in-persons", "2022-04-01", "social-payments");
        assertThat(social.mci()).isEqualTo(Money.of("3180", "KZT"));
        assertThat(social.mciPurpose()).isEqualTo("social-payments");
        assertThat(social.amount()).isEqualTo(Money.of("95400.00", "KZT"));
        assertThat(amount("trafficking-in-persons", "2022-03-31", "social-payments").mci())
                .as("before April the general value holds for every purpose").isEqualTo(Money.of("3063", "KZT"));
        assertThat(amount("trafficking-in-persons", "2023-01-01", "social-payments").mci())
                .as("the next general value takes over").isEqualTo(Money.of("3450", "KZT"));
    }

    @Test
    void aNewVersionOfACategoryHoldsFromItsDateAndTheOldOneBefore() {
        List<CompensationCategory> versions = List.of(category("torture", 30, "2020-07-01", 146),
                category("torture", 35, "2026-07-01", 146));

        assertThat(CompensationAmounts.categoryOn(versions, "torture", LocalDate.of(2026, 6, 30)).mciMultiple())
                .isEqualTo(30);
        assertThat(CompensationAmounts.categoryOn(versions, "torture", LocalDate.of(2026, 7, 1)).mciMultiple())
                .isEqualTo(35);
    }

    @Test
    void noValueNoAmount() {
        assertThatThrownBy(() -> CompensationAmounts.mciOn(TABLE, "general", LocalDate.of(2017, 12, 31)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("2017-12-31");
        assertThatThrownBy(() -> CompensationAmounts.categoryOn(CATEGORIES, "torture", LocalDate.of(2020, 6, 30)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("2020-07-01");
        assertThatThrownBy(() -> CompensationAmounts.categoryOn(CATEGORIES, "theft", LocalDate.of(2024, 1, 1)))
                .isInstanceOf(UnknownRecordException.class);
    }

    @Test
    void aCategoryCoversItsArticles() {
        assertThat(CATEGORIES.getFirst().covers(128)).isTrue();
        assertThat(CATEGORIES.getFirst().covers(135)).isFalse();
        assertThat(CATEGORIES.get(3).articles()).containsExactly(120, 121, 122, 123, 124);
    }
}
