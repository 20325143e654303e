package kz.registry.shared.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kz.registry.shared.Configuration;

/**
 * The headers every answer carries, pages, {@code /openapi-ui} and the API alike: a strict
 * Content-Security-Policy (scripts and styles from the registry's own files only, nothing inline,
 * never framed), no MIME sniffing, no referrer, no powerful browser features, and over TLS
 * Strict-Transport-Security. Answers written before this filter runs (a refused sign-in) get them
 * from {@link ProblemResponses}.
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
    static final String HSTS = "max-age=31536000";
    /** The operator says a proxy in front terminates TLS: every request reached it over HTTPS. */
    public static final String BEHIND_TLS_PROXY = "registry.http.behind-tls-proxy";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        if (overTls(request)) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }

    /** Whether the caller reached the registry over TLS: its own HTTPS port, or a proxy the operator says terminates it. */
    public static boolean overTls(HttpServletRequest request) {
        return request.isSecure() || Configuration.flag(BEHIND_TLS_PROXY, false);
    }
}
