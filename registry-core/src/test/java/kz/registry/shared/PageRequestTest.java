package kz.registry.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void refusesANegativeOffset() {
        assertThatThrownBy(() -> new PageRequest(-1, 10))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("offset"));
    }

    @Test
    void refusesAnEmptyOrOversizedPage() {
        assertThatThrownBy(() -> new PageRequest(0, 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new PageRequest(0, Page.MAX_LIMIT + 1))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("limit", "must be between 1 and 500"));
        assertThat(new PageRequest(0, Page.MAX_LIMIT).limit()).isEqualTo(500);
    }

    @Test
    void aPageMapsItsItemsAndKeepsItsPlace() {
        Page<Integer> page = new Page<>(List.of(1, 2), 7, 2, 2);

        assertThat(page.map(i -> "#" + i)).isEqualTo(new Page<>(List.of("#1", "#2"), 7, 2, 2));
    }
}
