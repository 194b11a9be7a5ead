package id.kalbar.monev.importing;

import id.kalbar.monev.common.paging.FilterValues;
import id.kalbar.monev.common.problem.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static id.kalbar.monev.auth.Roles.ADMIN;
import static id.kalbar.monev.auth.Roles.MINISTRY;
import static id.kalbar.monev.auth.Roles.OPERATOR;
import static id.kalbar.monev.auth.Roles.VERIFIER;

@Path("/api/v1/exports")
@Tag(name = "Imports and exports")
public class ExportResource {

    /** The browser or script keeps the download and asks again with its ETag: a 304 costs little. */
    private static final String REVALIDATE = "private, no-cache";

    private final ExportService service;
    private final ImportService imports;
    private final BulkSlots slots;

    public ExportResource(ExportService service, ImportService imports, BulkSlots slots) {
        this.service = service;
        this.imports = imports;
        this.slots = slots;
    }

    @GET
    @Path("/{kind}")
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Produces({ImportResource.CSV, MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportRows", summary = "Download realizations, targets or indicators in the columns the import takes",
            description = "Every role, cut to its scope. Streamed. `format=json` (or Accept: application/json) "
                    + "gives a JSON array; CSV otherwise. The answer carries an ETag that changes with the rows it holds; "
                    + "with If-None-Match it is 304 while they are unchanged, without them being read.")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = "ETag from an earlier download",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "429", description = "Too many loads and downloads are running; try again after Retry-After seconds")
    @APIResponse(responseCode = "200", description = "The rows",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Cache-Control", description = "`private, no-cache`: kept, and asked again with its ETag",
                            schema = @Schema(type = SchemaType.STRING))},
            content = {
            @Content(mediaType = ImportResource.CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Object.class))})
    public Response exportRows(
            @Parameter(description = "A kind of GET /api/v1/imports/kinds: realizations, targets, indicators, regions, ...") @PathParam("kind") String kind,
            @Parameter(schema = @Schema(enumeration = {"csv", "json"})) @QueryParam("format") String format,
            @QueryParam("indicator") String indicator,
            @QueryParam("program") String program,
            @QueryParam("region") String region,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("year") String year,
            @Parameter(description = "Realizations only") @QueryParam("periodFrom") String periodFrom,
            @Parameter(description = "Realizations only") @QueryParam("periodTo") String periodTo,
            @Parameter(description = "Realizations only") @QueryParam("status") String status,
            @Parameter(description = "Region codes in the file: KEMENDAGRI (default, 61.71) or BPS (6171), as the import "
                    + "takes them; the region filter stays a Kemendagri code", schema = @Schema(implementation = IdScheme.class))
            @QueryParam("idScheme") String idScheme,
            @Parameter(description = "Indicator codes in realizations and targets: CODE (default, the indicator's own) or "
                    + "MINISTRY (its ministryCode, as the ministry's catalogue has it; indicators without one are left out); "
                    + "the indicator filter stays the indicator's own code", schema = @Schema(implementation = IndicatorKey.class))
            @QueryParam("indicatorKey") String indicatorKey,
            @HeaderParam("Accept") String accept,
            @Context Request request) {
        BulkKind importKind = imports.kind(kind);
        boolean json = "json".equalsIgnoreCase(format)
                || (format == null && accept != null && accept.startsWith(MediaType.APPLICATION_JSON));
        if (format != null && !json && !"csv".equalsIgnoreCase(format)) {
            throw Problems.validation("format", "must be csv or json");
        }
        IdScheme scheme = FilterValues.enumValue(IdScheme.class, idScheme, "idScheme");
        IndicatorKey key = FilterValues.enumValue(IndicatorKey.class, indicatorKey, "indicatorKey");
        ExportService.Download download = service.prepare(importKind,
                ExportFilters.requested(indicator, program, region, year, periodFrom, periodTo, status), json,
                scheme == null ? IdScheme.KEMENDAGRI : scheme, key == null ? IndicatorKey.CODE : key);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(download.tag());
        if (notModified != null) {
            return notModified.tag(download.tag()).header("Cache-Control", REVALIDATE).build();
        }
        BulkSlots.Slot slot = slots.acquire();
        StreamingOutput rows;
        try {
            rows = service.stream(download);
        } catch (RuntimeException e) {
            slot.close();
            throw e;
        }
        StreamingOutput body = output -> {
            try (slot) {
                rows.write(output);
            }
        };
        return Response.ok(body, json ? MediaType.APPLICATION_JSON + ";charset=UTF-8" : ImportResource.CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + importKind.name() + (json ? ".json" : ".csv") + "\"")
                .tag(download.tag())
                .header("Cache-Control", REVALIDATE)
                .build();
    }
}
