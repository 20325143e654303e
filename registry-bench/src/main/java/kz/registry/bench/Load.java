package kz.registry.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Writers posting through the balancer as a well-behaved client does while faults are injected:
 * every write carries an {@code Idempotency-Key} and is sent again with the same key on an error
 * the server may recover from (no answer within {@link #ATTEMPT}, 500, 502, 503, 504), until it is
 * acknowledged (201, or 200 for a replay) or {@link #GIVE_UP} has passed. Three writes in four are
 * allocations (their case number is their key, so a duplicate is seen in SQL); the fourth is a claim,
 * after its victim and the victim's recognition. What each write met is counted in the window open
 * when it began.
 */
final class Load implements AutoCloseable {

    /** Longer than the 10 s a request may take, so a hang is seen as one rather than cut short. */
    static final Duration ATTEMPT = Duration.ofSeconds(15);
    static final Duration HANG = Duration.ofSeconds(10);
    private static final Duration GIVE_UP = Duration.ofSeconds(120);

    /** What the writes that began in one period met. */
    static final class Window {
        final String name;
        final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        final Map<String, UUID> allocations = new ConcurrentHashMap<>();
        final Set<UUID> claims = ConcurrentHashMap.newKeySet();
        final AtomicLong hung = new AtomicLong();
        final AtomicLong slowestMillis = new AtomicLong();
        final AtomicLong refused = new AtomicLong();
        final AtomicLong abandoned = new AtomicLong();
        final AtomicLong lastFailureNanos = new AtomicLong();
        final AtomicLong notProblemJson = new AtomicLong();
        /** Each acknowledged write's attempts ("no answer after 15.0 s, 201 after 0.1 s"), by the id it was given. */
        final Map<UUID, String> trails = new ConcurrentHashMap<>();
        /** Attempts that took over a second: when they began, what they met, how long. */
        final java.util.Queue<String> slow = new java.util.concurrent.ConcurrentLinkedQueue<>();

        Window(String name) {
            this.name = name;
        }

        void met(Api.Reply reply, long millis) {
            statuses.computeIfAbsent(reply.status(), s -> new AtomicLong()).incrementAndGet();
            slowestMillis.accumulateAndGet(millis, Math::max);
            if (millis > HANG.toMillis()) {
                hung.incrementAndGet();
            }
            if (reply.status() != 200 && reply.status() != 201) {
                lastFailureNanos.accumulateAndGet(System.nanoTime(), Math::max);
                String type = reply.header("Content-Type");
                if (reply.status() > 0 && (type == null || !type.startsWith("application/problem+json"))) {
                    notProblemJson.incrementAndGet();
                }
            }
        }

        long acknowledged() {
            return allocations.size() + claims.size();
        }

        /** Errors by status, as "503: 12, none: 3" (none: no answer in time, or the connection failed). */
        String errors() {
            Map<Integer, Long> errors = new TreeMap<>();
            statuses.forEach((status, count) -> {
                if (status != 200 && status != 201) {
                    errors.put(status, count.get());
                }
            });
            return errors.isEmpty() ? "none" : errors.entrySet().stream()
                    .map(e -> (e.getKey() < 0 ? "no answer" : e.getKey().toString()) + ": " + e.getValue())
                    .collect(Collectors.joining(", "));
        }

        /** Seconds from {@code fromNanos} to the last failed attempt, 0 when none failed after it. */
        double recoveredAfter(long fromNanos) {
            long last = lastFailureNanos.get();
            return last <= fromNanos ? 0 : (last - fromNanos) / 1e9;
        }
    }

    private final Api finance;
    private final Api clerk;
    private final UUID appropriation;
    private final UUID proceeding;
    private final int year;
    private final ExecutorService writers;
    private volatile boolean stopping;
    private volatile Window window = new Window("start");
    private final AtomicLong sequence = new AtomicLong();
    /** Every write acknowledged during the run, whichever window it began in. */
    final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();

    Load(Api finance, Api clerk, UUID appropriation, UUID proceeding, int year, int count) {
        this.finance = finance;
        this.clerk = clerk;
        this.appropriation = appropriation;
        this.proceeding = proceeding;
        this.year = year;
        this.writers = Executors.newFixedThreadPool(count);
        for (int w = 0; w < count; w++) {
            writers.submit(this::write);
        }
    }

    /** Opens a new window: writes that begin from now on are counted in it. Answers the one it closes. */
    Window open(String name) {
        Window closed = window;
        window = new Window(name);
        return closed;
    }

    private void write() {
        while (!stopping) {
            long n = sequence.incrementAndGet();
            Window counted = window;
            try {
                if (n % 4 == 0) {
                    claim(counted, n);
                } else {
                    allocation(counted, n);
                }
            } catch (RuntimeException e) {
                counted.abandoned.incrementAndGet();
            }
        }
    }

    private void allocation(Window counted, long n) {
        String caseNumber = "F-" + n;
        Api.Reply reply = acknowledged(counted, finance, "api/allocations", "{\"appropriationId\": \"" + appropriation
                + "\", \"caseNumber\": \"" + caseNumber + "\", \"amount\": \"1.00\", \"currency\": \"KZT\","
                + " \"valueDate\": \"" + year + "-06-01\"}", caseNumber);
        if (reply != null) {
            UUID id = UUID.fromString(reply.json().getString("id"));
            counted.allocations.put(caseNumber, id);
            acknowledged.add(id);
        }
    }

    private void claim(Window counted, long n) {
        Api.Reply victim = acknowledged(counted, clerk, "api/victims", "{\"citizenship\": \"KZ\", \"sex\": \"FEMALE\","
                + " \"minor\": false, \"exploitation\": \"FORCED_LABOUR\", \"identity\": {\"fullName\": \"Fault person "
                + n + "\"}}", "victim-" + n);
        if (victim == null) {
            return;
        }
        String victimId = victim.json().getString("id");
        LocalDate filed = LocalDate.of(year, 3, 1);
        if (acknowledged(counted, clerk, "api/victims/" + victimId + "/recognitions", "{\"proceedingId\": \""
                + proceeding + "\", \"recognisedOn\": \"" + filed.minusDays(30) + "\"}", "recognition-" + n) == null) {
            return;
        }
        Api.Reply claim = acknowledged(counted, clerk, "api/claims", "{\"victimId\": \"" + victimId
                + "\", \"proceedingId\": \"" + proceeding + "\", \"category\": \"trafficking-in-persons\", \"filedOn\": \""
                + filed + "\"}", "claim-" + n);
        if (claim != null) {
            UUID id = UUID.fromString(claim.json().getString("id"));
            counted.claims.add(id);
            acknowledged.add(id);
        }
    }

    /** Sends until acknowledged, refused, or given up; null unless acknowledged. */
    private static Api.Reply acknowledged(Window counted, Api api, String path, String body, String key) {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        StringBuilder trail = new StringBuilder(key);
        for (int attempt = 1; System.nanoTime() < deadline; attempt++) {
            long began = System.nanoTime();
            java.time.LocalTime at = java.time.LocalTime.now();
            Api.Reply reply = api.postJson(path, body, key, ATTEMPT);
            long millis = (System.nanoTime() - began) / 1_000_000;
            counted.met(reply, millis);
            String met = (reply.status() < 0 ? "no answer" : Integer.toString(reply.status())) + " after " + millis
                    + " ms at " + at;
            trail.append("; ").append(met);
            if (millis > 1000) {
                counted.slow.add(key + ": " + met + (reply.status() < 0 ? " (" + reply.body() + ")" : ""));
            }
            if (reply.status() == 201 || reply.status() == 200) {
                counted.trails.put(UUID.fromString(reply.json().getString("id")), trail.toString());
                return reply;
            }
            if (reply.status() > 0 && reply.status() < 500) {
                counted.refused.incrementAndGet();
                return null;
            }
            pause(Math.min(2000, 100L * attempt));
        }
        counted.abandoned.incrementAndGet();
        return null;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops starting writes, lets those under way finish (retries included), and answers the last window. */
    @Override
    public void close() {
        stopping = true;
        writers.shutdown();
        try {
            if (!writers.awaitTermination(GIVE_UP.toSeconds() + 30, TimeUnit.SECONDS)) {
                writers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
