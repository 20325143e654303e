package kz.registry.claims.boundary;

import kz.registry.idempotency.Created;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.registry.audit.AuditAction;
import kz.registry.audit.AuditEvent;
import kz.registry.audit.Snapshots;
import kz.registry.audit.boundary.AuditTrail;
import kz.registry.claims.control.ClaimHistory;
import kz.registry.claims.control.MciPolicy;
import kz.registry.claims.entity.ClaimStatus;
import kz.registry.claims.entity.CompensationClaim;
import kz.registry.claims.entity.FundAccount;
import kz.registry.claims.FundEntryPosted;
import kz.registry.claims.entity.FundEntry;
import kz.registry.claims.entity.FundSource;
import kz.registry.claims.entity.PaymentRegister;
import kz.registry.claims.entity.RegisterStatus;
import kz.registry.claims.entity.Recovery;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.boundary.IdempotentRequests;
import kz.registry.money.Money;
import kz.registry.proceedings.boundary.Proceedings;
import kz.registry.shared.BusinessRuleException;
import kz.registry.shared.ConflictException;
import kz.registry.shared.FilteredQuery;
import kz.registry.shared.InvalidInputException;
import kz.registry.shared.Page;
import kz.registry.shared.PageRequest;
import kz.registry.shared.Roles;
import kz.registry.shared.UnknownRecordException;

/**
 * The victims compensation fund: its ledger of inflows by source and payments out, the payment
 * registers that pay approved claims (refused when the fund cannot cover them), and recourse
 * against the convicted persons, whose recoveries flow back in. Every movement locks the fund's
 * account row, so a balance check and the movement it allows are never interleaved with another.
 */
@Stateless
@RolesAllowed({Roles.COURT_CLERK, Roles.AUDITOR})
public class Fund {

    public static final String ENTRY_RECORD = "fund-entry";
    public static final String REGISTER_RECORD = "payment-register";
    public static final String RECOVERY_RECORD = "recovery";

    @Inject
    Event<FundEntryPosted> posted;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    IdempotentRequests idempotency;

    @EJB
    Claims claims;

    @EJB
    Law law;

    @EJB
    Proceedings proceedings;

    @Inject
    ClaimHistory history;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** The fund now: inflows by source, payments out, the balance, what open registers hold, what is free. */
    public record Statement(Map<FundSource, Money> inflows, Money paidOut, Money balance, Money onOpenRegisters,
                            Money available) {
    }

    public Statement statement() {
        Map<FundSource, Money> inflows = new EnumMap<>(FundSource.class);
        Money zero = Money.zero(Money.KZT);
        Money in = zero;
        Money out = zero;
        for (Object[] row : em.createQuery("select e.source, sum(e.amount) from FundEntry e group by e.source",
                Object[].class).getResultList()) {
            FundSource source = (FundSource) row[0];
            Money sum = new Money((BigDecimal) row[1], Money.KZT);
            if (source.isInflow()) {
                inflows.put(source, sum);
                in = in.plus(sum);
            } else {
                out = out.plus(sum);
            }
        }
        BigDecimal open = em.createQuery("select sum(r.total) from PaymentRegister r where r.status = :sent",
                BigDecimal.class).setParameter("sent", RegisterStatus.SENT).getSingleResult();
        Money onRegisters = open == null ? zero : new Money(open, Money.KZT);
        Money balance = in.minus(out);
        return new Statement(inflows, out, balance, onRegisters, balance.minus(onRegisters));
    }

    public Page<FundEntry> entries(PageRequest page) {
        return new FilteredQuery("FundEntry", "e").page(em, FundEntry.class, page.sort().jpql("e",
                List.of("valueDate", "postedAt", "amount", "direction", "source"), "e.valueDate, e.postedAt, e.id"), page);
    }

    public record Received(FundEntry entry, boolean replayed) {
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
        lockAccount();
        FundEntry entry = post(new FundEntry(source, amount, valueDate, reference, null, null, clock.instant(), caller()));
        idempotency.remember(key, ENTRY_RECORD, entry.id().toString());
        return new Received(entry, false);
    }

    public record Registered(PaymentRegister register, boolean replayed) {
    }

    /**
     * Gathers approved claims on a register for the treasury. Refused when what the fund has
     * free (its balance less the registers not yet paid) cannot cover the register.
     */
    @RolesAllowed(Roles.COURT_CLERK)
    public Registered register(RequestKey key, List<UUID> claimIds, LocalDate on) {
        Optional<UUID> earlier = idempotency.earlierResult(key, REGISTER_RECORD).map(UUID::fromString);
        if (earlier.isPresent()) {
            return new Registered(registerOf(earlier.get()), true);
        }
        if (claimIds == null || claimIds.isEmpty() || on == null) {
            throw new InvalidInputException("claimIds", "a register names one or more approved claims, and its day");
        }
        lockAccount();
        List<CompensationClaim> approved = new ArrayList<>();
        List<String> notApproved = new ArrayList<>();
        for (UUID id : claimIds.stream().distinct().toList()) {
            CompensationClaim claim = claims.get(id);
            if (claim.status() == ClaimStatus.APPROVED) {
                approved.add(claim);
            } else {
                notApproved.add(claim.code() + " is " + claim.status());
            }
        }
        if (!notApproved.isEmpty()) {
            throw new BusinessRuleException("Only approved claims go on a register: " + String.join(", ", notApproved));
        }
        Money total = approved.stream().map(claim -> claim.amount().orElseThrow()).reduce(Money::plus).orElseThrow();
        Statement fund = statement();
        if (total.compareTo(fund.available()) > 0) {
            throw new BusinessRuleException("The fund cannot cover this register of " + total + ": its balance is "
                    + fund.balance() + ", of which " + fund.onOpenRegisters() + " is on registers not yet paid, so "
                    + fund.available() + " is available.");
        }
        PaymentRegister register = new PaymentRegister(total, on, clock.instant());
        em.persist(register);
        em.flush();
        for (CompensationClaim claim : approved) {
            String before = Snapshots.of(claim.snapshot());
            claim.placeOn(register.id(), on);
            history.moved(claim, ClaimStatus.APPROVED, on, "register " + register.number(), before, caller());
        }
        audit.record(new AuditEvent(AuditAction.CREATED, REGISTER_RECORD, register.id().toString(), null,
                Snapshots.of(register.snapshot())));
        idempotency.remember(key, REGISTER_RECORD, register.id().toString());
        return new Registered(register, false);
    }

    /**
     * The treasury paid a register: its claims are paid and the fund pays out, one entry a claim.
     * Under the payment-date policy each amount is fixed anew with the MCI of the payment day,
     * and the fund must still cover the total.
     */
    @RolesAllowed(Roles.COURT_CLERK)
    public PaymentRegister pay(UUID registerId, long expectedVersion, LocalDate paidOn) {
        lockAccount();
        PaymentRegister register = registerOf(registerId);
        if (register.version() != expectedVersion) {
            throw ConflictException.staleVersion(REGISTER_RECORD, registerId, expectedVersion, register.version());
        }
        if (paidOn == null) {
            throw new InvalidInputException("paidOn", "required (YYYY-MM-DD)");
        }
        String registerBefore = Snapshots.of(register.snapshot());
        register.paid(paidOn);
        boolean onPaymentDay = law.policy().day() == MciPolicy.Day.PAYMENT_DATE;
        Money balance = statement().balance();
        Money paidTotal = Money.zero(Money.KZT);
        for (CompensationClaim claim : claimsOn(registerId)) {
            String before = Snapshots.of(claim.snapshot());
            claim.paid(paidOn, onPaymentDay ? law.amount(claim.category(), paidOn) : null);
            Money amount = claim.amount().orElseThrow();
            if (amount.compareTo(balance) > 0) {
                throw new BusinessRuleException("The fund's balance " + balance + " cannot pay claim " + claim.code()
                        + " (" + amount + ").");
            }
            balance = balance.minus(amount);
            paidTotal = paidTotal.plus(amount);
            post(new FundEntry(FundSource.VICTIM_PAYMENT, amount, paidOn, "claim " + claim.code(), registerId, null,
                    clock.instant(), caller()));
            history.moved(claim, ClaimStatus.ON_REGISTER, paidOn, "register " + register.number() + " paid", before,
                    caller());
        }
        register.restate(paidTotal); // the same, unless the payment-date policy fixed the amounts anew
        em.flush();
        audit.record(new AuditEvent(AuditAction.STATE_CHANGED, REGISTER_RECORD, registerId.toString(), registerBefore,
                Snapshots.of(register.snapshot())));
        return register;
    }

    public PaymentRegister registerOf(UUID id) {
        PaymentRegister register = em.find(PaymentRegister.class, id);
        if (register == null) {
            throw new UnknownRecordException(REGISTER_RECORD, id);
        }
        return register;
    }

    public List<CompensationClaim> claimsOn(UUID registerId) {
        return em.createQuery("select c from CompensationClaim c where c.registerId = :register order by c.code",
                CompensationClaim.class).setParameter("register", registerId).getResultList();
    }

    public Page<PaymentRegister> registers(PageRequest page) {
        return new FilteredQuery("PaymentRegister", "r").page(em, PaymentRegister.class, page.sort().jpql("r",
                List.of("createdOn", "number", "status", "total", "paidOn"), "r.createdOn desc, r.number"),
                page);
    }

    public record Opened(Recovery recovery, boolean replayed) {
    }

    /** Opens recourse for a paid claim against the persons convicted in its proceeding. */
    @RolesAllowed(Roles.COURT_CLERK)
    public Opened openRecovery(RequestKey key, UUID claimId, LocalDate on) {
        Optional<UUID> earlier = idempotency.earlierResult(key, RECOVERY_RECORD).map(UUID::fromString);
        if (earlier.isPresent()) {
            return new Opened(recoveryOf(earlier.get()), true);
        }
        CompensationClaim claim = claims.get(claimId);
        if (proceedings.facts(claim.proceedingId()).convictedPersons().isEmpty()) {
            throw new BusinessRuleException("No one is convicted in the claim's proceeding yet: recourse is against"
                    + " convicted persons. Record the conviction first.");
        }
        String before = Snapshots.of(claim.snapshot());
        claim.recourseOpened(on);
        Recovery recovery = new Recovery(claim.id(), claim.proceedingId(), claim.amount().orElseThrow(), on,
                clock.instant());
        em.persist(recovery);
        em.flush();
        history.moved(claim, ClaimStatus.PAID, on, "recourse opened", before, caller());
        audit.record(new AuditEvent(AuditAction.CREATED, RECOVERY_RECORD, recovery.id().toString(), null,
                Snapshots.of(recovery.snapshot())));
        idempotency.remember(key, RECOVERY_RECORD, recovery.id().toString());
        return new Opened(recovery, false);
    }

    /** Money recovered from the convicted persons: into the fund; when all is back, the claim is recovered. */
    @RolesAllowed(Roles.COURT_CLERK)
    public Created<Recovery> recover(RequestKey key, UUID recoveryId, Money amount, LocalDate on, String reference) {
        return idempotency.once(key, RECOVERY_PAYMENT_RECORD, () -> received(recoveryId, amount, on, reference),
                Recovery::id, id -> recoveryOf(UUID.fromString(id)));
    }

    /** The idempotency keys' name for money recovered. */
    static final String RECOVERY_PAYMENT_RECORD = "recovery-payment";

    private Recovery received(UUID recoveryId, Money amount, LocalDate on, String reference) {
        lockAccount();
        Recovery recovery = recoveryOf(recoveryId);
        String before = Snapshots.of(recovery.snapshot());
        boolean complete = recovery.received(amount);
        post(new FundEntry(FundSource.RECOVERY, amount, on, reference, null, recoveryId, clock.instant(), caller()));
        if (complete) {
            CompensationClaim claim = claims.get(recovery.claimId());
            String claimBefore = Snapshots.of(claim.snapshot());
            claim.recovered(on);
            history.moved(claim, ClaimStatus.RECOURSE_OPENED, on, "recovered in full", claimBefore, caller());
        }
        em.flush();
        audit.record(new AuditEvent(AuditAction.UPDATED, RECOVERY_RECORD, recoveryId.toString(), before,
                Snapshots.of(recovery.snapshot())));
        return recovery;
    }

    public Recovery recoveryOf(UUID id) {
        Recovery recovery = em.find(Recovery.class, id);
        if (recovery == null) {
            throw new UnknownRecordException(RECOVERY_RECORD, id);
        }
        return recovery;
    }

    public Page<Recovery> recoveries(PageRequest page) {
        return new FilteredQuery("Recovery", "r").page(em, Recovery.class, page.sort().jpql("r",
                List.of("openedOn", "status", "amountDue", "recovered"), "r.openedOn desc, r.id"), page);
    }

    private FundEntry post(FundEntry entry) {
        em.persist(entry);
        posted.fire(new FundEntryPosted(entry.valueDate(), entry.inflow(), entry.source().name(),
                entry.amount().amount()));
        em.flush();
        audit.record(new AuditEvent(AuditAction.CREATED, ENTRY_RECORD, entry.id().toString(), null,
                Snapshots.of(entry.snapshot())));
        return entry;
    }

    private void lockAccount() {
        em.find(FundAccount.class, FundAccount.THE_ROW, LockModeType.PESSIMISTIC_WRITE);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
