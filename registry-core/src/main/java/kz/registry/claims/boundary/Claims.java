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
import java.util.Optional;
import java.util.UUID;
import kz.registry.audit.Snapshots;
import kz.registry.claims.control.ClaimHistory;
import kz.registry.claims.control.CompensationAmounts;
import kz.registry.claims.entity.ClaimFiling;
import kz.registry.claims.entity.ClaimFilter;
import kz.registry.claims.entity.ClaimMove;
import kz.registry.claims.entity.ClaimStatus;
import kz.registry.claims.entity.CompensationAmount;
import kz.registry.claims.entity.CompensationCategory;
import kz.registry.claims.entity.CompensationClaim;
import kz.registry.claims.entity.MciPolicy;
import kz.registry.idempotency.RequestKey;
import kz.registry.idempotency.boundary.IdempotentRequests;
import kz.registry.proceedings.ProceedingFacts;
import kz.registry.proceedings.VictimFacts;
import kz.registry.proceedings.boundary.Proceedings;
import kz.registry.proceedings.boundary.Victims;
import kz.registry.shared.BusinessRuleException;
import kz.registry.shared.ConflictException;
import kz.registry.shared.FilteredQuery;
import kz.registry.shared.Page;
import kz.registry.shared.PageRequest;
import kz.registry.shared.Roles;
import kz.registry.shared.Sort;
import kz.registry.shared.UnknownRecordException;

/**
 * Compensation claims: court clerks file them and decide them along the claim's life; auditors
 * read them. Foreign victims are eligible exactly like Kazakhstani ones: citizenship is never a
 * condition. Every filing and move is audited.
 */
@Stateless
@RolesAllowed({Roles.COURT_CLERK, Roles.AUDITOR})
public class Claims {

    public static final String RECORD_TYPE = ClaimHistory.RECORD_TYPE;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @EJB
    IdempotentRequests idempotency;

    @EJB
    Proceedings proceedings;

    @EJB
    Victims victims;

    @EJB
    Law law;

    @Inject
    ClaimHistory history;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public record Filed(CompensationClaim claim, boolean replayed) {
    }

    /**
     * Files a claim after the law's checks: the victim is recognised in the proceeding, within 3
     * years of that (or a court restored the deadline), the category exists and covers an article
     * of the proceeding, and there is no other claim for the same victim, proceeding and harm.
     */
    @RolesAllowed(Roles.COURT_CLERK)
    public Filed file(RequestKey key, ClaimFiling filing) {
        Optional<UUID> earlier = idempotency.earlierResult(key, RECORD_TYPE).map(UUID::fromString);
        if (earlier.isPresent()) {
            return new Filed(get(earlier.get()), true);
        }
        VictimFacts victim = victims.facts(filing.victimId());
        ProceedingFacts proceeding = proceedings.facts(filing.proceedingId());
        LocalDate recognisedOn = victim.recognisedIn(proceeding.id()).orElseThrow(() -> new BusinessRuleException(
                "Victim " + victim.code() + " is not recognised as a victim in proceeding "
                        + proceeding.registrationNumber() + ": record the resolution first."));
        CompensationCategory category = CompensationAmounts.categoryOn(law.categoryVersions(), filing.category(),
                filing.filedOn());
        if (!proceeding.articles().stream().anyMatch(category::covers)) {
            throw new BusinessRuleException("Proceeding " + proceeding.registrationNumber() + " is under article(s) "
                    + proceeding.articles() + "; category '" + category.code() + "' covers " + category.articles()
                    + ".");
        }
        em.createQuery("select c from CompensationClaim c where c.victimId = :victim and c.proceedingId = :proceeding"
                        + " and c.category = :category", CompensationClaim.class)
                .setParameter("victim", victim.id()).setParameter("proceeding", proceeding.id())
                .setParameter("category", category.code()).getResultStream().findFirst()
                .ifPresent(existing -> {
                    throw new ConflictException("Victim " + victim.code() + " already claims '" + category.code()
                            + "' in proceeding " + proceeding.registrationNumber() + ": claim " + existing.code() + ".");
                });
        CompensationClaim claim = new CompensationClaim(filing, recognisedOn, clock.instant());
        em.persist(claim);
        em.flush(); // the claim before its first move: the two are not related in the mapping
        history.moved(claim, null, filing.filedOn(), null, null, caller());
        idempotency.remember(key, RECORD_TYPE, claim.id().toString());
        return new Filed(claim, false);
    }

    /**
     * A clerk's decision on a claim the clerk saw at {@code expectedVersion}. An approval fixes the
     * amount the law grants on the decision day (the policy's day).
     */
    @RolesAllowed(Roles.COURT_CLERK)
    public CompensationClaim decide(UUID id, long expectedVersion, ClaimStatus to, LocalDate on, String reason) {
        CompensationClaim claim = get(id);
        if (claim.version() != expectedVersion) {
            throw ConflictException.staleVersion(RECORD_TYPE, id, expectedVersion, claim.version());
        }
        String before = Snapshots.of(claim.snapshot());
        CompensationAmount granted = to == ClaimStatus.APPROVED ? law.amount(claim.category(), on) : null;
        ClaimStatus from = claim.decide(to, on, reason, granted);
        history.moved(claim, from, on, reason, before, caller());
        return claim;
    }

    public CompensationClaim get(UUID id) {
        CompensationClaim claim = em.find(CompensationClaim.class, id);
        if (claim == null) {
            throw new UnknownRecordException(RECORD_TYPE, id);
        }
        return claim;
    }

    public List<ClaimMove> history(UUID id) {
        get(id);
        return em.createQuery("select m from ClaimMove m where m.claimId = :claim order by m.at, m.on", ClaimMove.class)
                .setParameter("claim", id).getResultList();
    }

    public Page<CompensationClaim> list(ClaimFilter filter, PageRequest page) {
        FilteredQuery query = new FilteredQuery("CompensationClaim", "c");
        if (filter.status() != null) {
            query.and("c.status = :status", "status", filter.status());
        }
        if (filter.category() != null) {
            query.and("c.category = :category", "category", filter.category());
        }
        if (filter.victimId() != null) {
            query.and("c.victimId = :victim", "victim", filter.victimId());
        }
        if (filter.proceedingId() != null) {
            query.and("c.proceedingId = :proceeding", "proceeding", filter.proceedingId());
        }
        query.containing(filter.words(), "code");
        query.between("filedOn", filter.filed().first(), filter.filed().last());
        return query.page(em, CompensationClaim.class, page.sort().jpql("c",
                Sort.paths("filedOn", "filedOn", "code", "code", "status", "status", "category", "category",
                        "decidedOn", "decidedOn", "paidOn", "paidOn", "amount", "amount.amount"), "c.filedOn, c.code"), page);
    }

    /** Which day's MCI a claim uses, and of which purpose. */
    public MciPolicy policy() {
        return law.policy();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
