package kz.registry.shared.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.registry.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

    @Test
    void readsTheVersionFromStrongWeakAndBareTags() {
        assertThat(EntityTags.versionFromIfMatch("\"3\"")).isEqualTo(3);
        assertThat(EntityTags.versionFromIfMatch("W/\"4\"")).isEqualTo(4);
        assertThat(EntityTags.versionFromIfMatch(" 5 ")).isEqualTo(5);
    }

    @Test
    void aMissingTagIsRefusedWith428() {
        assertThatThrownBy(() -> EntityTags.versionFromIfMatch(null))
                .isInstanceOfSatisfying(EntityTags.PreconditionRequired.class,
                        e -> assertThat(e.getResponse().getStatus()).isEqualTo(428));
    }

    @Test
    void aTagThatIsNoVersionIsInvalidInput() {
        assertThatThrownBy(() -> EntityTags.versionFromIfMatch("\"abc\""))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("If-Match"));
    }
}
