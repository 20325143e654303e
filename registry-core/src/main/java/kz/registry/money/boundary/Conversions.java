package kz.registry.money.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Currency;
import java.util.List;
import kz.registry.money.Money;
import kz.registry.money.control.CrossRates;
import kz.registry.money.Basis;
import kz.registry.money.Conversion;
import kz.registry.money.RateUsed;
import kz.registry.shared.Roles;

/** Converts an amount into another currency on a stated basis, through KZT, saying how. */
@Stateless
@RolesAllowed({Roles.FINANCE_OFFICER, Roles.COURT_CLERK, Roles.AUDITOR, Roles.ADMINISTRATOR})
public class Conversions {

    @EJB
    Rates rates;

    public Conversion convert(Money amount, Currency to, Basis basis) {
        RateUsed from = rate(amount.currency(), basis);
        RateUsed target = rate(to, basis);
        Money converted = CrossRates.convert(amount, from.kztPerUnit(), to, target.kztPerUnit());
        List<RateUsed> used = from.currency().equals(target.currency()) ? List.of(from) : List.of(from, target);
        return new Conversion(amount, converted, basis.describe(), used,
                CrossRates.crossRate(from.kztPerUnit(), target.kztPerUnit()),
                "once, to the minor unit of " + to.getCurrencyCode() + ", half to even");
    }

    private RateUsed rate(Currency currency, Basis basis) {
        return switch (basis) {
            case Basis.ValueDate day -> rates.onDay(currency, day.day());
            case Basis.YearAverage year -> rates.yearAverage(currency, year.year());
            case Basis.Fixed fixed -> rates.fixed(fixed.name(), currency);
        };
    }
}
