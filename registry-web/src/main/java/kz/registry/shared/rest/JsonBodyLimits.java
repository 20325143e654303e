package kz.registry.shared.rest;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import kz.registry.shared.InvalidInputException;

/**
 * Looks over a JSON body before it is bound to a record: a number of more than
 * {@value #MAX_NUMBER_CHARS} characters (a million digits, 1e-1000000) or nesting deeper than
 * {@value #MAX_DEPTH} is refused (400) before any number is made of it, so that no body costs more
 * than reading it. Every amount and rate the registry takes is a short string anyway; numbers
 * are years, counts and flags. A body that is not JSON at all goes on, to be refused as it is read.
 */
@Provider
public class JsonBodyLimits implements ReaderInterceptor {

    static final int MAX_NUMBER_CHARS = 40;
    static final int MAX_DEPTH = 32;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        check(body);
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    static void check(byte[] body) {
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            int depth = 0;
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> {
                        if (++depth > MAX_DEPTH) {
                            throw new InvalidInputException("body", "nests deeper than " + MAX_DEPTH + " levels");
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    case VALUE_NUMBER -> {
                        if (parser.getString().length() > MAX_NUMBER_CHARS) {
                            throw new InvalidInputException("body", "holds a number longer than " + MAX_NUMBER_CHARS
                                    + " characters; send amounts and rates as strings such as \"1234.50\"");
                        }
                    }
                    default -> {
                        // names, strings and literals are bounded by the body's own size
                    }
                }
            }
        } catch (jakarta.json.JsonException notJson) {
            // not well-formed: the binding step refuses it with its own answer
        }
    }
}
