package id.kalbar.monev.realization;

import id.kalbar.monev.common.http.EntityTags;
import id.kalbar.monev.common.paging.ListParams;
import id.kalbar.monev.common.paging.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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
import static id.kalbar.monev.common.http.Preconditions.IF_MATCH_DESCRIPTION;

@Path("/api/v1/realizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Realizations", description = "Reported values and their verification")
public class RealizationResource {

    static final String ONE = "/{indicatorCode}/{regionCode}/{period}";

    private final RealizationService service;

    public RealizationResource(RealizationService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "listRealizations", summary = "List realizations",
            description = "Every role, within its scope: an account bound to a province sees that province and its regencies and cities, one bound to a regency or city that region only (asking for a region outside the scope is 403). "
                    + "Sortable by indicatorCode, regionCode, period, value, status, submittedAt, updatedAt.")
    @APIResponse(responseCode = "200", description = "One page of realizations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RealizationPage.class)))
    public PageResponse<RealizationResponse> listRealizations(@BeanParam ListParams params, @BeanParam RealizationFilters filters) {
        return service.list(params, filters);
    }

    @GET
    @Path(ONE)
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "getRealization", summary = "Read one realization", description = "Every role, for a region within its scope.")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = "ETag from an earlier read",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The realization",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RealizationResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response getRealization(@PathParam("indicatorCode") String indicatorCode, @PathParam("regionCode") String regionCode,
                                   @PathParam("period") String period, @Context Request request) {
        RealizationResponse realization = service.get(indicatorCode, regionCode, period);
        return EntityTags.conditionalGet(request, tag(realization), realization);
    }

    @PUT
    @Path(ONE)
    @RolesAllowed({ADMIN, OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveRealization", summary = "Report a value (saved as draft)",
            description = "Operators for their own region, and ADMIN within its scope. Only DRAFT or RETURNED values change (409 otherwise); "
                    + "the period must have started, must match the indicator's period type, and for operators must be "
                    + "before its deadline unless an exception was granted (409 period-locked).")
    @APIResponse(responseCode = "200", description = "The value, changed",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RealizationResponse.class)))
    @APIResponse(responseCode = "201", description = "The value, created",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RealizationResponse.class)))
    @APIResponse(responseCode = "409", description = "Not editable in its state, or the period is locked")
    @APIResponse(responseCode = "412", description = "If-Match no longer matches")
    public Response saveRealization(@PathParam("indicatorCode") String indicatorCode, @PathParam("regionCode") String regionCode,
                                    @PathParam("period") String period,
                                    @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
                                    @RequestBody(required = true) @NotNull @Valid RealizationInput body,
                                    @Context UriInfo uri) {
        RealizationService.Saved saved = service.save(indicatorCode, regionCode, period, body, ifMatch);
        RealizationResponse realization = saved.realization();
        return saved.created()
                ? EntityTags.created(uri.getAbsolutePath(), realization, tag(realization))
                : EntityTags.ok(realization, tag(realization));
    }

    @POST
    @Path(ONE + "/submit")
    @RolesAllowed({ADMIN, OPERATOR})
    @Operation(operationId = "submitRealization", summary = "Submit a value for verification",
            description = "Operators for their own region, and ADMIN within its scope. DRAFT or RETURNED → SUBMITTED.")
    @APIResponse(responseCode = "200", description = "The submitted value",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RealizationResponse.class)))
    @APIResponse(responseCode = "409", description = "Not in a state that can be submitted, or the period is locked")
    @APIResponse(responseCode = "412", description = "If-Match no longer matches")
    public Response submitRealization(@PathParam("indicatorCode") String indicatorCode, @PathParam("regionCode") String regionCode,
                                      @PathParam("period") String period,
                                      @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch) {
        return ok(service.submit(indicatorCode, regionCode, period, ifMatch));
    }

    @POST
    @Path(ONE + "/verify")
    @RolesAllowed({ADMIN, VERIFIER})
    @Operation(operationId = "verifyRealization", summary = "Verify a submitted value",
            description = "VERIFIER and ADMIN. SUBMITTED → VERIFIED.")
    @APIResponse(responseCode = "200", description = "The verified value",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RealizationResponse.class)))
    @APIResponse(responseCode = "409", description = "Not submitted")
    @APIResponse(responseCode = "412", description = "If-Match no longer matches")
    public Response verifyRealization(@PathParam("indicatorCode") String indicatorCode, @PathParam("regionCode") String regionCode,
                                      @PathParam("period") String period,
                                      @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch) {
        return ok(service.verify(indicatorCode, regionCode, period, ifMatch));
    }

    @POST
    @Path(ONE + "/return")
    @RolesAllowed({ADMIN, VERIFIER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "returnRealization", summary = "Return a submitted value to its region, with the reason",
            description = "VERIFIER and ADMIN. SUBMITTED → RETURNED.")
    @APIResponse(responseCode = "200", description = "The returned value",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RealizationResponse.class)))
    @APIResponse(responseCode = "409", description = "Not submitted")
    @APIResponse(responseCode = "412", description = "If-Match no longer matches")
    public Response returnRealization(@PathParam("indicatorCode") String indicatorCode, @PathParam("regionCode") String regionCode,
                                      @PathParam("period") String period,
                                      @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
                                      @RequestBody(required = true) @NotNull @Valid ReasonInput body) {
        return ok(service.returnToRegion(indicatorCode, regionCode, period, body.reason(), ifMatch));
    }

    @POST
    @Path(ONE + "/reopen")
    @RolesAllowed(ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reopenRealization", summary = "Reopen a verified value so its region can correct it",
            description = "ADMIN only. VERIFIED → RETURNED, with the reason.")
    @APIResponse(responseCode = "200", description = "The reopened value",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RealizationResponse.class)))
    @APIResponse(responseCode = "409", description = "Not verified")
    @APIResponse(responseCode = "412", description = "If-Match no longer matches")
    public Response reopenRealization(@PathParam("indicatorCode") String indicatorCode, @PathParam("regionCode") String regionCode,
                                      @PathParam("period") String period,
                                      @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
                                      @RequestBody(required = true) @NotNull @Valid ReasonInput body) {
        return ok(service.reopen(indicatorCode, regionCode, period, body.reason(), ifMatch));
    }

    @POST
    @Path("/submissions")
    @RolesAllowed({ADMIN, OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitPeriod", summary = "Submit all draft and returned values of a region for a period",
            description = "Operators for their own region, and ADMIN within its scope.")
    @APIResponse(responseCode = "200", description = "What was submitted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmitPeriodResponse.class)))
    @APIResponse(responseCode = "409", description = "The period is locked")
    public SubmitPeriodResponse submitPeriod(@RequestBody(required = true) @NotNull @Valid SubmitPeriodRequest body) {
        return service.submitPeriod(body);
    }

    @POST
    @Path("/verifications")
    @RolesAllowed({ADMIN, VERIFIER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "verifyPeriod", summary = "Verify all submitted values of a region for a period",
            description = "VERIFIER and ADMIN. The counterpart of /submissions: every SUBMITTED value of the region's "
                    + "period becomes VERIFIED in one transaction, each audited as a single verification. Send the values "
                    + "you looked at in `expected` (indicator and version): if any value was submitted, changed or "
                    + "returned since, nothing is verified and the answer is 412 naming them in `changed`.")
    @APIResponse(responseCode = "200", description = "What was verified",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerifyPeriodResponse.class)))
    @APIResponse(responseCode = "404", description = "No such region")
    @APIResponse(responseCode = "412", description = "The submitted values differ from those expected")
    public VerifyPeriodResponse verifyPeriod(@RequestBody(required = true) @NotNull @Valid VerifyPeriodRequest body) {
        return service.verifyPeriod(body);
    }

    @DELETE
    @Path(ONE)
    @RolesAllowed({ADMIN, OPERATOR})
    @Operation(operationId = "deleteRealization", summary = "Delete a draft or returned value",
            description = "Operators for their own region, and ADMIN, while the period is open to them (409 period-locked "
                    + "otherwise). Submitted and verified values are not deleted (409 realization-not-deletable).")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Submitted or verified, or the period is locked")
    @APIResponse(responseCode = "412", description = "If-Match no longer matches")
    public void deleteRealization(@PathParam("indicatorCode") String indicatorCode, @PathParam("regionCode") String regionCode,
                                  @PathParam("period") String period,
                                  @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch) {
        service.delete(indicatorCode, regionCode, period, ifMatch);
    }

    private static Response ok(RealizationResponse realization) {
        return EntityTags.ok(realization, tag(realization));
    }

    private static EntityTag tag(RealizationResponse realization) {
        return EntityTags.of(realization.version(), realization.updatedAt());
    }
}
