package kz.registry.claims.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import kz.registry.money.Money;
import kz.registry.shared.InstantColumns;
import kz.registry.shared.InvalidInputException;

/**
 * The monthly calculation index (MCI) in tenge from a date, for a purpose: {@code general}, or a
 * narrower one a budget law sets apart (in 2022, {@code social-payments} from 1 April). A value
 * holds until the next one of its purpose, or of the general purpose, takes over.
 */
@Entity
@Table(name = "mci_value")
public class MciValue {

    public static final String GENERAL = "general";
    private static final Pattern PURPOSE = Pattern.compile("[a-z][a-z-]{1,29}");

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(nullable = false, length = 30)
    private String purpose;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "amount", nullable = false, precision = 12, scale = 2))
    private Money amount;

    @Column(nullable = false, length = 300)
    private String source;

    @Convert(converter = InstantColumns.class)
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected MciValue() {
        // for JPA
    }

    public MciValue(String purpose, LocalDate validFrom, Money amount, String source, Instant recordedAt,
                    String recordedBy) {
        this.id = UUID.randomUUID();
        this.purpose = purpose(purpose);
        if (validFrom == null) {
            throw new InvalidInputException("validFrom", "required (YYYY-MM-DD)");
        }
        if (!amount.currency().equals(Money.KZT) || amount.amount().signum() <= 0) {
            throw new InvalidInputException("amount", "an MCI is an amount of tenge above zero");
        }
        if (source == null || source.isBlank() || source.strip().length() > 300) {
            throw new InvalidInputException("source", "say which act sets the value (1 to 300 characters)");
        }
        this.validFrom = validFrom;
        this.amount = amount;
        this.source = source.strip();
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public static String purpose(String purpose) {
        String normal = purpose == null || purpose.isBlank() ? GENERAL : purpose.strip().toLowerCase(Locale.ROOT);
        if (!PURPOSE.matcher(normal).matches()) {
            throw new InvalidInputException("purpose", "an MCI purpose is lower-case letters and dashes, such as"
                    + " general or social-payments; not '" + purpose + "'");
        }
        return normal;
    }

    public UUID id() { return id; }
    public String purpose() { return purpose; }
    public LocalDate validFrom() { return validFrom; }
    public Money amount() { return amount; }
    public String source() { return source; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }

    public record Snapshot(String purpose, LocalDate validFrom, String amount, String source) {
    }

    public Snapshot snapshot() {
        return new Snapshot(purpose, validFrom, amount.amount().toPlainString(), source);
    }
}
