package kz.registry.budget.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import kz.registry.budget.entity.ShelterDetails;

/** A shelter as a finance officer registers or restates it. */
public record ShelterInput(
        @NotBlank @Size(max = ShelterDetails.NAME_LENGTH) String name,
        @NotBlank @Size(max = ShelterDetails.CITY_LENGTH) String city,
        @NotBlank @Size(max = ShelterDetails.OPERATOR_LENGTH) String operator,
        @Min(ShelterDetails.FIRST_YEAR) @Max(ShelterDetails.LAST_YEAR) Integer openedYear,
        LocalDate foreignVictimsEligibleFrom) {

    ShelterDetails details() {
        return new ShelterDetails(name, city, operator, openedYear, foreignVictimsEligibleFrom);
    }
}
