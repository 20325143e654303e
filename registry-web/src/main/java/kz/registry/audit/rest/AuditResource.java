package kz.registry.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kz.registry.shared.Page;
import kz.registry.shared.PageRequest;
import kz.registry.shared.UnknownRecordException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import java.time.Instant;
import java.util.UUID;
import kz.registry.audit.AuditAction;
import kz.registry.audit.boundary.AuditLog;
import kz.registry.audit.boundary.AuditTrail;
import kz.registry.audit.entity.AuditEntry;
import kz.registry.audit.entity.AuditQuery;
import kz.registry.audit.entity.LogVerification;
import kz.registry.shared.Roles;
import kz.registry.shared.rest.PageView;
import kz.registry.shared.rest.QueryParameters;
import kz.registry.shared.rest.ReportResponses;
import kz.registry.shared.rest.SpokenText;
import kz.registry.shared.rest.Table;

/** {@code /api/audit}: who changed what, when, from what to what; and whether the trail is intact. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AUDITOR)
public class AuditResource {

    @Inject
    AuditTrail trail;

    @Inject
    AuditLog log;

    /**
     * Entries in the order they were written.
     *
     * @param from moment (ISO-8601, inclusive), @param to moment (exclusive)
     */
    @GET
    @Produces({MediaType.APPLICATION_JSON, ReportResponses.CSV, ReportResponses.XLSX})
    @Operation(summary = "The trail's entries, filtered and paged",
            description = "Filters: aggregateType (the record type), aggregateId, actor, from and to (moments, ISO-8601, "
                    + "to exclusive). JSON, or a page of entries as CSV (format=csv or Accept: text/csv) or an Excel workbook (format=xlsx), columns: "
                    + TRAIL_COLUMNS)
    public Response entries(@QueryParam("aggregateType") String aggregateType,
                            @QueryParam("aggregateId") String aggregateId,
                            @QueryParam("actor") String actor,
                            @QueryParam("from") String from,
                            @QueryParam("to") String to,
                            @QueryParam("offset") String offset,
                            @QueryParam("limit") String limit,
                            @QueryParam("sort") String sort, @QueryParam("format") String format,
                            @Context HttpHeaders headers, @Context Request request) {
        AuditQuery query = new AuditQuery(QueryParameters.text(aggregateType), QueryParameters.text(aggregateId),
                QueryParameters.text(actor), QueryParameters.instant("from", from), QueryParameters.instant("to", to));
        PageView<EntryView> page = PageView.of(trail.entries(query, QueryParameters.page(offset, limit, sort)), EntryView::of);
        return ReportResponses.whole(request, ReportResponses.format(format, headers), "audit-trail", page, TRAIL_TABLE,
                page.items());
    }

    static final String TRAIL_COLUMNS = "sequence,occurred_at,actor,actor_roles,action,record_type,record_id,before,after,"
            + "correlation_id";

    static final Table<EntryView> TRAIL_TABLE = Table.of(
            Table.column("sequence", EntryView::sequence),
            Table.column("occurred_at", EntryView::occurredAt),
            Table.column("actor", EntryView::actor),
            Table.column("actor_roles", EntryView::actorRoles),
            Table.column("action", EntryView::action),
            Table.column("record_type", EntryView::aggregateType),
            Table.column("record_id", EntryView::aggregateId),
            Table.column("before", EntryView::before),
            Table.column("after", EntryView::after),
            Table.column("correlation_id", EntryView::correlationId));

    @GET
    @Path("verification")
    @Operation(summary = "Is the audit log intact?",
            description = "Recomputes the whole log from the entries themselves: every leaf in order, the root at every "
                    + "signed checkpoint (and each signature), every entry waiting to be sealed; says where it breaks, "
                    + "if it does, and how many entries wait to be sealed, the oldest for how long.")
    public VerificationView verify() {
        return VerificationView.of(log.verify());
    }

    /** What the recomputation found; why it does not hold in the caller's language. */
    public record VerificationView(boolean intact, long entriesChecked, Long firstBrokenSequence, UUID firstBrokenId,
                                   @JsonbTypeSerializer(SpokenText.class) String reason, long treeSize,
                                   long checkpointsChecked, long unsealed, Long oldestUnsealedSeconds) {
        static VerificationView of(LogVerification found) {
            return new VerificationView(found.intact(), found.entriesChecked(), found.firstBrokenSequence(),
                    found.firstBrokenId(), found.reason(), found.treeSize(), found.checkpointsChecked(), found.unsealed(),
                    found.oldestUnsealedSeconds());
        }
    }

    /**
     * One record's history, oldest first: who did what when, and field by field what changed
     * from what to what (from the entries' before and after snapshots).
     */
    @GET
    @Path("records/{type}/{id}")
    @Operation(summary = "A record's history: who changed it, when, from what to what",
            description = "Every audit entry of the record in the order written, each with the fields that changed. "
                    + "The type is the record type the entries name (shelter, allocation, claim, victim ...). CSV "
                    + "(format=csv) has one line per changed field: " + HISTORY_COLUMNS)
    @APIResponse(responseCode = "200", description = "The history", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "a shelter renamed", value = "{\"type\":\"shelter\",\"id\":\"5c2a...\","
                    + "\"entries\":[{\"sequence\":41,\"occurredAt\":\"2026-11-28T10:00:00Z\",\"actor\":\"finance\","
                    + "\"action\":\"UPDATE\",\"changes\":[{\"field\":\"name\",\"from\":\"Shelter A\",\"to\":"
                    + "\"Shelter B\"}]}]}")))
    @Produces({MediaType.APPLICATION_JSON, ReportResponses.CSV, ReportResponses.XLSX})
    public Response history(@PathParam("type") String type, @PathParam("id") String id,
                            @QueryParam("format") String format, @Context HttpHeaders headers,
                            @Context Request request) {
        List<HistoryEntry> entries = new ArrayList<>();
        AuditQuery query = new AuditQuery(type, id, null, null, null);
        Page<AuditEntry> page;
        int offset = 0;
        do {
            page = trail.entries(query, new PageRequest(offset, Page.MAX_LIMIT));
            page.items().forEach(entry -> entries.add(HistoryEntry.of(entry)));
            offset += page.items().size();
        } while (!page.items().isEmpty() && offset < page.total());
        if (entries.isEmpty()) {
            throw new UnknownRecordException(type + " in the audit trail", id);
        }
        List<HistoryLine> lines = entries.stream()
                .flatMap(entry -> entry.changes().stream().map(change -> new HistoryLine(entry, change))).toList();
        return ReportResponses.whole(request, ReportResponses.format(format, headers), "history-" + type,
                new HistoryView(type, id, entries), HISTORY_TABLE, lines);
    }

    static final String HISTORY_COLUMNS = "sequence,occurred_at,actor,action,field,from,to,correlation_id";

    /** One changed field of one entry: a line of the history's CSV. */
    record HistoryLine(HistoryEntry entry, Change change) {
    }

    static final Table<HistoryLine> HISTORY_TABLE = Table.of(
            Table.column("sequence", line -> line.entry().sequence()),
            Table.column("occurred_at", line -> line.entry().occurredAt()),
            Table.column("actor", line -> line.entry().actor()),
            Table.column("action", line -> line.entry().action()),
            Table.column("field", line -> line.change().field()),
            Table.column("from", line -> line.change().from()),
            Table.column("to", line -> line.change().to()),
            Table.column("correlation_id", line -> line.entry().correlationId()));

    public record HistoryView(String type, String id, List<HistoryEntry> entries) {
    }

    public record HistoryEntry(long sequence, Instant occurredAt, String actor, AuditAction action, String correlationId,
                               String hash, List<Change> changes) {
        static HistoryEntry of(AuditEntry e) {
            return new HistoryEntry(e.sequence(), e.occurredAt(), e.actor(), e.action(), e.correlationId(), e.hash(),
                    Change.between(e.before(), e.after()));
        }
    }

    /** A field that changed; from is null for a new record's fields, to null for what went away. */
    public record Change(String field, String from, String to) {

        static List<Change> between(String before, String after) {
            Map<String, String> old = fields(before);
            Map<String, String> now = fields(after);
            List<Change> changes = new ArrayList<>();
            Set<String> names = new LinkedHashSet<>(old.keySet());
            names.addAll(now.keySet());
            for (String name : names) {
                if (!Objects.equals(old.get(name), now.get(name))) {
                    changes.add(new Change(name, old.get(name), now.get(name)));
                }
            }
            return changes;
        }

        /** A snapshot's top-level fields as text (nested values as their JSON); a non-object as one field. */
        private static Map<String, String> fields(String snapshot) {
            Map<String, String> fields = new LinkedHashMap<>();
            if (snapshot == null || snapshot.isBlank()) {
                return fields;
            }
            try (JsonReader reader = Json.createReader(new StringReader(snapshot))) {
                JsonValue value = reader.readValue();
                if (value instanceof JsonObject object) {
                    object.forEach((name, field) -> fields.put(name, field.getValueType() == JsonValue.ValueType.NULL
                            ? null : field instanceof JsonString text ? text.getString() : field.toString()));
                } else {
                    fields.put("value", value.toString());
                }
            } catch (JsonException notJson) {
                fields.put("value", snapshot);
            }
            return fields;
        }
    }

    public record EntryView(UUID id, long sequence, Instant occurredAt, String actor, String actorRoles,
                            AuditAction action, String aggregateType, String aggregateId, String before,
                            String after, String correlationId, String previousHash, String hash) {

        static EntryView of(AuditEntry e) {
            return new EntryView(e.id(), e.sequence(), e.occurredAt(), e.actor(), e.actorRoles(), e.action(),
                    e.aggregateType(), e.aggregateId(), e.before(), e.after(), e.correlationId(), e.previousHash(),
                    e.hash());
        }
    }
}
