package kz.registry.money.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import kz.registry.money.RateFileFormat;
import kz.registry.money.RateFileOutcome;
import kz.registry.money.RateImportReport;
import kz.registry.operations.boundary.RegistryNodes;
import kz.registry.money.entity.PublishedRate;
import kz.registry.shared.Configuration;

/**
 * Imports the rate files an operator puts in {@code registry.rates.import-directory} (the bank's
 * daily XML as *.xml, CSV as *.csv): every half hour (a setting), and when a finance officer asks. Each file
 * is imported whole in its own transaction or not at all; a file already imported and unchanged
 * since is skipped (and importing it again would change nothing anyway).
 * <p>
 * With several nodes on one database the polling is a duty one node performs at a time: every
 * node looks every {@link #LOOK_EVERY}, and the one holding the duty's lease polls when the
 * interval has passed since the last poll, wherever that ran; when it dies another takes over
 * within the lease ({@link #LEASE}).
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "RegistryNodes"})
@TransactionManagement(TransactionManagementType.BEAN)
public class RateDirectory {

    private static final Logger LOG = Logger.getLogger(RateDirectory.class.getName());
    public static final String DIRECTORY = "registry.rates.import-directory";
    public static final String EVERY_MINUTES = "registry.rates.import-every-minutes";
    static final String SOURCE = "National Bank of Kazakhstan (file ";

    @Resource
    UserTransaction transaction;

    @Inject
    RateLedger ledger;

    /** What was seen of each file: size and time, so an unchanged file is not read again. */
    private final Map<Path, String> seen = new HashMap<>();

    static final String DUTY = "rate-directory";
    static final Duration LOOK_EVERY = Duration.ofSeconds(5);
    static final Duration LEASE = Duration.ofSeconds(20);

    @Resource
    TimerService timers;

    @EJB
    RegistryNodes nodes;

    private Duration every;

    /** Polls every {@code registry.rates.import-every-minutes} (30; 0 turns polling off) when a directory is set. */
    @PostConstruct
    void schedule() {
        int minutes = Configuration.integer(EVERY_MINUTES, 30);
        if (Configuration.value(DIRECTORY).isPresent() && minutes > 0) {
            every = Duration.ofMinutes(minutes);
            timers.createIntervalTimer(0, LOOK_EVERY.toMillis(), new TimerConfig("rate directory", false));
        }
    }

    @Timeout
    void poll() {
        try {
            if (nodes.dutyDue(DUTY, LEASE, every)) {
                importNew();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "The rate directory's duty could not be checked; the next look tries again", e);
        }
    }

    /** Imports the directory's new and changed files now; empty when no directory is configured. */
    public List<RateFileOutcome> importNew() {
        Optional<Path> directory = Configuration.value(DIRECTORY).map(Path::of);
        List<RateFileOutcome> outcomes = new ArrayList<>();
        if (directory.isEmpty() || !Files.isDirectory(directory.get())) {
            directory.ifPresent(missing -> LOG.warning(() -> DIRECTORY + " names no folder: " + missing));
            return outcomes;
        }
        try (Stream<Path> files = Files.list(directory.get())) {
            for (Path file : files.filter(RateDirectory::isRateFile).sorted().toList()) {
                String stamp = Files.size(file) + "@" + Files.getLastModifiedTime(file);
                if (!stamp.equals(seen.get(file))) {
                    outcomes.add(importFile(file));
                    seen.put(file, stamp);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot read the rate directory " + directory.get(), e);
        }
        return outcomes;
    }

    private RateFileOutcome importFile(Path file) {
        String name = file.getFileName().toString();
        try {
            List<PublishedRate> rates = read(file);
            transaction.begin();
            try {
                RateImportReport report = ledger.importRates(rates, SOURCE + name + ")", RateLedger.Progress.NONE);
                transaction.commit();
                return new RateFileOutcome(name, report, null);
            } catch (RuntimeException e) {
                transaction.rollback();
                throw e;
            }
        } catch (kz.registry.shared.InvalidInputException e) {
            LOG.warning(() -> "Rate file " + name + " refused whole: " + e.fieldErrors());
            return new RateFileOutcome(name, null, "refused whole: " + e.fieldErrors());
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Rate file " + name + " could not be imported", e);
            return new RateFileOutcome(name, null, "not imported: " + e.getClass().getSimpleName());
        }
    }

    private static List<PublishedRate> read(Path file) throws IOException {
        boolean xml = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml");
        try (InputStream rates = Files.newInputStream(file)) {
            return RateFiles.read(xml ? RateFileFormat.NBK_XML : RateFileFormat.CSV, rates);
        }
    }

    private static boolean isRateFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && (name.endsWith(".xml") || name.endsWith(".csv"));
    }
}
