package kz.registry.shared.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import kz.registry.shared.InvalidInputException;
import kz.registry.shared.PageRequest;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

    @Test
    void absentParametersTakeTheirDefaults() {
        assertThat(QueryParameters.page(null, "")).isEqualTo(PageRequest.first());
        assertThat(QueryParameters.date("day", null)).isNull();
    }

    @Test
    void aBadNumberNamesTheParameter() {
        assertThatThrownBy(() -> QueryParameters.page("ten", null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("offset"));
    }

    @Test
    void datesAreIso() {
        assertThat(QueryParameters.date("day", "2023-07-01")).isEqualTo(LocalDate.of(2023, 7, 1));
        assertThatThrownBy(() -> QueryParameters.date("day", "01.07.2023"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("day"));
    }
}
