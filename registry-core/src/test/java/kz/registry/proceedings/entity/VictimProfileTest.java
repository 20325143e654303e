package kz.registry.proceedings.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kz.registry.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class VictimProfileTest {

    @Test
    void foreignIsAnyCitizenshipButKazakhstan() {
        assertThat(new VictimProfile("uz", Sex.FEMALE, false, Exploitation.FORCED_LABOUR).foreign()).isTrue();
        assertThat(new VictimProfile("GE", Sex.MALE, true, Exploitation.SEX_TRAFFICKING).citizenship()).isEqualTo("GE");
        assertThat(new VictimProfile("KZ", Sex.FEMALE, false, Exploitation.OTHER).foreign()).isFalse();
    }

    @Test
    void aCitizenshipIsAnIsoCountry() {
        assertThatThrownBy(() -> new VictimProfile("XX", Sex.FEMALE, false, Exploitation.OTHER))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("citizenship");
        assertThatThrownBy(() -> new VictimProfile("KZ", null, false, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("sex").hasMessageContaining("exploitation");
    }

    @Test
    void articlesReadWithAndWithoutParts() {
        List<ArticlePart> articles = ArticlePart.parseAll("128-3,135");

        assertThat(articles).containsExactly(new ArticlePart(128, 3), new ArticlePart(135, null));
        assertThat(ArticlePart.format(articles)).isEqualTo("128-3,135");
        assertThatThrownBy(() -> ArticlePart.parse("one hundred")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ArticlePart.parse("128-99")).isInstanceOf(InvalidInputException.class);
    }
}
