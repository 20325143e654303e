package kz.registry.budget.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import kz.registry.budget.entity.ShelterDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A shelter as a finance officer registers or restates it. */
public record ShelterInput(
        @NotBlank @Size(max = ShelterDetails.NAME_LENGTH)
        @Schema(example = "Kyzylorda trafficking shelter") String name,
        @NotBlank @Size(max = ShelterDetails.CITY_LENGTH) @Schema(example = "Kyzylorda") String city,
        @NotBlank @Size(max = ShelterDetails.OPERATOR_LENGTH) @Schema(example = "NGO Komek") String operator,
        @Min(ShelterDetails.FIRST_YEAR) @Max(ShelterDetails.LAST_YEAR) @Schema(example = "2017") Integer openedYear,
        LocalDate foreignVictimsEligibleFrom) {

    ShelterDetails details() {
        return new ShelterDetails(name, city, operator, openedYear, foreignVictimsEligibleFrom);
    }
}
