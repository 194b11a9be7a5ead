package id.kalbar.monev.importing;

import id.kalbar.monev.common.problem.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
            description = "Every role; operators get their own region. Streamed. `format=json` (or Accept: application/json) "
                    + "gives a JSON array; CSV otherwise.")
    @APIResponse(responseCode = "429", description = "Too many loads and downloads are running; try again after Retry-After seconds")
    @APIResponse(responseCode = "200", description = "The rows", content = {
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
            @HeaderParam("Accept") String accept) {
        BulkKind importKind = imports.kind(kind);
        boolean json = "json".equalsIgnoreCase(format)
                || (format == null && accept != null && accept.startsWith(MediaType.APPLICATION_JSON));
        if (format != null && !json && !"csv".equalsIgnoreCase(format)) {
            throw Problems.validation("format", "must be csv or json");
        }
        BulkSlots.Slot slot = slots.acquire();
        StreamingOutput rows;
        try {
            rows = service.export(importKind, new ExportFilters(indicator, program, region, year, periodFrom, periodTo, status), json);
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
                .build();
    }
}
