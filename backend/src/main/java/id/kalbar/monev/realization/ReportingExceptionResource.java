package id.kalbar.monev.realization;

import id.kalbar.monev.common.paging.ListParams;
import id.kalbar.monev.common.paging.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static id.kalbar.monev.auth.Roles.ADMIN;
import static id.kalbar.monev.auth.Roles.MINISTRY;
import static id.kalbar.monev.auth.Roles.OPERATOR;
import static id.kalbar.monev.auth.Roles.VERIFIER;

@Path("/api/v1/reporting-exceptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reporting deadlines", description = "Exceptions that reopen a locked period for a region")
public class ReportingExceptionResource {

    private final ReportingExceptionService service;

    public ReportingExceptionResource(ReportingExceptionService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "listReportingExceptions", summary = "List deadline exceptions",
            description = "Every role, within its scope: an account bound to a province sees that province and its regencies and cities, one bound to a regency or city that region only (asking for a region outside the scope is 403).")
    @APIResponse(responseCode = "200", description = "One page of exceptions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportingExceptionPage.class)))
    public PageResponse<ReportingExceptionResponse> listReportingExceptions(
            @BeanParam ListParams params,
            @Parameter(description = "Kemendagri region code") @QueryParam("region") String region,
            @Parameter(description = "Period, e.g. 2025Q3") @QueryParam("period") String period) {
        return service.list(params, region, period);
    }

    @PUT
    @Path("/{regionCode}/{period}")
    @RolesAllowed(ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "grantReportingException", summary = "Let a region change a locked period until a date",
            description = "ADMIN only, for a region within its scope; audited.")
    @APIResponse(responseCode = "200", description = "The exception, changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportingExceptionResponse.class)))
    @APIResponse(responseCode = "201", description = "The exception, granted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportingExceptionResponse.class)))
    public Response grantReportingException(@PathParam("regionCode") String regionCode, @PathParam("period") String period,
                                            @RequestBody(required = true) @NotNull @Valid ReportingExceptionInput body,
                                            @Context UriInfo uri) {
        ReportingExceptionService.Granted granted = service.grant(regionCode, period, body);
        return granted.created()
                ? Response.created(uri.getAbsolutePath()).entity(granted.exception()).build()
                : Response.ok(granted.exception()).build();
    }

    @DELETE
    @Path("/{regionCode}/{period}")
    @RolesAllowed(ADMIN)
    @Operation(operationId = "revokeReportingException", summary = "Withdraw a deadline exception", description = "ADMIN only, for a region within its scope; audited.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public void revokeReportingException(@PathParam("regionCode") String regionCode, @PathParam("period") String period) {
        service.revoke(regionCode, period);
    }
}
