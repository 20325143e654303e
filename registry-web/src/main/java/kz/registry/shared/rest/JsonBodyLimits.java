package kz.registry.shared.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.registry.shared.InvalidInputException;

/**
 * Looks over a JSON body before it is bound to a record: a number of more than
 * {@value #MAX_NUMBER_CHARS} characters (a million digits, 1e-1000000) or nesting deeper than
 * {@value #MAX_DEPTH} is refused (400) before any number is made of it, so that no body costs more
 * than reading it. Every amount and rate the registry takes is a short string anyway; numbers
 * are years, counts and flags. A body that is not JSON at all goes on, to be refused as it is read.
 *
 * <p>A field the request does not have is refused too (400, each named with the fields there
 * are), in the body and in the records it holds: a misspelt {@code valuedate} must not leave the
 * value date unset without a word.
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
        refuseUnknownFields(body, context.getGenericType());
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** Names every field of the body that the record it is read into (or a record within it) does not have. */
    static void refuseUnknownFields(byte[] body, Type type) {
        JsonValue json;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            json = reader.readValue();
        } catch (jakarta.json.JsonException notJson) {
            return; // the binding step refuses it with its own answer
        }
        Map<String, String> unknown = new LinkedHashMap<>();
        collectUnknown(json, type, "", unknown);
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
    }

    private static void collectUnknown(JsonValue json, Type type, String path, Map<String, String> unknown) {
        if (json instanceof JsonArray array && type instanceof ParameterizedType list
                && List.class.isAssignableFrom(raw(list)) && list.getActualTypeArguments().length == 1) {
            for (int i = 0; i < array.size(); i++) {
                collectUnknown(array.get(i), list.getActualTypeArguments()[0], path + "[" + i + "]", unknown);
            }
            return;
        }
        if (!(json instanceof JsonObject object) || !(type instanceof Class<?> record) || !record.isRecord()) {
            return;
        }
        Map<String, Type> fields = new LinkedHashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            JsonbProperty renamed = component.getAccessor().getAnnotation(JsonbProperty.class);
            fields.put(renamed == null || renamed.value().isEmpty() ? component.getName() : renamed.value(),
                    component.getGenericType());
        }
        object.forEach((name, value) -> {
            String at = path.isEmpty() ? name : path + "." + name;
            if (fields.containsKey(name)) {
                collectUnknown(value, fields.get(name), at, unknown);
            } else {
                unknown.put(at, "is not a field of this request; its fields are " + String.join(", ", fields.keySet()));
            }
        });
    }

    private static Class<?> raw(ParameterizedType type) {
        return type.getRawType() instanceof Class<?> raw ? raw : Object.class;
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
