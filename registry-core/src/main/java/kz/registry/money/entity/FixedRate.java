package kz.registry.money.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

/**
 * A rate a publication states once and uses throughout, such as the US TIP report's
 * 331.31 KZT per USD: part of a named set ({@code name}), one row per currency and revision. A
 * correction is a new revision; the one it corrects stays, superseded, so a figure computed on
 * it can be computed again as it was.
 */
@Entity
@Table(name = "fixed_rate")
public class FixedRate {

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "kzt_per_unit", nullable = false, precision = 24, scale = 12)
    private BigDecimal kztPerUnit;

    @Column(nullable = false, length = 500)
    private String description;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int revision;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    @Column(length = 500)
    private String reason;

    protected FixedRate() {
        // for JPA
    }

    public FixedRate(String name, Currency currency, BigDecimal kztPerUnit, String description, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.currency = currency.getCurrencyCode();
        this.kztPerUnit = kztPerUnit;
        this.description = description;
        this.createdAt = createdAt;
        this.revision = 1;
    }

    /** The next revision, at another rate and why; this one is superseded from {@code at}. */
    public FixedRate correctedBy(BigDecimal newKztPerUnit, String why, Instant at) {
        FixedRate correction = new FixedRate(name, currency(), newKztPerUnit, description, at);
        correction.revision = revision + 1;
        correction.reason = why;
        this.supersededAt = at;
        return correction;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public BigDecimal kztPerUnit() {
        return kztPerUnit;
    }

    public String description() {
        return description;
    }

    public int revision() {
        return revision;
    }

    public java.util.Optional<Instant> supersededAt() {
        return java.util.Optional.ofNullable(supersededAt);
    }

    public java.util.Optional<String> reason() {
        return java.util.Optional.ofNullable(reason);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
