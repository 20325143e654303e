package kz.registry.proceedings.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.registry.proceedings.entity.ArticlePart;
import kz.registry.proceedings.entity.ConvictedPerson;
import kz.registry.proceedings.entity.CriminalProceeding;
import kz.registry.proceedings.entity.Exploitation;
import kz.registry.proceedings.entity.Identity;
import kz.registry.proceedings.entity.ProceedingDetails;
import kz.registry.proceedings.entity.Sex;
import kz.registry.proceedings.entity.Stage;
import kz.registry.proceedings.entity.Victim;
import kz.registry.proceedings.entity.VictimProfile;
import kz.registry.proceedings.entity.VictimRecognition;
import kz.registry.shared.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Proceedings and victims on the wire: what court clerks send, and what anyone allowed reads. */
public final class ProceedingViews {

    private ProceedingViews() {
    }

    static <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "'" + value + "' is not one of " + java.util.Arrays.toString(
                    type.getEnumConstants()));
        }
    }

    /** Articles as "128-3" (article 128, part 3) or "135". */
    public record ProceedingInput(@NotBlank @Schema(example = "241500031000123") String registrationNumber,
                                  @NotEmpty List<String> articles,
                                  @NotBlank @Schema(example = "Police Department of Almaty") String prosecutingBody,
                                  @Schema(example = "Specialised inter-district criminal court of Almaty") String court,
                                  @NotBlank @Schema(example = "PRE_TRIAL_INVESTIGATION") String stage,
                                  @NotNull LocalDate registeredOn, LocalDate sentToCourtOn, LocalDate verdictOn) {
        ProceedingDetails details() {
            return new ProceedingDetails(registrationNumber, articles.stream().map(ArticlePart::parse).toList(),
                    prosecutingBody, court, choice(Stage.class, "stage", stage), registeredOn, sentToCourtOn,
                    verdictOn);
        }
    }

    public record ProceedingView(UUID id, String registrationNumber, List<String> articles, String prosecutingBody,
                                 String court, String stage, LocalDate registeredOn, LocalDate sentToCourtOn,
                                 LocalDate verdictOn, Instant createdAt) {
        static ProceedingView of(CriminalProceeding proceeding) {
            ProceedingDetails details = proceeding.details();
            return new ProceedingView(proceeding.id(), details.registrationNumber(),
                    details.articles().stream().map(ArticlePart::toString).toList(), details.prosecutingBody(),
                    details.court(), details.stage().name(), details.registeredOn(), details.sentToCourtOn(),
                    details.verdictOn(), proceeding.createdAt());
        }
    }

    public record IdentityInput(@NotBlank @Schema(example = "Example Person") String fullName,
                                @Schema(example = "000000000000") String idNumber, LocalDate birthDate,
                                @Schema(example = "KZ000000000000000000") String bankAccount,
                                @Schema(example = "Example Bank") String bankName) {
        Identity identity() {
            return new Identity(fullName, idNumber, birthDate, bankAccount, bankName);
        }

        @Override
        public String toString() {
            return "IdentityInput[protected]";
        }
    }

    /** Only a court clerk's identity endpoints answer with this. */
    public record IdentityView(String fullName, String idNumber, LocalDate birthDate, String bankAccount,
                               String bankName) {
        static IdentityView of(Identity identity) {
            return new IdentityView(identity.fullName(), identity.idNumber(), identity.birthDate(),
                    identity.bankAccount(), identity.bankName());
        }

        @Override
        public String toString() {
            return "IdentityView[protected]";
        }
    }

    public record ConvictionInput(@NotNull @Valid IdentityInput identity, @NotNull LocalDate convictedOn) {
    }

    public record ConvictedView(UUID id, String code, UUID proceedingId, LocalDate convictedOn) {
        static ConvictedView of(ConvictedPerson person) {
            return new ConvictedView(person.id(), person.code(), person.proceedingId(), person.convictedOn());
        }
    }

    public record VictimInput(@NotBlank @Schema(example = "KG") String citizenship,
                              @NotBlank @Schema(example = "FEMALE") String sex, @NotNull Boolean minor,
                              @NotBlank @Schema(example = "FORCED_LABOUR") String exploitation,
                              @NotNull @Valid IdentityInput identity) {
        VictimProfile profile() {
            return new VictimProfile(citizenship, choice(Sex.class, "sex", sex), minor,
                    choice(Exploitation.class, "exploitation", exploitation));
        }
    }

    /** A victim as everyone allowed sees them: code and profile, never the identity. */
    public record VictimView(UUID id, String code, String citizenship, boolean foreign, String sex, boolean minor,
                             String exploitation, List<RecognitionView> recognitions, Instant createdAt) {
        static VictimView of(Victim victim, List<VictimRecognition> recognitions) {
            VictimProfile profile = victim.profile();
            return new VictimView(victim.id(), victim.code(), profile.citizenship(), profile.foreign(),
                    profile.sex().name(), profile.minor(), profile.exploitation().name(),
                    recognitions.stream().map(RecognitionView::of).toList(), victim.createdAt());
        }
    }

    public record RecognitionInput(@NotNull UUID proceedingId, @NotNull LocalDate recognisedOn,
                                   @Schema(example = "R-2024-0042") String resolutionNumber) {
    }

    public record RecognitionView(UUID id, UUID proceedingId, LocalDate recognisedOn, String resolutionNumber) {
        static RecognitionView of(VictimRecognition recognition) {
            return new RecognitionView(recognition.id(), recognition.proceedingId(), recognition.recognisedOn(),
                    recognition.resolutionNumber());
        }
    }
}
