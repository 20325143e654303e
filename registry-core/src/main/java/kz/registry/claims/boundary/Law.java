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
import java.util.List;
import java.util.UUID;
import kz.registry.audit.AuditAction;
import kz.registry.audit.AuditEvent;
import kz.registry.audit.Snapshots;
import kz.registry.audit.boundary.AuditTrail;
import kz.registry.claims.control.CompensationAmounts;
import kz.registry.claims.entity.CategoryTerms;
import kz.registry.claims.entity.CompensationAmount;
import kz.registry.claims.entity.CompensationCategory;
import kz.registry.claims.entity.MciPolicy;
import kz.registry.claims.entity.MciValue;
import kz.registry.idempotency.Created;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.boundary.IdempotentRequests;
import kz.registry.money.Money;
import kz.registry.shared.ConflictException;
import kz.registry.shared.Roles;

/**
 * The victims compensation law as data: everyone reads the MCI table and the categories and
 * computes a category's amount on a day; administrators change them by dated acts (a new MCI
 * value, a new version of a category), never by editing, and every act is audited.
 */
@Stateless
@RolesAllowed({Roles.FINANCE_OFFICER, Roles.COURT_CLERK, Roles.AUDITOR, Roles.ADMINISTRATOR})
public class Law {

    public static final String MCI_RECORD = "mci-value";
    public static final String CATEGORY_RECORD = "compensation-category";

    @EJB
    IdempotentRequests idempotency;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public List<MciValue> mciTable() {
        return em.createQuery("select m from MciValue m order by m.validFrom, m.purpose", MciValue.class).getResultList();
    }

    /** Every version of every category, by code and date. */
    public List<CompensationCategory> categoryVersions() {
        return em.createQuery("select c from CompensationCategory c order by c.code, c.validFrom",
                CompensationCategory.class).getResultList();
    }

    /** The versions in force on a day, one per category. */
    public List<CompensationCategory> categoriesOn(LocalDate day) {
        List<CompensationCategory> versions = categoryVersions();
        return versions.stream().map(CompensationCategory::code).distinct()
                .flatMap(code -> versions.stream().filter(v -> v.code().equals(code) && !v.validFrom().isAfter(day))
                        .max(java.util.Comparator.comparing(CompensationCategory::validFrom)).stream())
                .toList();
    }

    public MciPolicy policy() {
        return MciPolicy.configured();
    }

    /** What a category grants on a day, with the MCI of the configured purpose. */
    public CompensationAmount amount(String categoryCode, LocalDate day) {
        CompensationCategory category = CompensationAmounts.categoryOn(categoryVersions(), categoryCode, day);
        MciValue mci = CompensationAmounts.mciOn(mciTable(), policy().purpose(), day);
        return CompensationAmounts.amount(category, mci, day);
    }

    /** An administrator records a budget law's MCI value from a date. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public Created<MciValue> recordMci(RequestKey key, String purpose, LocalDate validFrom, Money amount, String source) {
        return idempotency.once(key, MCI_RECORD, () -> newMci(purpose, validFrom, amount, source), MciValue::id,
                id -> em.find(MciValue.class, UUID.fromString(id)));
    }

    private MciValue newMci(String purpose, LocalDate validFrom, Money amount, String source) {
        MciValue value = new MciValue(purpose, validFrom, amount, source, clock.instant(), caller());
        boolean taken = !em.createQuery("select m from MciValue m where m.purpose = :purpose and m.validFrom = :from",
                        MciValue.class)
                .setParameter("purpose", value.purpose()).setParameter("from", value.validFrom()).getResultList().isEmpty();
        if (taken) {
            throw new ConflictException("There is already an MCI value for " + value.purpose() + " from "
                    + value.validFrom() + ": values are never overwritten; record a later one.");
        }
        em.persist(value);
        em.flush();
        audit.record(new AuditEvent(AuditAction.CREATED, MCI_RECORD, value.id().toString(), null,
                Snapshots.of(value.snapshot())));
        return value;
    }

    /**
     * An administrator records a category's new version from a date (or a new category), named in
     * English and, where given, in Russian and Kazakh.
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public Created<CompensationCategory> recordCategory(RequestKey key, CategoryTerms terms) {
        return idempotency.once(key, CATEGORY_RECORD, () -> newCategory(terms), CompensationCategory::id,
                id -> em.find(CompensationCategory.class, UUID.fromString(id)));
    }

    private CompensationCategory newCategory(CategoryTerms terms) {
        CompensationCategory version = new CompensationCategory(terms.code(), terms.name(), terms.nameRu(),
                terms.nameKk(), terms.mciMultiple(), terms.articles(), terms.validFrom(), terms.unverified(),
                clock.instant(), caller());
        boolean taken = categoryVersions().stream()
                .anyMatch(v -> v.code().equals(version.code()) && v.validFrom().equals(version.validFrom()));
        if (taken) {
            throw new ConflictException("Category '" + version.code() + "' already has a version from "
                    + version.validFrom() + ": record a later one.");
        }
        em.persist(version);
        em.flush();
        audit.record(new AuditEvent(AuditAction.CREATED, CATEGORY_RECORD, version.id().toString(), null,
                Snapshots.of(version.snapshot())));
        return version;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
