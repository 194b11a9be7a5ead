package id.kalbar.monev.importing;

import id.kalbar.monev.auth.Caller;
import id.kalbar.monev.common.paging.FilterValues;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import static id.kalbar.monev.auth.Roles.ADMIN;
import static id.kalbar.monev.auth.Roles.MINISTRY;
import static id.kalbar.monev.auth.Roles.OPERATOR;
import static id.kalbar.monev.auth.Roles.VERIFIER;

@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports and exports", description = "Bulk loads and downloads for scripts")
public class ImportResource {

    static final String CSV = "text/csv";

    private final ImportService service;
    private final ImportJobService jobs;
    private final BulkSlots slots;
    private final Caller caller;
    private final long asyncThreshold;

    public ImportResource(ImportService service, ImportJobService jobs, BulkSlots slots, Caller caller,
                          @ConfigProperty(name = "monev.import.async-threshold-bytes") long asyncThreshold) {
        this.service = service;
        this.jobs = jobs;
        this.slots = slots;
        this.caller = caller;
        this.asyncThreshold = asyncThreshold;
    }

    @POST
    @Path("/{kind}")
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR})
    @Consumes({CSV, MediaType.APPLICATION_JSON})
    @Operation(operationId = "importRows", summary = "Load realizations, targets or indicators from CSV or JSON",
            description = "The kinds, their columns and who may load them are listed by GET /api/v1/imports/kinds. Every row must lie within the loader's scope; the regions and indicators catalogue only an ADMIN of the whole deployment loads. Realizations: ADMIN, and operators for their own region (header `indicator,region,period,value,note`; "
                    + "loaded as drafts, under the same rules as single values). Targets: ADMIN and VERIFIER (header "
                    + "`indicator,region,year,value`). Indicators: ADMIN (header `code,program,name,unit,measure,polarity,periodType,"
                    + "timeAggregation,regionAggregation,baselineYear,baselineValue,rangeLow,rangeHigh,dataSource,ministryCode`). Regions "
                    + "for a national deployment: ADMIN (header `code,bpsCode,name,level,parent`). CSV in UTF-8 with a header row, separated by commas or semicolons; JSON as an "
                    + "array of objects with the same fields. Rows are upserted by their natural key: loading the same file twice "
                    + "changes nothing. By default one rejected row rejects the file (422, nothing written); `mode=PARTIAL` loads "
                    + "the valid rows. `dryRun=true` checks everything and writes nothing.")
    @RequestBody(required = true, content = {
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    example = "indicator,region,period,value,note\n2.17.06.01,61.71,2026Q4,12,\n"),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = Object.class))})
    @APIResponse(responseCode = "200", description = "What was loaded (or would be, on a dry run)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportSummary.class)))
    @APIResponse(responseCode = "202", description = "Accepted as a background job (async=true, or a file above the "
            + "threshold): follow its Location", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportJobResponse.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than allowed")
    @APIResponse(responseCode = "429", description = "Too many loads and downloads are running; try again after Retry-After seconds")
    @APIResponse(responseCode = "422", description = "Rows were rejected and nothing was loaded; `summary` says which and why")
    public Response importRows(
            @Parameter(description = "A kind of GET /api/v1/imports/kinds: realizations, targets, indicators, regions, ...")
            @PathParam("kind") String kind,
            @Parameter(description = "Check everything, write nothing", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("dryRun") String dryRun,
            @Parameter(description = "ATOMIC (default) or PARTIAL", schema = @Schema(implementation = ImportMode.class))
            @QueryParam("mode") String mode,
            @Parameter(description = "Region codes in the file: KEMENDAGRI (default, 61.71) or BPS (6171)",
                    schema = @Schema(implementation = IdScheme.class))
            @QueryParam("idScheme") String idScheme,
            @Parameter(description = "Run in the background and answer 202 with a job at once (files above the "
                    + "threshold always do)", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("async") String async,
            @HeaderParam("Content-Type") String contentType,
            @HeaderParam("Content-Length") Long contentLength,
            InputStream body) {
        BulkKind importKind = service.kind(kind);
        if (contentLength != null && contentLength > service.maxBytes()) {
            throw LimitedInputStream.tooLarge(service.maxBytes());
        }
        ImportMode importMode = FilterValues.enumValue(ImportMode.class, mode, "mode");
        IdScheme scheme = FilterValues.enumValue(IdScheme.class, idScheme, "idScheme");
        ImportOptions options = new ImportOptions(
                Boolean.TRUE.equals(FilterValues.bool(dryRun, "dryRun")),
                importMode == null ? ImportMode.ATOMIC : importMode,
                scheme == null ? IdScheme.KEMENDAGRI : scheme,
                contentType != null && contentType.startsWith(MediaType.APPLICATION_JSON));
        ImportActor actor = ImportActor.of(caller);
        boolean background = Boolean.TRUE.equals(FilterValues.bool(async, "async"))
                || (contentLength != null && contentLength > asyncThreshold);
        if (!background) {
            service.requireRole(importKind, actor);
            try (BulkSlots.Slot slot = slots.acquire()) {
                java.nio.file.Path file = Uploads.spool(body, service.maxBytes());
                try (InputStream in = Files.newInputStream(file)) {
                    return Response.ok(service.load(importKind, in, options, actor)).build();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    Uploads.delete(file);
                }
            }
        }
        ImportJobResponse job = jobs.submit(importKind, body, options, actor);
        return Response.accepted(job).location(URI.create("/api/v1/imports/jobs/" + job.id())).build();
    }

    @GET
    @Path("/kinds")
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "listImportKinds", summary = "The kinds of bulk load and download",
            description = "Every role: each kind's name, its columns, the columns a file must have, and the roles that may load it.")
    @APIResponse(responseCode = "200", description = "The kinds, those loaded most often first", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ImportKindResponse.class)))
    public List<ImportKindResponse> listImportKinds() {
        return service.kinds().stream().map(ImportKindResponse::from).toList();
    }

    @GET
    @Path("/jobs/{id}")
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR})
    @Operation(operationId = "getImportJob", summary = "Progress and outcome of a background load",
            description = "Its creator, and province officers; an operator sees only its own jobs.")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobResponse.class)))
    public ImportJobResponse getImportJob(@PathParam("id") UUID id) {
        return jobs.get(id, ImportActor.of(caller));
    }
}
