package kz.registry.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import kz.registry.reporting.entity.OpenDataFile;
import kz.registry.reporting.entity.Publication;
import org.junit.jupiter.api.Test;

/** A publication is served until it is as old as the max age, then built again. */
class PublicationCacheTest {

    private final AtomicInteger builds = new AtomicInteger();

    private Publication build(Instant at) {
        builds.incrementAndGet();
        return new Publication(at, at.plusSeconds(60), 5, List.of(),
                OpenDataFile.text("open-data.zip", "application/zip", "zip", ""), List.of());
    }

    @Test
    void aPublicationIsBuiltOncePerMaxAge() {
        PublicationCache cache = new PublicationCache();
        Instant start = Instant.parse("2031-05-01T10:00:00Z");
        Duration maxAge = Duration.ofSeconds(60);
        Publication first = cache.current(start, maxAge, () -> build(start));
        assertThat(cache.current(start.plusSeconds(59), maxAge, () -> build(start.plusSeconds(59)))).isSameAs(first);
        assertThat(builds).hasValue(1);
        Publication second = cache.current(start.plusSeconds(60), maxAge, () -> build(start.plusSeconds(60)));
        assertThat(second).isNotSameAs(first);
        assertThat(second.built()).isEqualTo(start.plusSeconds(60));
        assertThat(builds).hasValue(2);
    }

    @Test
    void aMaxAgeOfNothingBuildsEveryTime() {
        PublicationCache cache = new PublicationCache();
        Instant now = Instant.parse("2031-05-01T10:00:00Z");
        cache.current(now, Duration.ZERO, () -> build(now));
        cache.current(now, Duration.ZERO, () -> build(now));
        assertThat(builds).hasValue(2);
    }
}
