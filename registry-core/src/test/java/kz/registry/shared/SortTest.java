package kz.registry.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SortTest {

    private static final List<String> CLAIM_FIELDS = List.of("filedOn", "code", "status");

    @Test
    void theCallersFieldsComeFirstAndTheListsOwnOrderBreaksTies() {
        assertThat(Sort.parse("-filedOn, status").jpql("c", CLAIM_FIELDS, "c.filedOn, c.code"))
                .isEqualTo("c.filedOn desc, c.status, c.filedOn, c.code");
        assertThat(Sort.parse("+code").keys()).containsExactly(new Sort.Key("code", false));
    }

    @Test
    void noSortKeepsTheListsOwnOrder() {
        assertThat(Sort.parse(null).jpql("c", CLAIM_FIELDS, "c.filedOn, c.code")).isEqualTo("c.filedOn, c.code");
        assertThat(Sort.parse("  ")).isEqualTo(Sort.NONE);
    }

    @Test
    void aFieldTheListDoesNotSortOnIsRefusedNamingThoseItDoes() {
        assertThatThrownBy(() -> Sort.parse("identity").jpql("c", CLAIM_FIELDS, "c.code"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'identity' cannot be sorted on here; this list sorts on filedOn, code, status");
    }

    @Test
    void anythingButAFieldNameIsRefusedBeforeItReachesAQuery() {
        assertThatThrownBy(() -> Sort.parse("code; drop table victim")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Sort.parse("-")).isInstanceOf(InvalidInputException.class);
    }
}
