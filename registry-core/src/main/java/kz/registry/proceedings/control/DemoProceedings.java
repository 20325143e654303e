package kz.registry.proceedings.control;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import kz.registry.proceedings.boundary.Proceedings;
import kz.registry.proceedings.boundary.Victims;
import kz.registry.proceedings.entity.ArticlePart;
import kz.registry.proceedings.entity.Exploitation;
import kz.registry.proceedings.entity.Identity;
import kz.registry.proceedings.entity.ProceedingDetails;
import kz.registry.proceedings.entity.Sex;
import kz.registry.proceedings.entity.Stage;
import kz.registry.proceedings.entity.VictimProfile;
import kz.registry.shared.Configuration;
import kz.registry.shared.DemoFiles;
import kz.registry.shared.Roles;

/**
 * In demo mode, a handful of made-up proceedings, victims (Kazakhstani, Uzbek, Georgian) and a
 * convicted person ({@code demo/compensation.csv}), registered through the proceedings' and
 * victims' boundaries by a court clerk named {@code system} (see {@link DemoProceedingsAtStartUp}).
 * Loaded once: when the first demo proceeding exists nothing is added.
 */
@Stateless
@RunAs(Roles.COURT_CLERK)
public class DemoProceedings {

    private static final Logger LOG = Logger.getLogger(DemoProceedings.class.getName());
    static final String RESOURCE = "/demo/compensation.csv";

    @EJB
    Proceedings proceedings;

    @EJB
    Victims victims;

    public void load() {
        if (!Configuration.flag("registry.demo", false)) {
            return;
        }
        List<String[]> lines = read();
        String first = lines.stream().filter(cells -> cells[0].equals("proceeding")).findFirst().orElseThrow()[1];
        if (proceedings.factsOfNumber(first).isPresent()) {
            return;
        }
        Map<String, UUID> registered = new HashMap<>();
        for (String[] cells : lines) {
            switch (cells[0]) {
                case "proceeding" -> registered.put(cells[1], proceedings.register(null, new ProceedingDetails(cells[1],
                        Arrays.stream(cells[2].split(",")).map(ArticlePart::parse).toList(), cells[3], null,
                        Stage.valueOf(cells[4]), date(cells[5]), date(cells[6]), date(cells[7]))).record().id());
                case "convicted" -> proceedings.convict(null, registered.get(cells[1]),
                        new Identity(cells[2], null, null, null, null), date(cells[3]));
                case "victim" -> {
                    UUID victim = victims.register(null, new VictimProfile(cells[2], Sex.valueOf(cells[3]),
                            Boolean.parseBoolean(cells[4]), Exploitation.valueOf(cells[5])),
                            new Identity(cells[6], null, null, cells[7], "Demo bank")).record().id();
                    victims.recognise(null, victim, registered.get(cells[8]), date(cells[9]), null);
                }
                default -> throw new IllegalStateException("Unknown demo line: " + cells[0]);
            }
        }
        LOG.info(() -> "Demo data: " + registered.size() + " proceedings with their victims.");
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }

    static List<String[]> read() {
        return DemoFiles.read(RESOURCE);
    }
}
