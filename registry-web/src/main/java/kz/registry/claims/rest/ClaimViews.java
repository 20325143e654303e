package kz.registry.claims.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import kz.registry.claims.entity.ClaimFiling;
import kz.registry.claims.entity.ClaimMove;
import kz.registry.claims.entity.ClaimStatus;
import kz.registry.claims.entity.CompensationClaim;
import kz.registry.claims.entity.FundEntry;
import kz.registry.claims.entity.FundPosition;
import kz.registry.claims.entity.FundSource;
import kz.registry.claims.entity.PaymentRegister;
import kz.registry.claims.entity.Recovery;
import kz.registry.money.rest.MoneyViews.MoneyView;
import kz.registry.shared.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Claims, registers, recoveries and the fund on the wire. Victims appear by id only. */
public final class ClaimViews {

    private ClaimViews() {
    }

    static <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "'" + value + "' is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    public record ClaimInput(@NotNull UUID victimId, @NotNull UUID proceedingId,
                             @NotBlank @Schema(example = "trafficking-in-persons") String category,
                             @NotNull LocalDate filedOn,
                            
                             @Schema(example = "Ruling of the Almaty city court of 12 March 2024")
                             String deadlineRestoredBy,
                             @Schema(example = "Civil suit 2-1234/2024") String civilClaim) {
        ClaimFiling filing() {
            return new ClaimFiling(victimId, proceedingId, category, filedOn, deadlineRestoredBy, civilClaim);
        }
    }

    /** A decision: {@code to} UNDER_REVIEW, APPROVED, DENIED (with a reason), WITHDRAWN or APPEALED, on a day. */
    public record MoveInput(@NotBlank @Schema(example = "APPROVED") String to, @NotNull LocalDate on,
                            @Schema(example = "the claim meets the law's conditions") String reason) {
    }

    /** The law's figures a decided amount was fixed with. */
    public record GrantView(int mciMultiple, MoneyView mci, LocalDate mciValidFrom, String mciPurpose, String mciSource,
                            LocalDate categoryValidFrom) {
    }

    public record ClaimView(UUID id, String code, UUID victimId, UUID proceedingId, String category, String status,
                            List<String> allowedMoves, LocalDate filedOn, LocalDate recognisedOn, LocalDate deadline,
                            String deadlineRestoredBy, boolean doubleCompensationFlag, String civilClaim,
                            LocalDate decidedOn, String denialReason, MoneyView amount, GrantView grant,
                            UUID registerId, LocalDate paidOn, Instant createdAt) {
        static ClaimView of(CompensationClaim claim) {
            return new ClaimView(claim.id(), claim.code(), claim.victimId(), claim.proceedingId(), claim.category(),
                    claim.status().name(), claim.status().next().stream().filter(ClaimStatus::isDecision)
                    .map(Enum::name).toList(), claim.filedOn(), claim.recognisedOn(), claim.deadline(),
                    claim.deadlineRestoredBy().orElse(null), claim.civilClaim().isPresent(),
                    claim.civilClaim().orElse(null), claim.decidedOn().orElse(null),
                    claim.denialReason().orElse(null), claim.amount().map(MoneyView::of).orElse(null),
                    claim.grant().map(g -> new GrantView(g.mciMultiple(), MoneyView.of(g.mci()), g.mciValidFrom(),
                            g.mciPurpose(), g.mciSource(), g.categoryValidFrom())).orElse(null),
                    claim.registerId().orElse(null), claim.paidOn().orElse(null), claim.createdAt());
        }
    }

    public record MoveView(String from, String to, LocalDate on, String reason, Instant at, String by) {
        static MoveView of(ClaimMove move) {
            return new MoveView(move.from() == null ? null : move.from().name(), move.to().name(), move.on(),
                    move.reason(), move.at(), move.by());
        }
    }

    public record RegisterInput(@NotEmpty List<UUID> claimIds, @NotNull LocalDate createdOn) {
    }

    public record PaymentInput(@NotNull LocalDate paidOn) {
    }

    public record RegisterView(UUID id, String number, String status, MoneyView total, LocalDate createdOn,
                               LocalDate paidOn, List<String> claims) {
        static RegisterView of(PaymentRegister register, List<CompensationClaim> claims) {
            return new RegisterView(register.id(), register.number(), register.status().name(), MoneyView.of(register.total()),
                    register.createdOn(), register.paidOn().orElse(null),
                    claims.stream().map(CompensationClaim::code).toList());
        }
    }

    public record RecoveryInput(@NotNull UUID claimId, @NotNull LocalDate openedOn) {
    }

    public record RecoveredInput(@NotBlank @Schema(example = "100000.00") String amount, @NotNull LocalDate valueDate,
                                 String reference) {
    }

    public record RecoveryView(UUID id, UUID claimId, UUID proceedingId, MoneyView due, MoneyView recovered,
                               MoneyView outstanding, String status, LocalDate openedOn) {
        static RecoveryView of(Recovery recovery) {
            return new RecoveryView(recovery.id(), recovery.claimId(), recovery.proceedingId(),
                    MoneyView.of(recovery.due()), MoneyView.of(recovery.recovered()),
                    MoneyView.of(recovery.outstanding()), recovery.status().name(), recovery.openedOn());
        }
    }

    public record InflowInput(@NotBlank @Schema(example = "compulsory-payment") String source,
                              @NotBlank @Schema(example = "5000000.00") String amount, @NotNull LocalDate valueDate,
                              String reference) {
        FundSource fundSource() {
            return choice(FundSource.class, "source", source);
        }
    }

    public record FundEntryView(UUID id, String direction, String source, MoneyView amount, LocalDate valueDate,
                                String reference, UUID registerId, UUID recoveryId, Instant postedAt, String postedBy) {
        static FundEntryView of(FundEntry entry) {
            return new FundEntryView(entry.id(), entry.direction().name(), entry.source().name(),
                    MoneyView.of(entry.amount()), entry.valueDate(), entry.reference().orElse(null),
                    entry.registerId().orElse(null), entry.recoveryId().orElse(null), entry.postedAt(),
                    entry.postedBy());
        }
    }

    public record StatementView(Map<String, MoneyView> inflows, MoneyView paidOut, MoneyView balance,
                                MoneyView onOpenRegisters, MoneyView available) {
        static StatementView of(FundPosition statement) {
            Map<String, MoneyView> inflows = new TreeMap<>();
            statement.inflows().forEach((source, sum) -> inflows.put(source.name(), MoneyView.of(sum)));
            return new StatementView(inflows, MoneyView.of(statement.paidOut()), MoneyView.of(statement.balance()),
                    MoneyView.of(statement.onOpenRegisters()), MoneyView.of(statement.available()));
        }
    }
}
