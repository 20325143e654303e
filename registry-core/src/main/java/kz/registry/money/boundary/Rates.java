package kz.registry.money.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import kz.registry.money.Basis;
import kz.registry.money.Money;
import kz.registry.money.RateFound;
import kz.registry.money.RateUsed;
import kz.registry.money.control.CrossRates;
import kz.registry.money.control.RateLedger;
import kz.registry.money.entity.ExchangeRate;
import kz.registry.money.entity.FixedRate;
import kz.registry.money.entity.ReportingBasis;
import kz.registry.shared.Configuration;
import kz.registry.shared.Page;
import kz.registry.shared.PageRequest;
import kz.registry.shared.Roles;

/**
 * The rate registry as everyone signed in reads it: the rate in force on a day, a year's
 * average, named fixed rates, the history of a day's revisions. A missing rate is an error that
 * names the currency and the day, never a zero or a guess.
 */
@Stateless
@RolesAllowed({Roles.FINANCE_OFFICER, Roles.COURT_CLERK, Roles.AUDITOR, Roles.ADMINISTRATOR})
public class Rates {

    /** How many days a published rate may cover at most (weekends, holidays); older is missing. */
    public static final String MAX_AGE_DAYS = "registry.rates.max-age-days";
    static final String KZT = Money.KZT.getCurrencyCode();
    static final String SOURCE_NBK = "National Bank of Kazakhstan";

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    RateLedger ledger;

    /**
     * The rate a basis gives a currency, or why it gives none: never an exception, so a report
     * that meets a missing rate keeps its transaction ({@link kz.registry.money.Restatement} says it).
     */
    public RateFound find(Currency currency, Basis basis) {
        if (currency.getCurrencyCode().equals(KZT)) {
            return RateFound.of(RateUsed.tenge());
        }
        return switch (basis) {
            case Basis.ValueDate day -> findOnDay(currency, day.day());
            case Basis.YearAverage year -> findYearAverage(currency, year.year());
            case Basis.Fixed fixed -> findFixed(fixed, currency);
            case Basis.Reporting reporting -> findReporting(reporting, currency);
        };
    }

    /** The official rate in force on a day: the last published on or before it, within the age limit. */
    public RateUsed onDay(Currency currency, LocalDate day) {
        return find(currency, new Basis.ValueDate(day)).orRefuse();
    }

    private RateFound findOnDay(Currency currency, LocalDate day) {
        List<ExchangeRate> latest = em.createQuery("select r from ExchangeRate r where r.currency = :currency"
                        + " and r.rateDate <= :day and r.supersededAt is null order by r.rateDate desc", ExchangeRate.class)
                .setParameter("currency", currency.getCurrencyCode()).setParameter("day", day)
                .setMaxResults(1).getResultList();
        int maxAge = Configuration.integer(MAX_AGE_DAYS, 10);
        if (latest.isEmpty()) {
            return RateFound.none("No official rate of " + currency.getCurrencyCode() + " on or before "
                    + day + ": import the National Bank's rates for that day first.");
        }
        ExchangeRate rate = latest.get(0);
        if (rate.rateDate().plusDays(maxAge).isBefore(day)) {
            return RateFound.none("No official rate of " + currency.getCurrencyCode() + " for " + day
                    + ": the last one, of " + rate.rateDate() + ", is more than " + maxAge
                    + " days older (" + MAX_AGE_DAYS + "). Import the rates of the days between.");
        }
        String what = rate.rateDate().equals(day) ? "official rate of " + day
                : "official rate of " + rate.rateDate() + ", in force on " + day;
        return RateFound.of(new RateUsed(currency.getCurrencyCode(), rate.kztPerUnit(), what, rate.rateDate(),
                rate.publishedRate(), rate.quant(), rate.source(), rate.revision(), null));
    }

    /** The mean of the official rates published in a calendar year. */
    public RateUsed yearAverage(Currency currency, int year) {
        return find(currency, new Basis.YearAverage(year)).orRefuse();
    }

    private RateFound findYearAverage(Currency currency, int year) {
        List<BigDecimal> rates = em.createQuery("select r.kztPerUnit from ExchangeRate r where r.currency = :currency"
                        + " and r.rateDate between :first and :last and r.supersededAt is null", BigDecimal.class)
                .setParameter("currency", currency.getCurrencyCode())
                .setParameter("first", LocalDate.of(year, 1, 1)).setParameter("last", LocalDate.of(year, 12, 31))
                .getResultList();
        if (rates.isEmpty()) {
            return RateFound.none("No official rate of " + currency.getCurrencyCode() + " in " + year
                    + ": a year's average needs the year's rates.");
        }
        return RateFound.of(new RateUsed(currency.getCurrencyCode(), CrossRates.mean(rates),
                "average of the official rates of " + year, null, null, null, SOURCE_NBK, null, rates.size()));
    }

    /** The rate a named fixed set gives a currency. */
    public RateUsed fixed(String name, Currency currency) {
        return find(currency, new Basis.Fixed(name)).orRefuse();
    }

    private RateFound findFixed(Basis.Fixed asked, Currency currency) {
        String name = asked.name();
        return ledger.fixedRate(name, currency, asked.revision())
                .map(f -> RateFound.of(new RateUsed(f.currency().getCurrencyCode(), f.kztPerUnit(),
                        "fixed rate '" + f.name() + "', revision " + f.revision(), null, null, null, f.description(),
                        f.revision(), null)))
                .orElseGet(() -> {
                    List<String> names = fixedRateNames();
                    return RateFound.none(names.contains(name)
                            ? "The fixed rate '" + name + "' has no rate for " + currency.getCurrencyCode()
                                    + (asked.revision() == null ? "" : " in revision " + asked.revision()) + "."
                            : "There is no fixed rate named '" + name + "'; the fixed rates are "
                                    + (names.isEmpty() ? "none yet" : String.join(", ", names)) + " (GET /api/rates/fixed).");
                });
    }

    /**
     * The rate a reporting basis gives its currency, with the basis's revision and how it prints
     * converted figures; none for another currency.
     */
    private RateFound findReporting(Basis.Reporting asked, Currency currency) {
        Optional<ReportingBasis> found = ledger.reportingBasis(asked.name(), asked.revision());
        if (found.isEmpty()) {
            List<String> names = ledger.reportingBasisNames();
            return RateFound.none(names.contains(asked.name())
                    ? "The reporting basis '" + asked.name() + "' has no revision " + asked.revision()
                            + " (GET /api/reporting-bases/" + asked.name() + "/revisions)."
                    : "There is no reporting basis named '" + asked.name() + "'; the reporting bases are "
                            + (names.isEmpty() ? "none yet" : String.join(", ", names))
                            + " (GET /api/reporting-bases), and basis also takes value-date, year-average and fixed.");
        }
        ReportingBasis basis = found.get();
        if (!basis.currency().equals(currency)) {
            return RateFound.none("The reporting basis '" + basis.name() + "' converts into "
                    + basis.currency().getCurrencyCode() + " only, not " + currency.getCurrencyCode() + ".");
        }
        return RateFound.of(new RateUsed(currency.getCurrencyCode(), basis.kztPerUnit(), "reporting basis '"
                + basis.name() + "', revision " + basis.revision() + ": " + basis.rateChoice(), null, null, null,
                basis.description(), basis.revision(), null), basis.rounding());
    }

    private List<String> fixedRateNames() {
        return em.createQuery("select distinct f.name from FixedRate f order by f.name", String.class).getResultList();
    }

    /** Every revision of one currency's rate in a named fixed set, the first first. */
    public List<FixedRate> fixedRateRevisions(String name, Currency currency) {
        return ledger.fixedRateRevisions(name, currency);
    }

    /** The fixed rates in force: each set's current revision per currency. */
    public List<FixedRate> fixedRates() {
        return em.createQuery("select f from FixedRate f where f.supersededAt is null order by f.name, f.currency",
                FixedRate.class).getResultList();
    }

    /** The rates in force, published between two days, by currency and day. */
    public Page<ExchangeRate> published(Currency currency, LocalDate from, LocalDate to, PageRequest page) {
        String where = " from ExchangeRate r where r.supersededAt is null"
                + (currency == null ? "" : " and r.currency = :currency")
                + (from == null ? "" : " and r.rateDate >= :from")
                + (to == null ? "" : " and r.rateDate <= :to");
        var select = em.createQuery("select r" + where + " order by " + page.sort().jpql("r",
                List.of("currency", "rateDate", "recordedAt"), "r.currency, r.rateDate"), ExchangeRate.class);
        var count = em.createQuery("select count(r)" + where, Long.class);
        for (var query : List.of(select, count)) {
            if (currency != null) {
                query.setParameter("currency", currency.getCurrencyCode());
            }
            if (from != null) {
                query.setParameter("from", from);
            }
            if (to != null) {
                query.setParameter("to", to);
            }
        }
        List<ExchangeRate> items = select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
    }

    /** Every revision of one currency's rate on one day, the first first. */
    public List<ExchangeRate> revisions(Currency currency, LocalDate day) {
        return em.createQuery("select r from ExchangeRate r where r.currency = :currency and r.rateDate = :day"
                        + " order by r.revision", ExchangeRate.class)
                .setParameter("currency", currency.getCurrencyCode()).setParameter("day", day).getResultList();
    }
}
