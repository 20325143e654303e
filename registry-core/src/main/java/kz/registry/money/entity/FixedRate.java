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
 * 331.31 KZT per USD: part of a named set ({@code name}), one row per currency.
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
}
