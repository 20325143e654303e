package kz.registry.money.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

/**
 * An official rate of one currency on one day, in one revision. The first revision comes from
 * an import; a correction is a new revision, and the one before is marked superseded, never
 * changed otherwise.
 */
@Entity
@Table(name = "exchange_rate")
public class ExchangeRate {

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "rate_date", nullable = false)
    private LocalDate rateDate;

    @Column(nullable = false)
    private int revision;

    @Column(name = "kzt_per_unit", nullable = false, precision = 24, scale = 12)
    private BigDecimal kztPerUnit;

    @Column(name = "published_rate", nullable = false, precision = 20, scale = 6)
    private BigDecimal publishedRate;

    @Column(nullable = false)
    private int quant;

    @Column(nullable = false, length = 100)
    private String source;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    @Column(name = "correction_reason", length = 500)
    private String correctionReason;

    protected ExchangeRate() {
        // for JPA
    }

    private ExchangeRate(PublishedRate published, int revision, String source, Instant recordedAt, String reason) {
        this.id = UUID.randomUUID();
        this.currency = published.currency().getCurrencyCode();
        this.rateDate = published.date();
        this.revision = revision;
        this.kztPerUnit = published.kztPerUnit();
        this.publishedRate = published.rate();
        this.quant = published.quant();
        this.source = source;
        this.recordedAt = recordedAt;
        this.correctionReason = reason;
    }

    public static ExchangeRate first(PublishedRate published, String source, Instant recordedAt) {
        return new ExchangeRate(published, 1, source, recordedAt, null);
    }

    /** The next revision, correcting this one, which is superseded from now on. */
    public ExchangeRate correctedBy(PublishedRate published, String source, Instant now, String reason) {
        this.supersededAt = now;
        return new ExchangeRate(published, revision + 1, source, now, reason);
    }

    /** Whether this revision already says what the published rate says. */
    public boolean says(PublishedRate published) {
        return publishedRate.compareTo(published.rate()) == 0 && quant == published.quant();
    }

    public UUID id() {
        return id;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public LocalDate rateDate() {
        return rateDate;
    }

    public int revision() {
        return revision;
    }

    public BigDecimal kztPerUnit() {
        return kztPerUnit;
    }

    public BigDecimal publishedRate() {
        return publishedRate;
    }

    public int quant() {
        return quant;
    }

    public String source() {
        return source;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Optional<Instant> supersededAt() {
        return Optional.ofNullable(supersededAt);
    }

    public Optional<String> correctionReason() {
        return Optional.ofNullable(correctionReason);
    }
}
