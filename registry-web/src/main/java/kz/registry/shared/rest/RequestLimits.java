package kz.registry.shared.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import kz.registry.shared.Configuration;

/**
 * Bounds what any request may send, before anything reads it, and answers a request over a bound
 * with problem details that say which bound: the address with its query
 * ({@value #MAX_URI_CHARS} characters: 414), the headers ({@value #MAX_HEADER_BYTES} bytes in
 * all: 431), and the body (413): {@code registry.http.max-body-bytes} for JSON and everything
 * else (default 1 MiB), {@code registry.http.max-file-bytes} for the files the registry imports,
 * CSV and XML (default 64 MiB). A body without a stated length is counted as it is read and cut
 * off at the bound. A DELETE carries no body. A request the HTTP layer cannot parse at all never
 * reaches this filter (see {@code config/pre-boot-commands.asadmin}).
 */
@WebFilter(filterName = "RequestLimits", urlPatterns = "/*", asyncSupported = true)
public class RequestLimits extends HttpFilter {

    static final int MAX_URI_CHARS = 8192;
    static final int MAX_HEADER_BYTES = 32768;
    static final String MAX_BODY_BYTES = "registry.http.max-body-bytes";
    static final String MAX_FILE_BYTES = "registry.http.max-file-bytes";

    private long maxBodyBytes;
    private long maxFileBytes;

    @Override
    public void init() {
        maxBodyBytes = Configuration.integer(MAX_BODY_BYTES, 1 << 20);
        maxFileBytes = Configuration.integer(MAX_FILE_BYTES, 64 << 20);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        int uriLength = request.getRequestURI().length()
                + (request.getQueryString() == null ? 0 : request.getQueryString().length() + 1);
        if (uriLength > MAX_URI_CHARS) {
            ProblemResponses.write(request, response, ProblemKind.URI_TOO_LONG,
                    "The address with its query is longer than " + MAX_URI_CHARS + " characters. Ask for less at once.");
            return;
        }
        if (headerBytes(request) > MAX_HEADER_BYTES) {
            ProblemResponses.write(request, response, ProblemKind.HEADERS_TOO_LARGE,
                    "The request's headers are larger than " + MAX_HEADER_BYTES + " bytes in all.");
            return;
        }
        long limit = limitFor(request.getContentType());
        long declared = request.getContentLengthLong();
        boolean chunked = request.getHeader("Transfer-Encoding") != null;
        if ("DELETE".equals(request.getMethod()) && (declared > 0 || chunked)) {
            ProblemResponses.write(request, response, ProblemKind.BAD_REQUEST, "A DELETE carries no body: send it without one.");
            return;
        }
        if (declared > limit) {
            // the HTTP layer reads and drops the unread body after the answer, so the client gets to read it
            ProblemResponses.write(request, response, ProblemKind.PAYLOAD_TOO_LARGE, tooLarge(limit));
            return;
        }
        chain.doFilter(chunked ? new Bounded(request, limit) : request, response);
    }

    /** Files the registry imports may be large; every other body is a record or a few. */
    long limitFor(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/csv") || type.startsWith("application/xml") || type.startsWith("text/xml")
                ? maxFileBytes : maxBodyBytes;
    }

    static String tooLarge(long limit) {
        return "The request body is larger than the " + limit + " bytes the registry accepts for its kind."
                + " Split a file into smaller ones.";
    }

    private static long headerBytes(HttpServletRequest request) {
        long total = 0;
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                total += name.length() + value.length() + 4;
            }
        }
        return total;
    }

    /** A body read with a bound: reading past it fails with {@link BodyTooLarge}. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream body;
        private final long limit;
        private long read;

        CountingStream(ServletInputStream body, long limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > limit) {
                throw new BodyTooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }

    /** A body that grew past its bound while it was read: answered 413. */
    public static final class BodyTooLarge extends IOException {

        private final long limit;

        BodyTooLarge(long limit) {
            super("the request body is larger than " + limit + " bytes");
            this.limit = limit;
        }

        long limit() {
            return limit;
        }
    }
}
