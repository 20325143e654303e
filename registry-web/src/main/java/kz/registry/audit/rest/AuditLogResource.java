package kz.registry.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import kz.registry.audit.boundary.AuditLog;
import kz.registry.audit.entity.AuditSigningKey;
import kz.registry.audit.entity.LogStatus;
import kz.registry.shared.Roles;
import kz.registry.shared.UnknownRecordException;
import kz.registry.shared.rest.QueryParameters;
import kz.registry.verifier.Checkpoint;
import kz.registry.verifier.Proofs;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/audit/log}: the audit log as a transparency log. Signed checkpoints, the keys that
 * sign them, inclusion and consistency proofs: as JSON, or with {@code Accept: text/plain} in the
 * text the offline verifier reads (README, "The audit log").
 */
@Path("audit/log")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
@RolesAllowed(Roles.AUDITOR)
public class AuditLogResource {

    @Inject
    AuditLog log;

    @Context
    HttpHeaders headers;

    @GET
    @Path("status")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "How far sealing has come: the tree's size, the latest checkpoint's, and the entries waiting",
            description = "Cheap enough to ask often (a balancer's or a monitor's check); the verification says the same"
                    + " after recomputing everything.")
    public LogStatus status() {
        return log.status();
    }

    @GET
    @Path("checkpoints/latest")
    @Operation(summary = "The latest signed checkpoint: the log's size, root hash and signing time")
    public Response latestCheckpoint() {
        return checkpoint(log.latestCheckpoint().orElseThrow(() -> new UnknownRecordException("checkpoint", "latest")));
    }

    @GET
    @Path("checkpoints/{size}")
    @Operation(summary = "The checkpoint signed when the log had this many entries")
    public Response checkpointOf(@PathParam("size") String size) {
        return checkpoint(log.checkpoint(QueryParameters.integer("size", size, 1)));
    }

    @GET
    @Path("keys")
    @Operation(summary = "The keys that sign checkpoints: id, algorithm and public key (PEM)")
    public List<KeyView> keys() {
        return log.keys().stream().map(KeyView::of).toList();
    }

    @GET
    @Path("keys/{id}")
    @Produces({"application/x-pem-file", MediaType.TEXT_PLAIN})
    @Operation(summary = "One signing key's public half, as a PEM file for the offline verifier")
    public String key(@PathParam("id") String id) {
        return log.keys().stream().filter(key -> key.keyId().equals(id)).findFirst().map(AuditSigningKey::publicKey)
                .orElseThrow(() -> new UnknownRecordException("signing key", id));
    }

    @GET
    @Path("inclusion")
    @Operation(summary = "An inclusion proof: the entry is a leaf of the tree of a checkpoint",
            description = "entry: the audit entry's id; treeSize: a checkpoint's size (default: the latest).")
    public Response inclusion(@QueryParam("entry") String entry, @QueryParam("treeSize") String treeSize) {
        UUID id = QueryParameters.uuid("entry", entry);
        if (id == null) {
            throw new kz.registry.shared.InvalidInputException("entry", "required: the audit entry's id");
        }
        Proofs.Inclusion proof = log.inclusionProof(id, size(treeSize));
        return answer(new InclusionView(proof.index(), proof.size(), encode(proof.entry()), encode(proof.path()),
                proof.text()), proof.text());
    }

    @GET
    @Path("consistency")
    @Operation(summary = "A consistency proof: the later tree only appended to the earlier one",
            description = "from: the earlier checkpoint's size; to: the later one's (default: the latest).")
    public Response consistency(@QueryParam("from") String from, @QueryParam("to") String to) {
        Proofs.Consistency proof = log.consistencyProof(QueryParameters.integer("from", required("from", from), 0), size(to));
        return answer(new ConsistencyView(proof.from(), proof.to(), encode(proof.path()), proof.text()), proof.text());
    }

    private long size(String treeSize) {
        return treeSize == null || treeSize.isBlank()
                ? log.latestCheckpoint().orElseThrow(() -> new UnknownRecordException("checkpoint", "latest")).size()
                : QueryParameters.integer("treeSize", treeSize, 1);
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new kz.registry.shared.InvalidInputException(name, "required");
        }
        return value;
    }

    private Response checkpoint(Checkpoint checkpoint) {
        return answer(new CheckpointView(checkpoint.size(), encode(checkpoint.root()), checkpoint.signedAt(),
                checkpoint.keyId(), encode(checkpoint.signature()), checkpoint.text()), checkpoint.text());
    }

    /** JSON, unless the caller asks for text first: then the text the offline verifier reads. */
    private Response answer(Object json, String text) {
        boolean textFirst = headers.getAcceptableMediaTypes().stream().findFirst()
                .map(type -> type.isCompatible(MediaType.TEXT_PLAIN_TYPE) && !type.isWildcardType()).orElse(false);
        return textFirst ? Response.ok(text, MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).build()
                : Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static List<String> encode(List<byte[]> hashes) {
        return hashes.stream().map(AuditLogResource::encode).toList();
    }

    public record CheckpointView(long treeSize, String rootHash, Instant signedAt, String keyId, String signature,
                                 String text) {
    }

    public record KeyView(String keyId, String algorithm, String publicKey, Instant firstUsed) {
        static KeyView of(AuditSigningKey key) {
            return new KeyView(key.keyId(), key.algorithm(), key.publicKey(), key.firstUsed());
        }
    }

    public record InclusionView(long leafIndex, long treeSize, String entry, List<String> path, String text) {
    }

    public record ConsistencyView(long from, long to, List<String> path, String text) {
    }
}
