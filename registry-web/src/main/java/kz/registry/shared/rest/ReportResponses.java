package kz.registry.shared.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import kz.registry.shared.InvalidInputException;

/**
 * How a report answers: JSON or CSV as the caller asked, a small report whole with a strong
 * ETag of its content (a repeated request with {@code If-None-Match} gets 304), an export
 * streamed. Reports are private to the signed-in caller and revalidated on every use.
 */
public final class ReportResponses {

    public static final String CSV = "text/csv";
    public static final String CSV_UTF8 = "text/csv; charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final Jsonb JSONB = JsonbBuilder.create();

    private ReportResponses() {
    }

    public enum Format { JSON, CSV, XLSX }

    /**
     * {@code format=csv|xlsx|json} wins; otherwise CSV or a workbook when the caller accepts text/csv or
     * the xlsx type by name, else JSON.
     */
    public static Format format(String parameter, HttpHeaders headers) {
        if (parameter != null && !parameter.isBlank()) {
            return switch (parameter.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> Format.CSV;
                case "xlsx" -> Format.XLSX;
                case "json" -> Format.JSON;
                default -> throw new InvalidInputException("format", "must be json, csv or xlsx");
            };
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType() || accepted.isWildcardSubtype()) {
                continue;
            }
            if (accepted.getType().equals("text") && accepted.getSubtype().equals("csv")) {
                return Format.CSV;
            }
            if (accepted.isCompatible(MediaType.valueOf(XLSX))) {
                return Format.XLSX;
            }
            if (accepted.getSubtype().equals("json")) {
                return Format.JSON;
            }
        }
        return Format.JSON;
    }

    /** A report small enough to build whole: its JSON view or its table, tagged by content. */
    public static <T> Response whole(Request request, Format format, String name, Object view, Table<T> table, List<T> rows) {
        byte[] body;
        if (format == Format.JSON) {
            body = JSONB.toJson(view).getBytes(StandardCharsets.UTF_8);
        } else {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                write(format, name, table, out, sink -> rows.forEach(sink));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            body = out.toByteArray();
        }
        EntityTag tag = new EntityTag(digest(body));
        CacheControl revalidate = CacheControl.valueOf("private, no-cache");
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(revalidate).build();
        }
        return typed(Response.ok(body), format, name).tag(tag).cacheControl(revalidate).build();
    }

    /** An export: rows written as the database hands them over. */
    public static <T> Response streamed(Format format, String name, Table<T> table, Consumer<Consumer<T>> rows) {
        StreamingOutput body = out -> write(format, name, table, out, rows);
        return typed(Response.ok(body), format, name).cacheControl(CacheControl.valueOf("private, no-store")).build();
    }

    private static <T> void write(Format format, String name, Table<T> table, java.io.OutputStream out,
                                  Consumer<Consumer<T>> rows) throws IOException {
        switch (format) {
            case CSV -> table.writeCsv(out, rows);
            case XLSX -> table.writeXlsx(out, name, rows);
            case JSON -> table.writeJson(out, rows);
        }
    }

    private static Response.ResponseBuilder typed(Response.ResponseBuilder response, Format format, String name) {
        response.header(HttpHeaders.VARY, "Accept, Authorization");
        if (format == Format.CSV) {
            return response.type(CSV_UTF8).header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
        }
        if (format == Format.XLSX) {
            return response.type(XLSX).header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"");
        }
        return response.type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
