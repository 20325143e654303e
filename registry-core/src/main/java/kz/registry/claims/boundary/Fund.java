package kz.registry.claims.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.UUID;
import kz.registry.claims.control.FundAccountLedger;
import kz.registry.claims.control.FundForecasting;
import kz.registry.claims.entity.ClaimStatus;
import kz.registry.claims.entity.FundDirection;
import kz.registry.claims.entity.FundForecast;
import kz.registry.claims.entity.FundEntry;
import kz.registry.claims.entity.FundPosition;
import kz.registry.claims.entity.FundSource;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.boundary.IdempotentRequests;
import kz.registry.money.Money;
import kz.registry.shared.FilteredQuery;
import kz.registry.shared.InvalidInputException;
import kz.registry.shared.Page;
import kz.registry.shared.PageRequest;
import kz.registry.shared.Roles;
import kz.registry.shared.Sort;

/**
 * The victims compensation fund's ledger: where it stands, its entries, and money in from the
 * law's sources. Payment registers ({@link PaymentRegisters}) pay money out, recourse
 * ({@link Recourse}) brings recoveries back in; all of them lock the fund's account row first.
 */
@Stateless
@RolesAllowed({Roles.COURT_CLERK, Roles.AUDITOR})
public class Fund {

    public static final String ENTRY_RECORD = FundAccountLedger.ENTRY_RECORD;

    @EJB
    IdempotentRequests idempotency;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    FundAccountLedger account;

    @Inject
    Clock clock;

    @EJB
    Law law;

    @Resource
    SessionContext session;

    public FundPosition statement() {
        return account.position();
    }

    public Page<FundEntry> entries(PageRequest page) {
        return new FilteredQuery("FundEntry", "e").page(em, FundEntry.class, page.sort().jpql("e",
                Sort.paths("valueDate", "valueDate", "postedAt", "postedAt", "amount", "amount.amount",
                        "direction", "direction", "source", "source"), "e.valueDate, e.postedAt, e.id"), page);
    }

    public record Received(FundEntry entry, boolean replayed) {
    }

    /**
     * The fund's balance month by month for the twelve months after {@code asOf}, as a range, with
     * the month it runs short and the month it might (see {@link FundForecasting} for the method).
     */
    public FundForecast forecast(LocalDate asOf) {
        BigDecimal balance = BigDecimal.ZERO;
        for (Object[] row : em.createQuery("select e.direction, sum(e.amount.amount) from FundEntry e"
                + " where e.valueDate <= :day group by e.direction", Object[].class).setParameter("day", asOf)
                .getResultList()) {
            BigDecimal sum = (BigDecimal) row[1];
            balance = row[0] == FundDirection.IN ? balance.add(sum) : balance.subtract(sum);
        }
        // the claims by state, once: how many, and what the approved ones come to
        long approved = 0;
        long denied = 0;
        BigDecimal approvedUnpaid = BigDecimal.ZERO;
        for (Object[] row : em.createQuery("select c.status, count(c), sum(c.amount.amount) from CompensationClaim c"
                + " group by c.status", Object[].class).getResultList()) {
            ClaimStatus status = (ClaimStatus) row[0];
            long claims = ((Number) row[1]).longValue();
            if (status.standsApproved()) {
                approved += claims;
            } else if (status == ClaimStatus.DENIED || status == ClaimStatus.APPEALED) {
                denied += claims;
            }
            if (status == ClaimStatus.APPROVED || status == ClaimStatus.ON_REGISTER) {
                approvedUnpaid = approvedUnpaid.add((BigDecimal) row[2]);
            }
        }
        Map<String, BigDecimal> lawAmounts = new HashMap<>();
        List<String> unpriced = new ArrayList<>();
        List<FundForecasting.Pending> pending = new ArrayList<>();
        for (Object[] row : em.createQuery("select c.code, c.category, c.filedOn from CompensationClaim c"
                + " where c.status in :states order by c.filedOn", Object[].class)
                .setParameter("states", List.of(ClaimStatus.RECEIVED, ClaimStatus.UNDER_REVIEW)).getResultList()) {
            String category = (String) row[1];
            BigDecimal amount = lawAmounts.computeIfAbsent(category, code -> lawAmount(code, asOf));
            if (amount == null) {
                unpriced.add(row[0] + " (" + category + ": no amount on " + asOf + ")");
            } else {
                pending.add(new FundForecasting.Pending((LocalDate) row[2], amount));
            }
        }
        return FundForecasting.forecast(asOf, balance, approvedUnpaid, pending, approved, approved + denied,
                inflowMonths(asOf), unpriced);
    }

    private BigDecimal lawAmount(String category, LocalDate day) {
        try {
            return law.amount(category, day).amount().amount();
        } catch (kz.registry.shared.DomainException noAmount) {
            return null;
        }
    }

    /**
     * Each inflow source's totals month by month over the twelve full months before {@code asOf}'s
     * month, or over the months since the fund's first inflow when it is younger (oldest first).
     */
    private Map<String, List<BigDecimal>> inflowMonths(LocalDate asOf) {
        YearMonth last = YearMonth.from(asOf).minusMonths(1);
        YearMonth first = last.minusMonths(FundForecasting.MONTHS - 1);
        LocalDate firstInflow = em.createQuery("select min(e.valueDate) from FundEntry e where e.direction = :in",
                LocalDate.class).setParameter("in", FundDirection.IN).getSingleResult();
        if (firstInflow == null || YearMonth.from(firstInflow).isAfter(last)) {
            return Map.of();
        }
        if (YearMonth.from(firstInflow).isAfter(first)) {
            first = YearMonth.from(firstInflow);
        }
        int months = (int) first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
        Map<String, List<BigDecimal>> bySource = new TreeMap<>();
        for (Object[] row : em.createQuery("select e.source, e.valueDate, e.amount.amount from FundEntry e"
                        + " where e.direction = :in and e.valueDate between :from and :to", Object[].class)
                .setParameter("in", FundDirection.IN).setParameter("from", first.atDay(1))
                .setParameter("to", last.atEndOfMonth()).getResultList()) {
            List<BigDecimal> totals = bySource.computeIfAbsent(((FundSource) row[0]).name(),
                    source -> new ArrayList<>(Collections.nCopies(months, BigDecimal.ZERO)));
            int month = (int) first.until(YearMonth.from((LocalDate) row[1]), java.time.temporal.ChronoUnit.MONTHS);
            totals.set(month, totals.get(month).add((BigDecimal) row[2]));
        }
        return bySource;
    }

    /** Money into the fund from one of the law's sources (recoveries come through recourse). */
    @RolesAllowed(Roles.COURT_CLERK)
    public Received receive(RequestKey key, FundSource source, Money amount, LocalDate valueDate, String reference) {
        Optional<UUID> earlier = idempotency.earlierResult(key, ENTRY_RECORD).map(UUID::fromString);
        if (earlier.isPresent()) {
            return new Received(em.find(FundEntry.class, earlier.get()), true);
        }
        if (!source.isInflow() || source == FundSource.RECOVERY) {
            throw new InvalidInputException("source", "an inflow comes from COMPULSORY_PAYMENT, PROCEDURAL_PENALTY,"
                    + " LABOUR_DEDUCTION or OTHER; recoveries are recorded on their recovery, payments by registers");
        }
        account.lockAccount();
        FundEntry entry = account.post(new FundEntry(source, amount, valueDate, reference, null, null, clock.instant(), caller()));
        idempotency.remember(key, ENTRY_RECORD, entry.id().toString());
        return new Received(entry, false);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
