package kz.registry.proceedings.control;

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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import kz.registry.audit.AuditAction;
import kz.registry.audit.AuditEvent;
import kz.registry.audit.Snapshots;
import kz.registry.audit.boundary.AuditTrail;
import kz.registry.proceedings.entity.ArticlePart;
import kz.registry.proceedings.entity.ConvictedPerson;
import kz.registry.proceedings.entity.CriminalProceeding;
import kz.registry.proceedings.entity.Exploitation;
import kz.registry.proceedings.entity.Identity;
import kz.registry.proceedings.entity.ProceedingDetails;
import kz.registry.proceedings.entity.Sex;
import kz.registry.proceedings.entity.Stage;
import kz.registry.proceedings.entity.Victim;
import kz.registry.proceedings.entity.VictimProfile;
import kz.registry.proceedings.entity.VictimRecognition;
import kz.registry.shared.Configuration;
import kz.registry.shared.DemoFiles;

/**
 * In demo mode, a handful of made-up proceedings, victims (Kazakhstani, Uzbek, Georgian) and a
 * convicted person ({@code demo/compensation.csv}), recorded as the system. Loaded once: when
 * the first demo proceeding exists nothing is added.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoProceedings {

    private static final Logger LOG = Logger.getLogger(DemoProceedings.class.getName());
    static final String RESOURCE = "/demo/compensation.csv";

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @Inject
    IdentityVault vault;

    @Inject
    Clock clock;

    @PostConstruct
    void load() {
        if (!Configuration.flag("registry.demo", false)) {
            return;
        }
        List<String[]> lines = read();
        String first = lines.stream().filter(cells -> cells[0].equals("proceeding")).findFirst().orElseThrow()[1];
        boolean loaded = !em.createQuery("select p from CriminalProceeding p where p.registrationNumber = :number",
                CriminalProceeding.class).setParameter("number", first).getResultList().isEmpty();
        if (loaded) {
            return;
        }
        Map<String, CriminalProceeding> proceedings = new HashMap<>();
        for (String[] cells : lines) {
            switch (cells[0]) {
                case "proceeding" -> {
                    CriminalProceeding proceeding = new CriminalProceeding(new ProceedingDetails(cells[1],
                            Arrays.stream(cells[2].split(",")).map(ArticlePart::parse).toList(), cells[3], null,
                            Stage.valueOf(cells[4]), date(cells[5]), date(cells[6]), date(cells[7])), clock.instant());
                    persist("criminal-proceeding", proceeding.id().toString(), proceeding,
                            Snapshots.of(proceeding.details()));
                    proceedings.put(cells[1], proceeding);
                }
                case "convicted" -> {
                    ConvictedPerson person = new ConvictedPerson(proceedings.get(cells[1]),
                            vault.seal(new Identity(cells[2], null, null, null, null)), date(cells[3]), clock.instant());
                    persist("convicted-person", person.id().toString(), person, Snapshots.of(person.snapshot()));
                }
                case "victim" -> {
                    Victim victim = new Victim(new VictimProfile(cells[2], Sex.valueOf(cells[3]),
                            Boolean.parseBoolean(cells[4]), Exploitation.valueOf(cells[5])),
                            vault.seal(new Identity(cells[6], null, null, cells[7], "Demo bank")), clock.instant());
                    persist("victim", victim.id().toString(), victim, Snapshots.of(victim.snapshot()));
                    VictimRecognition recognition = new VictimRecognition(victim.id(), proceedings.get(cells[8]),
                            date(cells[9]), null, clock.instant());
                    persist("victim-recognition", recognition.id().toString(), recognition,
                            Snapshots.of(recognition.snapshot()));
                }
                default -> throw new IllegalStateException("Unknown demo line: " + cells[0]);
            }
        }
        LOG.info(() -> "Demo data: " + proceedings.size() + " proceedings with their victims.");
    }

    private void persist(String type, String id, Object entity, String snapshot) {
        em.persist(entity);
        em.flush();
        audit.record(new AuditEvent(AuditAction.CREATED, type, id, null, snapshot));
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }

    static List<String[]> read() {
        return DemoFiles.read(RESOURCE);
    }
}
