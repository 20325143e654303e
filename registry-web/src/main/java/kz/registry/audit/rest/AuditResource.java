package kz.registry.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import kz.registry.audit.AuditAction;
import kz.registry.audit.boundary.AuditTrail;
import kz.registry.audit.entity.AuditEntry;
import kz.registry.audit.entity.AuditQuery;
import kz.registry.audit.entity.ChainVerification;
import kz.registry.shared.Roles;
import kz.registry.shared.InvalidInputException;
import kz.registry.shared.rest.PageView;
import kz.registry.shared.rest.QueryParameters;

/** {@code /api/audit}: who changed what, when, from what to what; and whether the trail is intact. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AUDITOR)
public class AuditResource {

    @Inject
    AuditTrail trail;

    /**
     * Entries in the order they were written.
     *
     * @param from moment (ISO-8601, inclusive), @param to moment (exclusive)
     */
    @GET
    public PageView<EntryView> entries(@QueryParam("aggregateType") String aggregateType,
                                       @QueryParam("aggregateId") String aggregateId,
                                       @QueryParam("actor") String actor,
                                       @QueryParam("from") String from,
                                       @QueryParam("to") String to,
                                       @QueryParam("offset") String offset,
                                       @QueryParam("limit") String limit) {
        AuditQuery query = new AuditQuery(blankToNull(aggregateType), blankToNull(aggregateId), blankToNull(actor),
                instant("from", from), instant("to", to));
        return PageView.of(trail.entries(query, QueryParameters.page(offset, limit)), EntryView::of);
    }

    @GET
    @Path("verification")
    public ChainVerification verify() {
        return trail.verify();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Instant instant(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "must be a moment as 2026-01-31T00:00:00Z, not '" + raw + "'");
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
