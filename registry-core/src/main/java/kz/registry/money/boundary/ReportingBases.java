package kz.registry.money.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import kz.registry.audit.AuditAction;
import kz.registry.audit.AuditEvent;
import kz.registry.audit.Snapshots;
import kz.registry.audit.boundary.AuditTrail;
import kz.registry.idempotency.Created;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.boundary.IdempotentRequests;
import kz.registry.money.Basis;
import kz.registry.money.BasisTerms;
import kz.registry.money.PrintedPair;
import kz.registry.money.RateDerivation;
import kz.registry.money.ReportWording;
import kz.registry.money.control.RateLedger;
import kz.registry.money.entity.ReportingBasis;
import kz.registry.shared.BusinessRuleException;
import kz.registry.shared.ConflictException;
import kz.registry.shared.InvalidInputException;
import kz.registry.shared.Roles;
import kz.registry.shared.UnknownRecordException;

/**
 * Reporting bases: finance officers define them (named after the report they serve) and correct
 * them by new revisions; everyone signed in reads them, the current revision or any earlier one.
 * A rate derived from printed pairs is settled once, when the revision is written, with the
 * interval the pairs allow and why this rate was chosen.
 */
@Stateless
@RolesAllowed({Roles.FINANCE_OFFICER, Roles.COURT_CLERK, Roles.AUDITOR, Roles.ADMINISTRATOR})
public class ReportingBases {

    public static final String RECORD_TYPE = "reporting-basis";
    /** The words {@code basis=} already means; no reporting basis may take them. */
    public static final Set<String> BUILT_IN_BASES = Set.of("value-date", "year-average", "fixed");

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @EJB
    IdempotentRequests idempotency;

    @EJB
    AuditTrail audit;

    @Inject
    RateLedger ledger;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** The rate the terms give, and why, without writing anything: what a definition would settle. */
    public Settled settle(BasisTerms terms) {
        if (terms.pairs().isEmpty()) {
            return new Settled(terms.kztPerUnit(), null, "stated directly");
        }
        if (terms.kztPerUnit() == null) {
            RateDerivation.Derived derived = RateDerivation.derive(terms.pairs(), terms.rounding());
            return new Settled(derived.kztPerUnit(), derived, derived.choice());
        }
        List<PrintedPair> wrong = RateDerivation.notReproduced(terms.pairs(), terms.rounding(), terms.kztPerUnit());
        if (!wrong.isEmpty()) {
            throw new BusinessRuleException("The rate " + terms.kztPerUnit().toPlainString() + " does not reproduce "
                    + wrong.stream().map(PrintedPair::describe).toList() + " " + terms.rounding().describe()
                    + ": leave kztPerUnit out to derive the rate from the pairs, or check the figures.");
        }
        RateDerivation.Derived derived = RateDerivation.derive(terms.pairs(), terms.rounding());
        return new Settled(terms.kztPerUnit(), derived, "stated directly, and reproduces every one of the "
                + terms.pairs().size() + " printed pairs");
    }

    /** The rate settled from a basis's terms: {@code derived} null when it was stated with no pairs. */
    public record Settled(java.math.BigDecimal kztPerUnit, RateDerivation.Derived derived, String choice) {
    }

    @RolesAllowed(Roles.FINANCE_OFFICER)
    public Created<ReportingBasis> define(RequestKey key, String name, BasisTerms terms) {
        return idempotency.once(key, RECORD_TYPE, () -> defined(checkedName(name), terms), ReportingBasis::name,
                known -> current(known));
    }

    private ReportingBasis defined(String name, BasisTerms terms) {
        if (find(name, null).isPresent()) {
            throw new ConflictException("The reporting basis '" + name + "' exists: correct it with a new revision"
                    + " (POST /api/reporting-bases/" + name + "/revisions)");
        }
        ReportingBasis basis = written(name, 1, terms, null);
        audit.record(new AuditEvent(AuditAction.CREATED, RECORD_TYPE, name, null, Snapshots.of(snapshot(basis))));
        return basis;
    }

    /**
     * Corrects a basis: a new revision from new terms, provided the caller saw the current one;
     * the current one stays, superseded.
     */
    @RolesAllowed(Roles.FINANCE_OFFICER)
    public ReportingBasis revise(String name, int expectedRevision, BasisTerms terms, String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new InvalidInputException("reason", "a revision must say why (1 to 500 characters)");
        }
        ReportingBasis current = em.createQuery("select b from ReportingBasis b where b.name = :name"
                        + " and b.supersededAt is null", ReportingBasis.class).setParameter("name", name)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownRecordException(RECORD_TYPE, name));
        if (current.revision() != expectedRevision) {
            throw ConflictException.staleVersion(RECORD_TYPE, name, expectedRevision, current.revision());
        }
        current.supersede(clock.instant());
        em.flush();
        ReportingBasis revised = written(name, current.revision() + 1, terms, reason.strip());
        audit.record(new AuditEvent(AuditAction.UPDATED, RECORD_TYPE, name, Snapshots.of(snapshot(current)),
                Snapshots.of(snapshot(revised))));
        return revised;
    }

    private ReportingBasis written(String name, int revision, BasisTerms terms, String reason) {
        Settled settled = settle(terms);
        ReportingBasis basis = new ReportingBasis(name, revision, terms, settled.kztPerUnit(), settled.derived(),
                settled.choice(), reason, clock.instant(), session.getCallerPrincipal().getName());
        em.persist(basis);
        em.flush();
        return basis;
    }

    /** The current revisions, by name. */
    public List<ReportingBasis> current() {
        return em.createQuery("select b from ReportingBasis b where b.supersededAt is null order by b.name",
                ReportingBasis.class).getResultList();
    }

    /** A basis's current revision. */
    public ReportingBasis current(String name) {
        return find(name, null).orElseThrow(() -> new UnknownRecordException(RECORD_TYPE, name));
    }

    /** Every revision of a basis, the first first. */
    public List<ReportingBasis> revisions(String name) {
        List<ReportingBasis> revisions = em.createQuery("select b from ReportingBasis b where b.name = :name"
                + " order by b.revision", ReportingBasis.class).setParameter("name", name).getResultList();
        if (revisions.isEmpty()) {
            throw new UnknownRecordException(RECORD_TYPE, name);
        }
        return revisions;
    }

    /** One revision of a basis (null: the current one), if there is one. */
    public Optional<ReportingBasis> find(String name, Integer revision) {
        return ledger.reportingBasis(name, revision);
    }

    /**
     * How a report on this basis words its figures: the basis's own wording, or the US TIP report
     * 2018's when there is no such basis (the conversion then says what is missing).
     */
    public ReportWording wording(Basis.Reporting basis) {
        return find(basis.name(), basis.revision()).map(ReportingBasis::wording).orElse(ReportWording.TIP_DEFAULT);
    }

    private static String checkedName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > 100) {
            throw new InvalidInputException("name", "1 to 100 characters, named after the report (\"US TIP 2018\")");
        }
        if (stripped.chars().anyMatch(c -> "/?#%\\;".indexOf(c) >= 0 || Character.isISOControl(c))) {
            throw new InvalidInputException("name", "letters, digits, spaces and . - ( ) only: the name goes in addresses");
        }
        if (BUILT_IN_BASES.contains(stripped.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("name", "'" + stripped + "' already names a basis of its own: choose"
                    + " another name");
        }
        return stripped;
    }

    /** A revision as the audit trail keeps it. */
    public record Snapshot(String name, int revision, String currency, String kztPerUnit, String rateChoice, String pairs,
                    String rounding, String wording, String description, String reason) {
    }

    private static Snapshot snapshot(ReportingBasis basis) {
        return new Snapshot(basis.name(), basis.revision(), basis.currency().getCurrencyCode(),
                basis.kztPerUnit().toPlainString(), basis.rateChoice(),
                basis.pairs().stream().map(PrintedPair::describe).toList().toString(), basis.rounding().describe(),
                basis.wording().toString(), basis.description(), basis.reason().orElse(null));
    }
}
