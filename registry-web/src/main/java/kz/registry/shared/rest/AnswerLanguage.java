package kz.registry.shared.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.util.Locale;

/**
 * The language an API answer's own words are written in ({@link SpokenText}): the caller's, from
 * {@code Accept-Language}, held for the request's thread from its start (a report may be written
 * whole in its resource method) until its body is written. A JSON answer says which language it
 * chose ({@code Content-Language}) and that it varies with the caller's choice.
 */
@Provider
@PreMatching
public class AnswerLanguage implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

    private static final ThreadLocal<String> LANGUAGE = new ThreadLocal<>();

    /** The caller's language (en, ru or kk) for the request on this thread; English outside a request. */
    public static String current() {
        String language = LANGUAGE.get();
        return language == null ? "en" : language;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        LANGUAGE.set(Words.languageOf(request.getAcceptableLanguages()));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.hasEntity()) {
            LANGUAGE.remove(); // no body to write: nothing reads the language after this
            return;
        }
        MediaType type = response.getMediaType();
        if (type == null || !type.getSubtype().toLowerCase(Locale.ROOT).endsWith("json")) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, current());
        String vary = response.getHeaderString(HttpHeaders.VARY);
        if (vary == null || vary.isBlank()) {
            response.getHeaders().putSingle(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        } else if (!vary.toLowerCase(Locale.ROOT).contains("accept-language")) {
            response.getHeaders().putSingle(HttpHeaders.VARY, vary + ", " + HttpHeaders.ACCEPT_LANGUAGE);
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        try {
            context.proceed();
        } finally {
            LANGUAGE.remove();
        }
    }
}
