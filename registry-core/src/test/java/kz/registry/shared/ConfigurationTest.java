package kz.registry.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Without a MicroProfile Config implementation on the class path, as on GlassFish's EJB module. */
class ConfigurationTest {

    private static final String KEY = "registry.test.setting";

    @AfterEach
    void forget() {
        System.clearProperty(KEY);
    }

    @Test
    void keysMapToTheEnvironmentNamesMicroProfileUses() {
        assertThat(Configuration.environmentName("registry.db.url")).isEqualTo("REGISTRY_DB_URL");
        assertThat(Configuration.environmentName("registry.demo.foreign-victims-eligible-from"))
                .isEqualTo("REGISTRY_DEMO_FOREIGN_VICTIMS_ELIGIBLE_FROM");
    }

    @Test
    void anAbsentSettingTakesTheFallback() {
        assertThat(Configuration.value(KEY)).isEmpty();
        assertThat(Configuration.flag(KEY, true)).isTrue();
        assertThat(Configuration.date(KEY, LocalDate.of(2023, 1, 1))).isEqualTo(LocalDate.of(2023, 1, 1));
    }

    @Test
    void aSystemPropertyIsRead() {
        System.setProperty(KEY, " TRUE ");
        assertThat(Configuration.flag(KEY, false)).isTrue();

        System.setProperty(KEY, "2023-07-01");
        assertThat(Configuration.date(KEY, null)).isEqualTo(LocalDate.of(2023, 7, 1));
    }

    @Test
    void aMalformedSettingIsAnErrorNotTheFallback() {
        System.setProperty(KEY, "yes please");

        assertThatThrownBy(() -> Configuration.flag(KEY, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(KEY).hasMessageContaining("true or false");
    }
}
