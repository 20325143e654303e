package kz.registry.shared.rest;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kz.registry.shared.Configuration;

/**
 * The address a request came from. Behind a balancer every request comes from the balancer, so
 * the operator names the proxies the registry trusts ({@code registry.http.trusted-proxies}, a
 * comma-separated list of addresses); from those only, the nearest address in
 * {@code X-Forwarded-For} that is not itself a trusted proxy is the client. Anyone else's
 * {@code X-Forwarded-For} is ignored: a client cannot choose its own address.
 */
public final class ClientAddresses {

    public static final String TRUSTED_PROXIES = "registry.http.trusted-proxies";
    private static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final int MAX_HOPS = 20;

    private ClientAddresses() {
    }

    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader(FORWARDED_FOR), trustedProxies());
    }

    static String of(String peer, String forwardedFor, Set<String> trustedProxies) {
        if (forwardedFor == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip)
                .filter(hop -> !hop.isEmpty()).limit(MAX_HOPS).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trustedProxies.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return peer;
    }

    private static Set<String> trustedProxies() {
        return Configuration.value(TRUSTED_PROXIES)
                .map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(a -> !a.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }
}
