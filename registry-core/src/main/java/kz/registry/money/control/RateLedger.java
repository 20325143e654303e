package kz.registry.money.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import kz.registry.audit.AuditAction;
import kz.registry.audit.AuditEvent;
import kz.registry.audit.Snapshots;
import kz.registry.audit.boundary.AuditTrail;
import kz.registry.money.RateImportReport;
import kz.registry.money.entity.ExchangeRate;
import kz.registry.money.entity.FixedRate;
import kz.registry.money.entity.PublishedRate;
import kz.registry.money.entity.ReportingBasis;
import kz.registry.shared.ConflictException;
import kz.registry.shared.InvalidInputException;
import kz.registry.shared.UnknownRecordException;

/**
 * Records a file's rates, in the caller's transaction: new days added, known days left as they
 * are, a different figure for a known day kept as a new revision. The boundary calls it for a
 * finance officer's upload, the directory import for the operator's files.
 */
@Dependent
public class RateLedger {

    private static final Logger LOG = Logger.getLogger(RateLedger.class.getName());
    public static final String IMPORT_RECORD = "rate-import";
    public static final String FIXED_RECORD = "fixed-rate";

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    AuditTrail audit;

    /** Told after each year of a file is recorded: how many of its rates are done. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total, year) -> { };

        void recorded(int done, int total, int year);
    }

    public RateImportReport importRates(List<PublishedRate> rates, String source, Progress progress) {
        Instant now = clock.instant();
        LocalDate first = rates.stream().map(PublishedRate::date).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = rates.stream().map(PublishedRate::date).max(Comparator.naturalOrder()).orElseThrow();
        Set<String> currencies = rates.stream().map(r -> r.currency().getCurrencyCode()).collect(Collectors.toSet());
        Map<String, ExchangeRate> known = new HashMap<>();
        em.createQuery("select r from ExchangeRate r where r.supersededAt is null and r.currency in :currencies"
                        + " and r.rateDate between :first and :last", ExchangeRate.class)
                .setParameter("currencies", currencies).setParameter("first", first).setParameter("last", last)
                .getResultStream().forEach(rate -> known.put(key(rate.currency().getCurrencyCode(), rate.rateDate()), rate));
        Map<Integer, List<PublishedRate>> byYear = new TreeMap<>(rates.stream()
                .collect(Collectors.groupingBy(rate -> rate.date().getYear())));
        int added = 0;
        int unchanged = 0;
        int corrected = 0;
        for (var year : byYear.entrySet()) {
            for (PublishedRate rate : year.getValue()) {
                ExchangeRate current = known.get(key(rate.currency().getCurrencyCode(), rate.date()));
                if (current == null) {
                    em.persist(ExchangeRate.first(rate, source, now));
                    added++;
                } else if (current.says(rate)) {
                    unchanged++;
                } else {
                    em.persist(current.correctedBy(rate, source, now, "a later import stated another figure"));
                    corrected++;
                }
            }
            em.flush();
            progress.recorded(added + unchanged + corrected, rates.size(), year.getKey());
        }
        RateImportReport report = new RateImportReport(UUID.randomUUID(), source, rates.size(),
                (int) rates.stream().map(PublishedRate::date).distinct().count(), currencies.size(), first, last,
                added, unchanged, corrected);
        if (added + corrected > 0) {
            audit.record(new AuditEvent(AuditAction.CREATED, IMPORT_RECORD, report.id().toString(), null,
                    Snapshots.of(report)));
        }
        LOG.info(() -> "Rate import from " + source + ": " + report);
        return report;
    }

    /** One currency's rate in a named fixed set; refused when the set already has that currency. */
    public FixedRate defineFixedRate(String name, Currency currency, BigDecimal kztPerUnit, String description) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new InvalidInputException("name", "must be 1 to 100 characters");
        }
        if (kztPerUnit == null || kztPerUnit.signum() <= 0) {
            throw new InvalidInputException("kztPerUnit", "must be above zero");
        }
        if (description == null || description.isBlank()) {
            throw new InvalidInputException("description", "must say where the rate comes from");
        }
        if (fixedRate(name.strip(), currency).isPresent()) {
            throw new ConflictException("The fixed rate '" + name.strip() + "' already has a rate for "
                    + currency.getCurrencyCode() + ".");
        }
        FixedRate fixed = new FixedRate(name.strip(), currency, kztPerUnit, description.strip(), clock.instant());
        em.persist(fixed);
        audit.record(new AuditEvent(AuditAction.CREATED, FIXED_RECORD, fixed.id().toString(), null,
                Snapshots.of(Map.of("name", fixed.name(), "currency", currency.getCurrencyCode(),
                        "kztPerUnit", kztPerUnit.toPlainString(), "description", fixed.description()))));
        return fixed;
    }

    /** The current revision of one currency's rate in a named fixed set. */
    public Optional<FixedRate> fixedRate(String name, Currency currency) {
        return fixedRate(name, currency, null);
    }

    /** One revision (null: the current one) of one currency's rate in a named fixed set. */
    public Optional<FixedRate> fixedRate(String name, Currency currency, Integer revision) {
        var query = em.createQuery("select f from FixedRate f where f.name = :name and f.currency = :currency and "
                        + (revision == null ? "f.supersededAt is null" : "f.revision = :revision"), FixedRate.class)
                .setParameter("name", name).setParameter("currency", currency.getCurrencyCode());
        if (revision != null) {
            query.setParameter("revision", revision);
        }
        return query.getResultStream().findFirst();
    }

    /**
     * Corrects one currency's rate in a named fixed set: a new revision, provided the caller saw the
     * current one; the current one stays, superseded.
     */
    public FixedRate correctFixedRate(String name, Currency currency, BigDecimal kztPerUnit, String reason,
                                      int expectedRevision) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new InvalidInputException("reason", "a correction must say why (1 to 500 characters)");
        }
        if (kztPerUnit == null || kztPerUnit.signum() <= 0) {
            throw new InvalidInputException("kztPerUnit", "must be above zero");
        }
        FixedRate current = em.createQuery("select f from FixedRate f where f.name = :name and f.currency = :currency"
                        + " and f.supersededAt is null", FixedRate.class)
                .setParameter("name", name).setParameter("currency", currency.getCurrencyCode())
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownRecordException(FIXED_RECORD, name + "/" + currency.getCurrencyCode()));
        if (current.revision() != expectedRevision) {
            throw ConflictException.staleVersion(FIXED_RECORD, name + "/" + currency.getCurrencyCode(),
                    expectedRevision, current.revision());
        }
        FixedRate correction = current.correctedBy(kztPerUnit, reason.strip(), clock.instant());
        em.flush();
        em.persist(correction);
        em.flush();
        audit.record(new AuditEvent(AuditAction.UPDATED, FIXED_RECORD, name + "/" + currency.getCurrencyCode(),
                Snapshots.of(fixedSnapshot(current)), Snapshots.of(fixedSnapshot(correction))));
        return correction;
    }

    /** One revision (null: the current one) of a reporting basis. */
    public Optional<ReportingBasis> reportingBasis(String name, Integer revision) {
        var query = em.createQuery("select b from ReportingBasis b where b.name = :name and "
                + (revision == null ? "b.supersededAt is null" : "b.revision = :revision"), ReportingBasis.class)
                .setParameter("name", name);
        if (revision != null) {
            query.setParameter("revision", revision);
        }
        return query.getResultStream().findFirst();
    }

    /** Every reporting basis's name, for a message that says which there are. */
    public List<String> reportingBasisNames() {
        return em.createQuery("select distinct b.name from ReportingBasis b order by b.name", String.class).getResultList();
    }

    /** Every revision of one currency's rate in a named fixed set, the first first. */
    public List<FixedRate> fixedRateRevisions(String name, Currency currency) {
        List<FixedRate> revisions = em.createQuery("select f from FixedRate f where f.name = :name"
                        + " and f.currency = :currency order by f.revision", FixedRate.class)
                .setParameter("name", name).setParameter("currency", currency.getCurrencyCode()).getResultList();
        if (revisions.isEmpty()) {
            throw new UnknownRecordException(FIXED_RECORD, name + "/" + currency.getCurrencyCode());
        }
        return revisions;
    }

    private static Map<String, Object> fixedSnapshot(FixedRate rate) {
        Map<String, Object> snapshot = new java.util.LinkedHashMap<>();
        snapshot.put("name", rate.name());
        snapshot.put("currency", rate.currency().getCurrencyCode());
        snapshot.put("revision", rate.revision());
        snapshot.put("kztPerUnit", rate.kztPerUnit().toPlainString());
        snapshot.put("description", rate.description());
        rate.reason().ifPresent(reason -> snapshot.put("reason", reason));
        return snapshot;
    }

    private static String key(String currency, LocalDate day) {
        return currency + "/" + day;
    }
}
