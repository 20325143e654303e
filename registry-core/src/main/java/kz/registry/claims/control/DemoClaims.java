package kz.registry.claims.control;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import kz.registry.claims.boundary.Claims;
import kz.registry.claims.boundary.Fund;
import kz.registry.claims.boundary.PaymentRegisters;
import kz.registry.claims.boundary.Recourse;
import kz.registry.claims.entity.ClaimFiling;
import kz.registry.claims.entity.ClaimStatus;
import kz.registry.claims.entity.CompensationClaim;
import kz.registry.claims.entity.FundSource;
import kz.registry.claims.entity.PaymentRegister;
import kz.registry.claims.entity.Recovery;
import kz.registry.money.Money;
import kz.registry.proceedings.ProceedingFacts;
import kz.registry.proceedings.VictimFacts;
import kz.registry.proceedings.boundary.Proceedings;
import kz.registry.proceedings.boundary.Victims;
import kz.registry.shared.Configuration;
import kz.registry.shared.DemoFiles;
import kz.registry.shared.Roles;

/**
 * In demo mode, claims on the demo proceedings ({@code demo/claims.csv}) in several states, the
 * fund's inflows, a paid payment register and recourse, entered through the same boundaries a
 * court clerk's requests go through (with their rules: the law's amounts, the fund's cover, the
 * claim's states), by a court clerk named {@value Roles#SYSTEM} (see {@link DemoClaimsAtStartUp}).
 * Loaded once: when the demo proceedings already have claims, nothing is added.
 */
@Stateless
@RunAs(Roles.COURT_CLERK)
public class DemoClaims {

    private static final Logger LOG = Logger.getLogger(DemoClaims.class.getName());
    static final String RESOURCE = "/demo/claims.csv";

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @EJB
    Proceedings proceedings;

    @EJB
    Victims victims;

    @EJB
    Claims claims;

    @EJB
    Fund fund;

    @EJB
    PaymentRegisters registers;

    @EJB
    Recourse recourse;

    public void load() {
        if (!Configuration.flag("registry.demo", false)) {
            return;
        }
        Map<String, CompensationClaim> filed = new HashMap<>();
        List<String[]> lines = read();
        String firstProceeding = lines.stream().filter(cells -> cells[0].equals("claim")).findFirst().orElseThrow()[3];
        ProceedingFacts first = proceedings.factsOfNumber(firstProceeding).orElse(null);
        if (first == null || !em.createQuery("select c from CompensationClaim c where c.proceedingId = :proceeding",
                CompensationClaim.class).setParameter("proceeding", first.id()).getResultList().isEmpty()) {
            return;
        }
        for (String[] cells : lines) {
            switch (cells[0]) {
                case "inflow" -> fund.receive(null, FundSource.valueOf(cells[1]), Money.kzt(cells[2]),
                        LocalDate.parse(cells[3]), cells[4]);
                case "claim" -> filed.put(cells[1], file(cells));
                case "register" -> register(cells, filed);
                case "recovery" -> recover(cells, filed);
                default -> throw new IllegalStateException("Unknown demo line: " + cells[0]);
            }
        }
        LOG.info(() -> "Demo data: " + filed.size() + " compensation claims, the fund, a paid register, recourse.");
    }

    /** A claim filed, then moved along the states listed (state@day, with a reason after ! for a denial). */
    private CompensationClaim file(String[] cells) {
        ProceedingFacts proceeding = proceedings.factsOfNumber(cells[3]).orElseThrow();
        VictimFacts victim = victims.recognisedIn(proceeding.id()).stream()
                .filter(candidate -> candidate.citizenship().equals(cells[2])).findFirst().orElseThrow();
        CompensationClaim claim = claims.file(null, new ClaimFiling(victim.id(), proceeding.id(), cells[4],
                LocalDate.parse(cells[5]), null, null)).claim();
        for (String move : cells[6].isBlank() ? new String[0] : cells[6].split(",")) {
            String[] stateAndReason = move.split("!", 2);
            String[] stateAndDay = stateAndReason[0].split("@");
            claim = claims.decide(claim.id(), claim.version(), ClaimStatus.valueOf(stateAndDay[0]),
                    LocalDate.parse(stateAndDay[1]), stateAndReason.length > 1 ? stateAndReason[1] : null);
        }
        return claim;
    }

    /** A payment register of the claims listed, made on one day and paid on another. */
    private void register(String[] cells, Map<String, CompensationClaim> filed) {
        List<UUID> onRegister = Arrays.stream(cells[1].split(",")).map(code -> filed.get(code).id()).toList();
        PaymentRegister register = registers.register(null, onRegister, LocalDate.parse(cells[2])).register();
        registers.pay(register.id(), register.version(), LocalDate.parse(cells[3]));
    }

    /** Recourse against the convicted for a paid claim, with the amounts recovered (amount@day). */
    private void recover(String[] cells, Map<String, CompensationClaim> filed) {
        Recovery recovery = recourse.openRecovery(null, filed.get(cells[1]).id(), LocalDate.parse(cells[2])).recovery();
        if (cells.length > 3 && !cells[3].isBlank()) {
            for (String payment : cells[3].split(",")) {
                String[] amountAndDay = payment.split("@");
                recourse.recover(null, recovery.id(), Money.kzt(amountAndDay[0]),
                        LocalDate.parse(amountAndDay[1]), "recovered from the convicted");
            }
        }
    }

    static List<String[]> read() {
        return DemoFiles.read(RESOURCE);
    }
}
