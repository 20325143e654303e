package kz.registry.security.rest;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import kz.registry.security.control.InitialUsers;
import kz.registry.shared.Configuration;
import kz.registry.shared.rest.SecurityHeaders;

/**
 * Where a password may travel. Outside demo mode, HTTP Basic is taken only over TLS: the
 * registry's own HTTPS port, or a proxy in front that the operator says terminates TLS
 * ({@code registry.http.behind-tls-proxy}). An operator may also name client addresses that reach
 * the registry without crossing a network ({@code registry.http.plain-passwords-from}, such as
 * {@code 127.0.0.1} for a script on the registry's own machine). Demo mode takes passwords over
 * plain HTTP: it holds no real data.
 */
@ApplicationScoped
public class PasswordTransport {

    static final String PLAIN_PASSWORDS_FROM = "registry.http.plain-passwords-from";

    private boolean demo;
    private Set<String> plainFrom;

    @PostConstruct
    void configure() {
        demo = Configuration.flag(InitialUsers.DEMO, false);
        plainFrom = Configuration.value(PLAIN_PASSWORDS_FROM)
                .map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(a -> !a.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }

    /** Whether a password sent with this request, from this client, may be checked. */
    public boolean carriesPasswords(HttpServletRequest request, String client) {
        return demo || SecurityHeaders.overTls(request) || plainFrom.contains(client);
    }
}
