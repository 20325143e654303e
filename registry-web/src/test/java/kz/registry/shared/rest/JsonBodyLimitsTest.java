package kz.registry.shared.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.annotation.JsonbProperty;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kz.registry.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class JsonBodyLimitsTest {

    record Line(String amount, String currency) {
    }

    record Register(String createdOn, @JsonbProperty("claims") List<Line> lines, Line fee) {
    }

    private static void read(String json) {
        JsonBodyLimits.refuseUnknownFields(json.getBytes(StandardCharsets.UTF_8), Register.class);
    }

    @Test
    void aFieldTheRequestDoesNotHaveIsRefusedByNameWhereverItIs() {
        assertThatThrownBy(() -> read("""
                {"createdOn": "2026-01-01", "createdon": "2026-01-02",
                 "claims": [{"amount": "1.00", "currency": "KZT"}, {"amount": "2.00", "curency": "KZT"}],
                 "fee": {"amount": "3.00", "currency": "KZT", "note": "x"}}"""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("createdon", "claims[1].curency", "fee.note")
                        .hasEntrySatisfying("createdon", why -> assertThat(why)
                                .isEqualTo("is not a field of this request; its fields are createdOn, claims, fee")));
    }

    @Test
    void aBodyWithOnlyItsOwnFieldsOrNotAnObjectGoesOn() {
        assertThatCode(() -> read("""
                {"createdOn": "2026-01-01", "claims": [{"amount": "1.00"}], "fee": null}""")).doesNotThrowAnyException();
        assertThatCode(() -> read("[1, 2]")).doesNotThrowAnyException();
        assertThatCode(() -> read("{not json")).doesNotThrowAnyException();
    }
}
