package kz.registry.reconciliation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import kz.registry.shared.InstantColumns;

/** A month of an account signed off, with its figures as they stood (JSON); never changed afterwards. */
@Entity
@Table(name = "reconciliation_sign_off")
@IdClass(MonthSignOff.Key.class)
public class MonthSignOff {

    /** The key: the account and the month's first day. */
    public static class Key implements Serializable {
        private UUID accountId;
        private LocalDate monthStart;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(accountId, key.accountId)
                    && java.util.Objects.equals(monthStart, key.monthStart);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(accountId, monthStart);
        }
    }

    @Id
    @Column(name = "account_id")
    private UUID accountId;

    @Id
    @Column(name = "month_start")
    private LocalDate monthStart;

    @Column(nullable = false, length = 4000)
    private String figures;

    @Convert(converter = InstantColumns.class)
    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "signed_by", nullable = false, length = 64)
    private String signedBy;

    protected MonthSignOff() {
        // for JPA
    }

    public MonthSignOff(UUID accountId, LocalDate monthStart, String figures, Instant signedAt, String signedBy) {
        this.accountId = accountId;
        this.monthStart = monthStart;
        this.figures = figures;
        this.signedAt = signedAt;
        this.signedBy = signedBy;
    }

    public String figures() { return figures; }
    public Instant signedAt() { return signedAt; }
    public String signedBy() { return signedBy; }
}
