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
import java.util.UUID;
import kz.registry.audit.AuditAction;
import kz.registry.audit.boundary.AuditTrail;
import kz.registry.audit.entity.AuditEntry;
import kz.registry.audit.entity.AuditQuery;
import kz.registry.audit.entity.ChainVerification;
import kz.registry.shared.Roles;
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
        AuditQuery query = new AuditQuery(QueryParameters.text(aggregateType), QueryParameters.text(aggregateId),
                QueryParameters.text(actor), QueryParameters.instant("from", from), QueryParameters.instant("to", to));
        return PageView.of(trail.entries(query, QueryParameters.page(offset, limit)), EntryView::of);
    }

    @GET
    @Path("verification")
    public ChainVerification verify() {
        return trail.verify();
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
