package kz.registry.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalTextTest {

    private static final DecimalText TENGE = DecimalText.amount(2);

    @Test
    void readsPlainDecimalsWithinTheirDigits() {
        assertThat(TENGE.parse("162700000.00")).isEqualByComparingTo("162700000");
        assertThat(TENGE.parse(" 999999999999999.99 ")).isEqualByComparingTo(new BigDecimal("999999999999999.99"));
        assertThat(TENGE.parse("-5")).isEqualByComparingTo("-5");
        assertThat(TENGE.parse("0.5")).isEqualByComparingTo("0.5");
        assertThat(TENGE.parse(".5")).isEqualByComparingTo("0.5");
        // zeros that change nothing are not digits that count
        assertThat(TENGE.parse("000001.5000")).isEqualByComparingTo("1.5");
        assertThat(DecimalText.RATE.parse("331.3057")).isEqualByComparingTo("331.3057");
    }

    @Test
    void refusesExponentsGroupingAndOtherShapes() {
        for (String text : new String[] {"1e5", "1E+5", "1,000", "1 000", "0x10", "NaN", "Infinity", "", " ", "-", ".",
                "1.2.3", "--1", "١٢٣", null}) {
            assertThatThrownBy(() -> TENGE.parse(text)).as(String.valueOf(text)).isInstanceOf(DecimalText.NotAccepted.class);
        }
    }

    @Test
    void refusesMoreDigitsThanAllowedWithoutRepeatingTheText() {
        assertThatThrownBy(() -> TENGE.parse("1000000000000000")).hasMessageContaining("before the point")
                .hasMessageNotContaining("1000000000000000");
        assertThatThrownBy(() -> TENGE.parse("1.001")).hasMessageContaining("after the point");
    }

    @Test
    void aMillionDigitsAreRefusedBeforeAnyNumberIsMadeOfThem() {
        String huge = "9".repeat(1_000_000);
        String tiny = "0." + "0".repeat(999_999) + "1";

        assertThatThrownBy(() -> TENGE.parse(huge)).isInstanceOf(DecimalText.NotAccepted.class)
                .hasMessageContaining("too long");
        assertThatThrownBy(() -> TENGE.parse(tiny)).isInstanceOf(DecimalText.NotAccepted.class);
        assertThatThrownBy(() -> TENGE.parse("1e-1000000")).isInstanceOf(DecimalText.NotAccepted.class);
    }
}
