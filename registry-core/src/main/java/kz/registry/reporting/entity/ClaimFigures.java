package kz.registry.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/** What a bucket of claims counts and sums; one claim's figures count it once. Amounts in KZT. */
@Embeddable
public class ClaimFigures {

    @Column(nullable = false)
    private long claims;
    @Column(nullable = false)
    private long decided;
    @Column(name = "approved_claims", nullable = false)
    private long approvedClaims;
    @Column(nullable = false, precision = 30, scale = 2)
    private BigDecimal approved = BigDecimal.ZERO;
    @Column(name = "paid_claims", nullable = false)
    private long paidClaims;
    @Column(nullable = false, precision = 30, scale = 2)
    private BigDecimal paid = BigDecimal.ZERO;
    @Column(nullable = false, precision = 30, scale = 2)
    private BigDecimal recovered = BigDecimal.ZERO;
    @Column(name = "decided_late", nullable = false)
    private long decidedLate;

    public ClaimFigures() {
        // nothing counted yet; also for JPA
    }

    /** One claim. */
    public static ClaimFigures ofOne(boolean decided, boolean approved, BigDecimal amount, boolean paid,
                                     BigDecimal recovered, boolean decidedLate) {
        ClaimFigures one = new ClaimFigures();
        one.claims = 1;
        one.decided = decided ? 1 : 0;
        one.approvedClaims = approved ? 1 : 0;
        one.approved = approved ? amount : BigDecimal.ZERO;
        one.paidClaims = paid ? 1 : 0;
        one.paid = paid ? amount : BigDecimal.ZERO;
        one.recovered = recovered;
        one.decidedLate = decidedLate ? 1 : 0;
        return one;
    }

    public ClaimFigures add(ClaimFigures other) {
        claims += other.claims;
        decided += other.decided;
        approvedClaims += other.approvedClaims;
        approved = approved.add(other.approved);
        paidClaims += other.paidClaims;
        paid = paid.add(other.paid);
        recovered = recovered.add(other.recovered);
        decidedLate += other.decidedLate;
        return this;
    }

    public ClaimFigures negated() {
        ClaimFigures negated = new ClaimFigures();
        negated.claims = -claims;
        negated.decided = -decided;
        negated.approvedClaims = -approvedClaims;
        negated.approved = approved.negate();
        negated.paidClaims = -paidClaims;
        negated.paid = paid.negate();
        negated.recovered = recovered.negate();
        negated.decidedLate = -decidedLate;
        return negated;
    }

    public ClaimFigures copy() {
        return new ClaimFigures().add(this);
    }

    /** No claim left in the bucket: every count nets to zero (and so every sum). */
    public boolean isEmpty() {
        return claims == 0 && decided == 0 && approvedClaims == 0 && paidClaims == 0 && decidedLate == 0
                && approved.signum() == 0 && paid.signum() == 0 && recovered.signum() == 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClaimFigures that && claims == that.claims && decided == that.decided
                && approvedClaims == that.approvedClaims && approved.compareTo(that.approved) == 0
                && paidClaims == that.paidClaims && paid.compareTo(that.paid) == 0
                && recovered.compareTo(that.recovered) == 0 && decidedLate == that.decidedLate;
    }

    @Override
    public int hashCode() {
        return Objects.hash(claims, decided, approvedClaims, paidClaims, decidedLate);
    }
}
