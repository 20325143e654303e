package kz.registry.budget.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import kz.registry.budget.entity.ShelterDetails;
import org.junit.jupiter.api.Test;

class DemoSheltersTest {

    private final List<ShelterDetails> seed = DemoShelters.read(LocalDate.of(2023, 1, 1));

    @Test
    void theSeedHasElevenSheltersInTheCitiesTheReportNames() {
        // 2018 TIP report, Kazakhstan: four shelters in 2016, seven more opened in 2017
        assertThat(seed).hasSize(11);
        assertThat(seed).extracting(ShelterDetails::city).containsExactlyInAnyOrder(
                "Astana", "Shymkent", "Kostanay", "Almaty",
                "Almaty", "Temirtau", "Petropavlovsk", "Uralsk", "Aktobe", "Kyzylorda", "Taldykorgan");
    }

    @Test
    void sevenOpenedIn2017AndThreeIn2016() {
        assertThat(seed).filteredOn(s -> Integer.valueOf(2017).equals(s.openedYear())).hasSize(7);
        assertThat(seed).filteredOn(s -> Integer.valueOf(2016).equals(s.openedYear())).hasSize(3);
        assertThat(seed).filteredOn(s -> s.openedYear() == null).extracting(ShelterDetails::city).containsExactly("Astana");
    }

    @Test
    void namesAreUniqueSoReloadingAddsNothing() {
        assertThat(seed).extracting(ShelterDetails::name).doesNotHaveDuplicates();
    }

    @Test
    void foreignEligibilityComesFromConfiguration() {
        assertThat(seed).allSatisfy(s -> assertThat(s.foreignVictimsEligibleFrom()).isEqualTo(LocalDate.of(2023, 1, 1)));
    }
}
