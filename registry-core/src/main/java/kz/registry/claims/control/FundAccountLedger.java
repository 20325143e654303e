package kz.registry.claims.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import kz.registry.audit.AuditAction;
import kz.registry.audit.AuditEvent;
import kz.registry.audit.Snapshots;
import kz.registry.audit.boundary.AuditTrail;
import kz.registry.claims.FundEntryPosted;
import kz.registry.claims.entity.FundAccount;
import kz.registry.claims.entity.FundEntry;
import kz.registry.claims.entity.FundPosition;
import kz.registry.claims.entity.FundSource;
import kz.registry.claims.entity.RegisterStatus;
import kz.registry.money.Money;

/**
 * The fund's account as every boundary that moves money uses it: the account row's lock (taken
 * before a balance check, so the check and the movement it allows are never interleaved with
 * another), where the fund stands, and a movement posted with its event and audit entry.
 */
@Dependent
public class FundAccountLedger {

    /** The audit trail's and the idempotency keys' name for a fund entry. */
    public static final String ENTRY_RECORD = "fund-entry";

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    Event<FundEntryPosted> posted;

    @Inject
    AuditTrail audit;

    public void lockAccount() {
        em.find(FundAccount.class, FundAccount.THE_ROW, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The fund now: inflows by source, payments out, the balance, what open registers hold, what is free. */
    public FundPosition position() {
        Map<FundSource, Money> inflows = new EnumMap<>(FundSource.class);
        Money zero = Money.zero(Money.KZT);
        Money in = zero;
        Money out = zero;
        for (Object[] row : em.createQuery("select e.source, sum(e.amount.amount) from FundEntry e group by e.source",
                Object[].class).getResultList()) {
            FundSource source = (FundSource) row[0];
            Money sum = Money.kzt((BigDecimal) row[1]);
            if (source.isInflow()) {
                inflows.put(source, sum);
                in = in.plus(sum);
            } else {
                out = out.plus(sum);
            }
        }
        BigDecimal open = em.createQuery("select sum(r.total.amount) from PaymentRegister r where r.status = :sent",
                BigDecimal.class).setParameter("sent", RegisterStatus.SENT).getSingleResult();
        Money onRegisters = open == null ? zero : Money.kzt(open);
        Money balance = in.minus(out);
        return new FundPosition(inflows, out, balance, onRegisters, balance.minus(onRegisters));
    }

    public FundEntry post(FundEntry entry) {
        em.persist(entry);
        posted.fire(new FundEntryPosted(entry.valueDate(), entry.inflow(), entry.source().name(),
                entry.amount().amount()));
        em.flush();
        audit.record(new AuditEvent(AuditAction.CREATED, ENTRY_RECORD, entry.id().toString(), null,
                Snapshots.of(entry.snapshot())));
        return entry;
    }
}
