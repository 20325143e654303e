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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.registry.audit.AuditAction;
import kz.registry.audit.AuditEvent;
import kz.registry.audit.Snapshots;
import kz.registry.audit.boundary.AuditTrail;
import kz.registry.claims.control.ClaimHistory;
import kz.registry.claims.control.FundAccountLedger;
import kz.registry.claims.entity.ClaimStatus;
import kz.registry.claims.entity.CompensationClaim;
import kz.registry.claims.entity.FundEntry;
import kz.registry.claims.entity.FundPosition;
import kz.registry.claims.entity.FundSource;
import kz.registry.claims.entity.MciPolicy;
import kz.registry.claims.entity.PaymentRegister;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.boundary.IdempotentRequests;
import kz.registry.money.Money;
import kz.registry.shared.BusinessRuleException;
import kz.registry.shared.ConflictException;
import kz.registry.shared.FilteredQuery;
import kz.registry.shared.InvalidInputException;
import kz.registry.shared.Page;
import kz.registry.shared.PageRequest;
import kz.registry.shared.Roles;
import kz.registry.shared.Sort;
import kz.registry.shared.UnknownRecordException;

/**
 * Payment registers: approved claims gathered for the treasury (refused when the fund cannot
 * cover them), and their payment, which pays the claims out of the fund.
 */
@Stateless
@RolesAllowed({Roles.COURT_CLERK, Roles.AUDITOR})
public class PaymentRegisters {

    public static final String REGISTER_RECORD = "payment-register";

    @EJB
    IdempotentRequests idempotency;

    @EJB
    Claims claims;

    @EJB
    Law law;

    @Inject
    ClaimHistory history;

    @Inject
    AuditTrail audit;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    FundAccountLedger account;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

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
        account.lockAccount();
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
        FundPosition fund = account.position();
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
            ClaimStatus from = claim.placeOn(register.id(), on);
            history.moved(claim, from, on, "register " + register.number(), before, caller());
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
        account.lockAccount();
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
        Money balance = account.position().balance();
        Money paidTotal = Money.zero(Money.KZT);
        for (CompensationClaim claim : claimsOn(registerId)) {
            String before = Snapshots.of(claim.snapshot());
            ClaimStatus from = claim.paid(paidOn, onPaymentDay ? law.amount(claim.category(), paidOn) : null);
            Money amount = claim.amount().orElseThrow();
            if (amount.compareTo(balance) > 0) {
                throw new BusinessRuleException("The fund's balance " + balance + " cannot pay claim " + claim.code()
                        + " (" + amount + ").");
            }
            balance = balance.minus(amount);
            paidTotal = paidTotal.plus(amount);
            account.post(new FundEntry(FundSource.VICTIM_PAYMENT, amount, paidOn, "claim " + claim.code(), registerId, null,
                    clock.instant(), caller()));
            history.moved(claim, from, paidOn, "register " + register.number() + " paid", before,
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

    public Page<PaymentRegister> list(PageRequest page) {
        return new FilteredQuery("PaymentRegister", "r").page(em, PaymentRegister.class, page.sort().jpql("r",
                Sort.paths("createdOn", "createdOn", "number", "number", "status", "status", "total", "total.amount",
                        "paidOn", "paidOn"), "r.createdOn desc, r.number"),
                page);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
