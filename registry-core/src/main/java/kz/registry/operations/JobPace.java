package kz.registry.operations;

/**
 * How often a job writes its progress: at most once a second, so a file of a million lines does
 * not write a million progress rows, and a follower still sees it move.
 */
public final class JobPace {

    private static final long EVERY_NANOS = 1_000_000_000L;
    private long last = System.nanoTime();

    /** Whether a second has passed since the last write; if so, the next second starts now. */
    public synchronized boolean due() {
        long now = System.nanoTime();
        if (now - last < EVERY_NANOS) {
            return false;
        }
        last = now;
        return true;
    }
}
