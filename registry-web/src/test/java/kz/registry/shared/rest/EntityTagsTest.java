package kz.registry.shared.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.registry.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

    @Test
    void readsTheVersionFromAStrongTag() {
        assertThat(EntityTags.versionFromIfMatch("\"3\"")).isEqualTo(3);
        assertThat(EntityTags.versionFromIfMatch(" \"5\" ")).isEqualTo(5);
    }

    @Test
    void aWeakTagNeverMatchesAndIsRefusedWith412() {
        assertThatThrownBy(() -> EntityTags.versionFromIfMatch("W/\"4\""))
                .isInstanceOfSatisfying(EntityTags.WeakTag.class,
                        e -> assertThat(e.getResponse().getStatus()).isEqualTo(412));
    }

    @Test
    void aBareNumberAListOrAStarIsNoTagTheRegistryGave() {
        for (String notATag : new String[] {"5", "*", "\"1\", \"2\"", "\"\"", "\"-1\"", "\"99999999999999999999\""}) {
            assertThatThrownBy(() -> EntityTags.versionFromIfMatch(notATag)).as(notATag)
                    .isInstanceOf(InvalidInputException.class);
        }
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
