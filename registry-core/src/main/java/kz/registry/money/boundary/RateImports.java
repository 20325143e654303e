package kz.registry.money.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
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
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import kz.registry.audit.AuditAction;
import kz.registry.audit.AuditEvent;
import kz.registry.audit.Snapshots;
import kz.registry.audit.boundary.AuditTrail;
import kz.registry.money.entity.ExchangeRate;
import kz.registry.money.entity.FixedRate;
import kz.registry.money.entity.PublishedRate;
import kz.registry.shared.ConflictException;
import kz.registry.shared.InvalidInputException;
import kz.registry.shared.Roles;
import kz.registry.shared.UnknownRecordException;

/**
 * Finance officers bring official rates in: whole files, all or nothing; corrections of one
 * day's rate, kept beside the rate they correct; named fixed rates. Every import and correction
 * is audited.
 */
@Stateless
@RolesAllowed(Roles.FINANCE_OFFICER)
public class RateImports {

    private static final Logger LOG = Logger.getLogger(RateImports.class.getName());
    static final String IMPORT_RECORD = "rate-import";
    static final String RATE_RECORD = "exchange-rate";
    static final String FIXED_RECORD = "fixed-rate";

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    AuditTrail audit;

    /**
     * Imports a file's rates in one transaction. A rate the registry already has unchanged is
     * left; a new day is added; a different figure for a known day becomes a new revision.
     * Importing the same file again changes nothing.
     */
    public ImportReport importRates(List<PublishedRate> rates, String source) {
        Instant now = clock.instant();
        LocalDate first = rates.stream().map(PublishedRate::date).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = rates.stream().map(PublishedRate::date).max(Comparator.naturalOrder()).orElseThrow();
        Set<String> currencies = rates.stream().map(r -> r.currency().getCurrencyCode()).collect(Collectors.toSet());
        Map<String, ExchangeRate> known = new HashMap<>();
        em.createQuery("select r from ExchangeRate r where r.supersededAt is null and r.currency in :currencies"
                        + " and r.rateDate between :first and :last", ExchangeRate.class)
                .setParameter("currencies", currencies).setParameter("first", first).setParameter("last", last)
                .getResultStream().forEach(rate -> known.put(key(rate.currency(), rate.rateDate()), rate));
        int added = 0;
        int unchanged = 0;
        int corrected = 0;
        for (PublishedRate rate : rates) {
            ExchangeRate current = known.get(key(rate.currency(), rate.date()));
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
        ImportReport report = new ImportReport(UUID.randomUUID(), source, rates.size(),
                (int) rates.stream().map(PublishedRate::date).distinct().count(), currencies.size(), first, last,
                added, unchanged, corrected);
        if (added + corrected > 0) {
            audit.record(new AuditEvent(AuditAction.CREATED, IMPORT_RECORD, report.id().toString(), null,
                    Snapshots.of(report)));
        }
        LOG.info(() -> "Rate import from " + source + ": " + report);
        return report;
    }

    /** Corrects the rate of one currency on one day: a new revision; the one it corrects stays, superseded. */
    public ExchangeRate correct(Currency currency, LocalDate day, BigDecimal rate, int quant, String reason,
                                int expectedRevision) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "a correction must say why");
        }
        ExchangeRate current = em.createQuery("select r from ExchangeRate r where r.currency = :currency"
                        + " and r.rateDate = :day and r.supersededAt is null", ExchangeRate.class)
                .setParameter("currency", currency.getCurrencyCode()).setParameter("day", day)
                .getResultStream().findFirst()
                .orElseThrow(() -> new UnknownRecordException(RATE_RECORD, currency.getCurrencyCode() + "/" + day));
        if (current.revision() != expectedRevision) {
            throw ConflictException.staleVersion(RATE_RECORD, currency.getCurrencyCode() + "/" + day,
                    expectedRevision, current.revision());
        }
        if (rate == null || rate.signum() <= 0 || quant <= 0) {
            throw new InvalidInputException("rate", "the rate and its quant must be above zero");
        }
        String before = Snapshots.of(RateSnapshot.of(current));
        ExchangeRate correction = current.correctedBy(new PublishedRate(day, currency, rate, quant),
                "correction by a finance officer", clock.instant(), reason.strip());
        em.persist(correction);
        em.flush();
        audit.record(new AuditEvent(AuditAction.UPDATED, RATE_RECORD, currency.getCurrencyCode() + "/" + day, before,
                Snapshots.of(RateSnapshot.of(correction))));
        return correction;
    }

    /** Defines one currency's rate in a named fixed set (a report's rate, say). */
    public FixedRate defineFixedRate(String name, Currency currency, BigDecimal kztPerUnit, String description) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidInputException("name", "must be 1 to 100 characters");
        }
        if (kztPerUnit == null || kztPerUnit.signum() <= 0) {
            throw new InvalidInputException("kztPerUnit", "must be above zero");
        }
        if (description == null || description.isBlank()) {
            throw new InvalidInputException("description", "must say where the rate comes from");
        }
        boolean exists = !em.createQuery("select f.id from FixedRate f where f.name = :name and f.currency = :currency")
                .setParameter("name", name.strip()).setParameter("currency", currency.getCurrencyCode())
                .getResultList().isEmpty();
        if (exists) {
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

    private static String key(Currency currency, LocalDate day) {
        return currency.getCurrencyCode() + "/" + day;
    }

    /** What an import did. */
    public record ImportReport(UUID id, String source, int rates, int days, int currencies, LocalDate firstDay,
                               LocalDate lastDay, int added, int unchanged, int corrected) {
    }

    /** A rate as the audit trail keeps it. */
    public record RateSnapshot(String currency, LocalDate day, int revision, String publishedRate, int quant,
                               String kztPerUnit, String source, String reason) {

        static RateSnapshot of(ExchangeRate rate) {
            return new RateSnapshot(rate.currency().getCurrencyCode(), rate.rateDate(), rate.revision(),
                    rate.publishedRate().toPlainString(), rate.quant(), rate.kztPerUnit().toPlainString(),
                    rate.source(), rate.correctionReason().orElse(null));
        }
    }
}
