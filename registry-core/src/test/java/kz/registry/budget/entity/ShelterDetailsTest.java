package kz.registry.budget.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import kz.registry.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ShelterDetailsTest {

    @Test
    void trimsTheTextFields() {
        ShelterDetails details = new ShelterDetails("  Kostanay shelter ", " Kostanay", "NGO ", 2016, null);

        assertThat(details.name()).isEqualTo("Kostanay shelter");
        assertThat(details.city()).isEqualTo("Kostanay");
        assertThat(details.operator()).isEqualTo("NGO");
    }

    @Test
    void namesEveryInvalidFieldAtOnce() {
        assertThatThrownBy(() -> new ShelterDetails(" ", null, "x".repeat(201), 1990, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("name", "city", "operator", "openedYear")
                        .containsEntry("operator", "must be at most 200 characters"));
    }

    @Test
    void anUnknownOpeningYearIsAllowed() {
        assertThat(new ShelterDetails("Astana shelter", "Astana", "NGO", null, null).openedYear()).isNull();
    }

    @Test
    void aShelterOpensToForeignVictimsOnTheStatedDayNotBefore() {
        LocalDate amendment = LocalDate.of(2023, 7, 1);
        Shelter shelter = new Shelter(new ShelterDetails("Almaty shelter", "Almaty", "NGO", 2017, amendment));

        assertThat(shelter.acceptsForeignVictimsOn(amendment.minusDays(1))).isFalse();
        assertThat(shelter.acceptsForeignVictimsOn(amendment)).isTrue();
        assertThat(shelter.acceptsForeignVictimsOn(LocalDate.of(2030, 1, 1))).isTrue();
    }

    @Test
    void aShelterWithoutAnEligibilityDateNeverTakesForeignVictims() {
        Shelter shelter = new Shelter(new ShelterDetails("Uralsk shelter", "Uralsk", "NGO", 2017, null));

        assertThat(shelter.acceptsForeignVictimsOn(LocalDate.of(2017, 6, 1))).isFalse();
        assertThat(shelter.acceptsForeignVictimsOn(LocalDate.of(2040, 6, 1))).isFalse();
    }

    @Test
    void revisingKeepsTheIdentity() {
        Shelter shelter = new Shelter(new ShelterDetails("Aktobe shelter", "Aktobe", "NGO", 2017, null));
        var id = shelter.id();

        shelter.revise(new ShelterDetails("Aktobe shelter", "Aktobe", "Another NGO", 2017, LocalDate.of(2023, 1, 1)));

        assertThat(shelter.id()).isEqualTo(id);
        assertThat(shelter.operator()).isEqualTo("Another NGO");
        assertThat(shelter.foreignVictimsEligibleFrom()).contains(LocalDate.of(2023, 1, 1));
    }
}
