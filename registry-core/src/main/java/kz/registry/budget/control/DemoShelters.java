package kz.registry.budget.control;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import kz.registry.budget.boundary.Shelters;
import kz.registry.budget.entity.ShelterDetails;
import kz.registry.shared.Configuration;
import kz.registry.shared.DemoFiles;
import kz.registry.shared.Roles;

/**
 * Loads the seed's 11 shelters when the registry runs in demo mode ({@code registry.demo}),
 * registered through the shelters' boundary by a finance officer named {@code system} (see
 * {@link DemoBudgetAtStartUp}). A shelter already registered under the same name is left as it
 * is, so restarts add nothing.
 */
@Stateless
@RunAs(Roles.FINANCE_OFFICER)
public class DemoShelters {

    private static final Logger LOG = Logger.getLogger(DemoShelters.class.getName());
    static final String RESOURCE = "/demo/shelters.csv";

    static final String DEMO = "registry.demo";
    /** When the 2023 amendment opened shelters to foreign victims: the exact date is unverified. */
    static final String FOREIGN_ELIGIBLE_FROM = "registry.demo.foreign-victims-eligible-from";

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @EJB
    Shelters shelters;

    public void load() {
        if (!Configuration.flag(DEMO, false)) {
            return;
        }
        List<ShelterDetails> seed = read(Configuration.date(FOREIGN_ELIGIBLE_FROM, LocalDate.of(2023, 1, 1)));
        int added = 0;
        for (ShelterDetails details : seed) {
            if (Shelters.findByName(em, details.name()).isEmpty()) {
                shelters.register(null, details);
                added++;
            }
        }
        int addedNow = added;
        LOG.info(() -> "Demo data: " + addedNow + " of the seed's " + seed.size() + " shelters added.");
    }

    static List<ShelterDetails> read(LocalDate foreignVictimsEligibleFrom) {
        return DemoFiles.read(RESOURCE).stream()
                .map(cells -> new ShelterDetails(cells[0], cells[1], cells[2],
                        cells[3].isBlank() ? null : Integer.valueOf(cells[3].strip()),
                        foreignVictimsEligibleFrom))
                .toList();
    }
}
