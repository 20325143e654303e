package kz.registry.shared.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private static final Set<String> BALANCER = Set.of("10.0.0.2");

    @Test
    void aClientThatIsNoTrustedProxyCannotChooseItsAddress() {
        assertThat(ClientAddresses.of("198.51.100.7", "203.0.113.1", BALANCER)).isEqualTo("198.51.100.7");
        assertThat(ClientAddresses.of("198.51.100.7", "203.0.113.1", Set.of())).isEqualTo("198.51.100.7");
    }

    @Test
    void behindATrustedProxyTheNearestUntrustedHopIsTheClient() {
        assertThat(ClientAddresses.of("10.0.0.2", "203.0.113.1", BALANCER)).isEqualTo("203.0.113.1");
        // the client may put anything in front of what the balancer appends: only the nearest hop counts
        assertThat(ClientAddresses.of("10.0.0.2", "1.2.3.4, 203.0.113.1", BALANCER)).isEqualTo("203.0.113.1");
        assertThat(ClientAddresses.of("10.0.0.2", "203.0.113.1, 10.0.0.2", BALANCER)).isEqualTo("203.0.113.1");
        assertThat(ClientAddresses.of("10.0.0.2", null, BALANCER)).isEqualTo("10.0.0.2");
        assertThat(ClientAddresses.of("10.0.0.2", " , ", BALANCER)).isEqualTo("10.0.0.2");
    }
}
