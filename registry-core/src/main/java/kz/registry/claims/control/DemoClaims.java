package kz.registry.claims.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import kz.registry.audit.AuditAction;
import kz.registry.audit.AuditEvent;
import kz.registry.audit.Snapshots;
import kz.registry.audit.boundary.AuditTrail;
import kz.registry.claims.boundary.PaymentRegisters;
import kz.registry.claims.boundary.Recourse;
import kz.registry.claims.entity.ClaimFiling;
import kz.registry.claims.entity.ClaimStatus;
import kz.registry.claims.entity.CompensationAmount;
import kz.registry.claims.entity.CompensationCategory;
import kz.registry.claims.entity.CompensationClaim;
import kz.registry.claims.entity.FundEntry;
import kz.registry.claims.entity.FundSource;
import kz.registry.claims.entity.MciValue;
import kz.registry.claims.entity.PaymentRegister;
import kz.registry.claims.entity.Recovery;
import kz.registry.money.Money;
import kz.registry.proceedings.ProceedingFacts;
import kz.registry.proceedings.VictimFacts;
import kz.registry.proceedings.boundary.Proceedings;
import kz.registry.proceedings.boundary.Victims;
import kz.registry.shared.Configuration;
import kz.registry.shared.DemoFiles;

/**
 * In demo mode, claims on the demo proceedings ({@code demo/claims.csv}) in several states, the
 * fund's inflows, a paid payment register and recourse, all recorded as the system, with amounts
 * computed from the law's data. Loaded once: when the demo proceedings already have claims, nothing
 * is added.
 */
@Singleton
@Startup
@DependsOn("DemoProceedings")
public class DemoClaims {

    private static final Logger LOG = Logger.getLogger(DemoClaims.class.getName());
    static final String RESOURCE = "/demo/claims.csv";
    private static final String SYSTEM = AuditTrail.SYSTEM;

    @Inject
    FundAccountLedger account;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    Proceedings proceedings;

    @EJB
    Victims victims;

    @Inject
    ClaimHistory history;

    @Inject
    Clock clock;

    private final Map<String, CompensationClaim> claims = new HashMap<>();

    @PostConstruct
    void load() {
        if (!Configuration.flag("registry.demo", false)) {
            return;
        }
        List<String[]> lines = read();
        String firstProceeding = lines.stream().filter(cells -> cells[0].equals("claim")).findFirst().orElseThrow()[3];
        ProceedingFacts first = proceedings.factsOfNumber(firstProceeding).orElse(null);
        if (first == null || !em.createQuery("select c from CompensationClaim c where c.proceedingId = :proceeding",
                CompensationClaim.class).setParameter("proceeding", first.id()).getResultList().isEmpty()) {
            return;
        }
        List<MciValue> mci = em.createQuery("select m from MciValue m", MciValue.class).getResultList();
        List<CompensationCategory> categories = em.createQuery("select c from CompensationCategory c",
                CompensationCategory.class).getResultList();
        MciPolicy policy = MciPolicy.configured();
        for (String[] cells : lines) {
            switch (cells[0]) {
                case "inflow" -> account.post(new FundEntry(FundSource.valueOf(cells[1]), Money.of(cells[2], "KZT"),
                        LocalDate.parse(cells[3]), cells[4], null, null, clock.instant(), SYSTEM));
                case "claim" -> file(cells, day -> granted(cells[4], day, mci, categories, policy));
                case "register" -> register(cells);
                case "recovery" -> recover(cells);
                default -> throw new IllegalStateException("Unknown demo line: " + cells[0]);
            }
        }
        LOG.info(() -> "Demo data: " + claims.size() + " compensation claims, the fund, a paid register, recourse.");
    }

    private static CompensationAmount granted(String category, LocalDate day, List<MciValue> mci,
                                              List<CompensationCategory> categories, MciPolicy policy) {
        return CompensationAmounts.amount(CompensationAmounts.categoryOn(categories, category, day),
                CompensationAmounts.mciOn(mci, policy.purpose(), day), day);
    }

    private void file(String[] cells, java.util.function.Function<LocalDate, CompensationAmount> law) {
        ProceedingFacts proceeding = proceedings.factsOfNumber(cells[3]).orElseThrow();
        VictimFacts victim = victims.recognisedIn(proceeding.id()).stream()
                .filter(candidate -> candidate.citizenship().equals(cells[2])).findFirst().orElseThrow();
        LocalDate filedOn = LocalDate.parse(cells[5]);
        CompensationClaim claim = new CompensationClaim(new ClaimFiling(victim.id(), proceeding.id(), cells[4], filedOn,
                null, null), victim.recognisedIn(proceeding.id()).orElseThrow(), clock.instant());
        em.persist(claim);
        em.flush();
        history.moved(claim, null, filedOn, null, null, SYSTEM);
        for (String move : cells[6].isBlank() ? new String[0] : cells[6].split(",")) {
            String[] stateAndReason = move.split("!", 2);
            String[] stateAndDay = stateAndReason[0].split("@");
            ClaimStatus to = ClaimStatus.valueOf(stateAndDay[0]);
            LocalDate on = LocalDate.parse(stateAndDay[1]);
            String before = Snapshots.of(claim.snapshot());
            String reason = stateAndReason.length > 1 ? stateAndReason[1] : null;
            ClaimStatus from = claim.decide(to, on, reason, to == ClaimStatus.APPROVED ? law.apply(on) : null);
            history.moved(claim, from, on, reason, before, SYSTEM);
        }
        claims.put(cells[1], claim);
    }

    private void register(String[] cells) {
        List<CompensationClaim> onRegister = Arrays.stream(cells[1].split(",")).map(claims::get).toList();
        LocalDate madeOn = LocalDate.parse(cells[2]);
        LocalDate paidOn = LocalDate.parse(cells[3]);
        Money total = onRegister.stream().map(claim -> claim.amount().orElseThrow()).reduce(Money::plus).orElseThrow();
        PaymentRegister register = new PaymentRegister(total, madeOn, clock.instant());
        em.persist(register);
        em.flush();
        for (CompensationClaim claim : onRegister) {
            String before = Snapshots.of(claim.snapshot());
            ClaimStatus from = claim.placeOn(register.id(), madeOn);
            history.moved(claim, from, madeOn, "register " + register.number(), before, SYSTEM);
        }
        register.paid(paidOn);
        for (CompensationClaim claim : onRegister) {
            String before = Snapshots.of(claim.snapshot());
            ClaimStatus from = claim.paid(paidOn, null);
            account.post(new FundEntry(FundSource.VICTIM_PAYMENT, claim.amount().orElseThrow(), paidOn, "claim " + claim.code(),
                    register.id(), null, clock.instant(), SYSTEM));
            history.moved(claim, from, paidOn, "register " + register.number() + " paid", before,
                    SYSTEM);
        }
        audit.record(new AuditEvent(AuditAction.CREATED, PaymentRegisters.REGISTER_RECORD, register.id().toString(), null,
                Snapshots.of(register.snapshot())));
    }

    private void recover(String[] cells) {
        CompensationClaim claim = claims.get(cells[1]);
        LocalDate openedOn = LocalDate.parse(cells[2]);
        String before = Snapshots.of(claim.snapshot());
        ClaimStatus from = claim.recourseOpened(openedOn);
        Recovery recovery = new Recovery(claim.id(), claim.proceedingId(), claim.amount().orElseThrow(), openedOn,
                clock.instant());
        em.persist(recovery);
        em.flush();
        history.moved(claim, from, openedOn, "recourse opened", before, SYSTEM);
        List<String> payments = cells.length > 3 && !cells[3].isBlank() ? List.of(cells[3].split(",")) : new ArrayList<>();
        for (String payment : payments) {
            String[] amountAndDay = payment.split("@");
            LocalDate on = LocalDate.parse(amountAndDay[1]);
            boolean complete = recovery.received(Money.of(amountAndDay[0], "KZT"));
            account.post(new FundEntry(FundSource.RECOVERY, Money.of(amountAndDay[0], "KZT"), on, "recovered from the convicted",
                    null, recovery.id(), clock.instant(), SYSTEM));
            if (complete) {
                String claimBefore = Snapshots.of(claim.snapshot());
                ClaimStatus fromRecourse = claim.recovered(on);
                history.moved(claim, fromRecourse, on, "recovered in full", claimBefore, SYSTEM);
            }
        }
        em.flush();
        audit.record(new AuditEvent(AuditAction.CREATED, Recourse.RECOVERY_RECORD, recovery.id().toString(), null,
                Snapshots.of(recovery.snapshot())));
    }

    static List<String[]> read() {
        return DemoFiles.read(RESOURCE);
    }
}
