package kz.registry.money.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Currency;
import kz.registry.money.Basis;
import kz.registry.money.Conversion;
import kz.registry.money.Money;
import kz.registry.money.Restatement;
import kz.registry.shared.Roles;

/** Converts an amount into another currency on a stated basis, through KZT, saying how. */
@Stateless
@RolesAllowed({Roles.FINANCE_OFFICER, Roles.COURT_CLERK, Roles.AUDITOR, Roles.ADMINISTRATOR})
public class Conversions {

    @EJB
    Rates rates;

    /** One conversion; a missing rate refuses it, in the words every report uses for it. */
    public Conversion convert(Money amount, Currency to, Basis basis) {
        return restatement().orRefuse(amount, to, basis);
    }

    /**
     * A restatement for one report or listing, looking each rate up once through the rate
     * registry; it lives as long as its caller's request.
     */
    public Restatement restatement() {
        Rates registry = rates; // the container's reference, not this instance: it outlives the call
        return new Restatement(registry::find);
    }
}
