package kz.registry.reporting.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import kz.registry.reporting.boundary.OpenData;
import kz.registry.reporting.entity.OpenDataFile;
import kz.registry.reporting.entity.Publication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/open-data}: the registry's open data, for anyone without signing in, once the
 * operator switches it on ({@code registry.open-data.enabled}; until then every address answers
 * 404). Each answer may be kept by any cache until the publication is built again, and is
 * tagged by its content.
 */
@Path("open-data")
@RequestScoped
@PermitAll
public class OpenDataResource {

    @Inject
    OpenData openData;

    @Context
    Request request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What is published: the files, and the compensation statistics as their tables",
            description = "Open to anyone when open data is switched on (else 404). Spending as a Fiscal Data Package "
                    + "(spending/datapackage.json, spending/spending.csv) and the compensation statistics as a tabular "
                    + "data package (compensation/datapackage.json and one CSV per table), both in open-data.zip. "
                    + "No figure rests on fewer victims than minimumCell: hidden figures are null, and hidden says why.")
    @APIResponse(responseCode = "200", description = "The publication")
    @APIResponse(responseCode = "404", description = "Open data is not switched on here")
    public Response index() {
        Publication publication = openData.publication();
        PublicationView view = PublicationView.of(publication);
        return cached(publication, Response.ok(view, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")), null);
    }

    @GET
    @Path("{folder}/{file}")
    @Operation(summary = "One file of the publication",
            description = "spending/datapackage.json, spending/spending.csv, compensation/datapackage.json, "
                    + "compensation/compensation-by-year.csv, -by-category, -by-origin, -by-sex, -by-minor.")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such file, or open data is not switched on")
    public Response file(@Parameter(description = "spending or compensation", example = "compensation")
                         @PathParam("folder") String folder,
                         @Parameter(description = "The file's name", example = "compensation-by-year.csv")
                         @PathParam("file") String file) {
        return served(folder + "/" + file);
    }

    @GET
    @Path("open-data.zip")
    @Produces("application/zip")
    @Operation(summary = "Both packages in one zip, each in its folder")
    @APIResponse(responseCode = "200", description = "The zip")
    @APIResponse(responseCode = "404", description = "Open data is not switched on here")
    public Response zip() {
        return served("open-data.zip");
    }

    /** One boundary call: the publication as it stands, and the file from it. */
    private Response served(String path) {
        Publication publication = openData.publication();
        OpenDataFile file = publication.file(path);
        EntityTag tag = new EntityTag(file.tag());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return cached(publication, unchanged, tag);
        }
        String name = file.path().substring(file.path().lastIndexOf('/') + 1);
        MediaType type = MediaType.valueOf(file.mediaType());
        Response.ResponseBuilder response = Response.ok(file.content(),
                type.getType().equals("text") || type.getSubtype().equals("json") ? type.withCharset("UTF-8") : type)
                .header("Content-Disposition", (name.endsWith(".json") ? "inline" : "attachment")
                        + "; filename=\"" + name + "\"");
        return cached(publication, response, tag);
    }

    /** Public, kept until the publication is built again. */
    private static Response cached(Publication publication, Response.ResponseBuilder response, EntityTag tag) {
        long seconds = Math.max(0, Duration.between(Instant.now(), publication.expires()).toSeconds());
        response.cacheControl(CacheControl.valueOf("public, max-age=" + seconds)).lastModified(Date.from(publication.built()));
        return (tag == null ? response : response.tag(tag)).build();
    }

    public record PublicationView(Instant built, Instant expires, int minimumCell, List<FileView> files, FileView zip,
                                  List<Publication.StatisticsTable> statistics) {
        static PublicationView of(Publication publication) {
            return new PublicationView(publication.built(), publication.expires(), publication.minimumCell(),
                    publication.files().stream().map(FileView::of).toList(), FileView.of(publication.zip()),
                    publication.statistics());
        }
    }

    /** @param href where to get it, from the API's root */
    public record FileView(String path, String href, String mediaType, int bytes, String description) {
        static FileView of(OpenDataFile file) {
            return new FileView(file.path(), "/api/open-data/" + file.path(), file.mediaType(), file.size(),
                    file.description());
        }
    }
}
