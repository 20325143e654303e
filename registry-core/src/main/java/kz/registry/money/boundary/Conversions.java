package kz.registry.money.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Currency;
import kz.registry.money.Money;
import kz.registry.money.Basis;
import kz.registry.money.Conversion;
import kz.registry.money.Converter;
import kz.registry.money.RateUsed;
import kz.registry.shared.Roles;

/** Converts an amount into another currency on a stated basis, through KZT, saying how. */
@Stateless
@RolesAllowed({Roles.FINANCE_OFFICER, Roles.COURT_CLERK, Roles.AUDITOR, Roles.ADMINISTRATOR})
public class Conversions {

    @EJB
    Rates rates;

    public Conversion convert(Money amount, Currency to, Basis basis) {
        return converter(amount.currency(), to, basis).convert(amount);
    }

    /** The two rates a conversion from one currency to another on a basis needs, for many amounts. */
    public Converter converter(Currency from, Currency to, Basis basis) {
        return new Converter(from, to, basis.describe(), rate(from, basis), rate(to, basis));
    }

    private RateUsed rate(Currency currency, Basis basis) {
        return switch (basis) {
            case Basis.ValueDate day -> rates.onDay(currency, day.day());
            case Basis.YearAverage year -> rates.yearAverage(currency, year.year());
            case Basis.Fixed fixed -> rates.fixed(fixed.name(), currency);
        };
    }
}
