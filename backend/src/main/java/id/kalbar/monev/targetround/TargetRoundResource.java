package id.kalbar.monev.targetround;

import id.kalbar.monev.common.http.EntityTags;
import id.kalbar.monev.common.paging.ListParams;
import id.kalbar.monev.common.paging.PageResponse;
import id.kalbar.monev.realization.ReasonInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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

@Path("/api/v1/target-rounds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Target rounds", description = "Setting next year's targets: proposals, suggestions, review, approval")
public class TargetRoundResource {

    static final String PROPOSAL = "/{year}/proposals/{indicatorCode}/{regionCode}";

    private final TargetRoundService service;

    public TargetRoundResource(TargetRoundService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openTargetRound", summary = "Open a target-setting round for a year", description = "ADMIN of the whole deployment only (an administrator bound to a province gets 403): a round spans every region.")
    @APIResponse(responseCode = "201", description = "Opened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundRecords.RoundResponse.class)))
    @APIResponse(responseCode = "409", description = "A round for that year exists")
    public Response openTargetRound(@RequestBody(required = true) @NotNull @Valid RoundRecords.RoundInput body, @Context UriInfo uri) {
        RoundRecords.RoundResponse round = service.open(body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(round.year())).build()).entity(round).build();
    }

    @GET
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "listTargetRounds", summary = "List target-setting rounds", description = "Every role; newest first.")
    @APIResponse(responseCode = "200", description = "One page of rounds",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundRecords.RoundPage.class)))
    public PageResponse<RoundRecords.RoundResponse> listTargetRounds(@BeanParam ListParams params) {
        return service.list(params);
    }

    @GET
    @Path("/{year}")
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "getTargetRound", summary = "A round, with the province's values beside the regions' rolled up",
            description = "Every role.")
    @APIResponse(responseCode = "200", description = "The round",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundRecords.RoundResponse.class)))
    public RoundRecords.RoundResponse getTargetRound(@PathParam("year") int year) {
        return service.get(year);
    }

    @POST
    @Path("/{year}/review")
    @RolesAllowed(ADMIN)
    @Operation(operationId = "reviewTargetRound", summary = "Close proposing and start the review", description = "ADMIN of the whole deployment only. OPEN → UNDER_REVIEW.")
    @APIResponse(responseCode = "200", description = "The round",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundRecords.RoundResponse.class)))
    @APIResponse(responseCode = "409", description = "Not open")
    public RoundRecords.RoundResponse reviewTargetRound(@PathParam("year") int year) {
        return service.startReview(year);
    }

    @POST
    @Path("/{year}/approve")
    @RolesAllowed(ADMIN)
    @Operation(operationId = "approveTargetRound", summary = "Approve the round: accepted and adjusted proposals become targets",
            description = "ADMIN of the whole deployment only. UNDER_REVIEW → APPROVED, in one transaction, audited.")
    @APIResponse(responseCode = "200", description = "The approved round",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundRecords.RoundResponse.class)))
    @APIResponse(responseCode = "409", description = "Not under review")
    public RoundRecords.RoundResponse approveTargetRound(@PathParam("year") int year) {
        return service.approve(year);
    }

    @GET
    @Path("/{year}/proposals")
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "listTargetProposals", summary = "Proposals of a round, with suggestions and flags",
            description = "Every role, within its scope: an account bound to a province sees that province and its regencies and cities, one bound to a regency or city that region only (asking for a region outside the scope is 403).")
    @APIResponse(responseCode = "200", description = "One page of proposals",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundRecords.ProposalPage.class)))
    public PageResponse<RoundRecords.ProposalResponse> listTargetProposals(
            @PathParam("year") int year, @BeanParam ListParams params,
            @QueryParam("indicator") String indicator, @QueryParam("program") String program,
            @QueryParam("region") String region,
            @Parameter(schema = @Schema(implementation = ProposalStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "true: only flagged proposals", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("flagged") String flagged) {
        return service.proposals(year, params, indicator, program, region, status, flagged);
    }

    @PUT
    @Path(PROPOSAL)
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "proposeTarget", summary = "Propose a target (with the system's suggestion and flags computed)",
            description = "Operators for their own region until the deadline; ADMIN and VERIFIER for every region of their scope. While the round "
                    + "is open, or when the province returned the proposal.")
    @APIResponse(responseCode = "200", description = "The proposal",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundRecords.ProposalResponse.class)))
    @APIResponse(responseCode = "409", description = "The round no longer takes this proposal")
    @APIResponse(responseCode = "412", description = "If-Match no longer matches")
    public Response proposeTarget(@PathParam("year") int year, @PathParam("indicatorCode") String indicatorCode,
                                  @PathParam("regionCode") String regionCode,
                                  @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
                                  @RequestBody(required = true) @NotNull @Valid RoundRecords.ProposalInput body) {
        return withTag(service.propose(year, indicatorCode, regionCode, body, ifMatch));
    }

    @GET
    @Path(PROPOSAL)
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "getTargetProposal", summary = "Read one proposal, with its ETag for the review",
            description = "Every role, for a region within its scope.")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = "ETag from an earlier read",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The proposal",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundRecords.ProposalResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response getTargetProposal(@PathParam("year") int year, @PathParam("indicatorCode") String indicatorCode,
                                      @PathParam("regionCode") String regionCode, @Context Request request) {
        RoundRecords.ProposalResponse proposal = service.proposal(year, indicatorCode, regionCode);
        return EntityTags.conditionalGet(request, RoundRecords.ProposalResponse.tag(proposal), proposal);
    }

    @POST
    @Path(PROPOSAL + "/accept")
    @RolesAllowed({ADMIN, VERIFIER})
    @Operation(operationId = "acceptTargetProposal", summary = "Accept a proposal as it is", description = "ADMIN and VERIFIER.")
    @APIResponse(responseCode = "200", description = "The proposal",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundRecords.ProposalResponse.class)))
    @APIResponse(responseCode = "412", description = "If-Match no longer matches")
    @APIResponse(responseCode = "409", description = "The round is approved")
    public Response acceptTargetProposal(@PathParam("year") int year,
                                         @PathParam("indicatorCode") String indicatorCode,
                                         @PathParam("regionCode") String regionCode,
                                         @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch) {
        return withTag(service.review(year, indicatorCode, regionCode, ProposalStatus.ACCEPTED, null, null, ifMatch));
    }

    @POST
    @Path(PROPOSAL + "/adjust")
    @RolesAllowed({ADMIN, VERIFIER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "adjustTargetProposal", summary = "Agree on another value, with the reason", description = "ADMIN and VERIFIER.")
    @APIResponse(responseCode = "200", description = "The proposal",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundRecords.ProposalResponse.class)))
    @APIResponse(responseCode = "412", description = "If-Match no longer matches")
    @APIResponse(responseCode = "409", description = "The round is approved")
    public Response adjustTargetProposal(@PathParam("year") int year,
                                         @PathParam("indicatorCode") String indicatorCode,
                                         @PathParam("regionCode") String regionCode,
                                         @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
                                         @RequestBody(required = true) @NotNull @Valid RoundRecords.AdjustInput body) {
        return withTag(service.review(year, indicatorCode, regionCode, ProposalStatus.ADJUSTED, body.value(), body.reason(), ifMatch));
    }

    @POST
    @Path(PROPOSAL + "/return")
    @RolesAllowed({ADMIN, VERIFIER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "returnTargetProposal", summary = "Send a proposal back to its region, with the reason",
            description = "ADMIN and VERIFIER.")
    @APIResponse(responseCode = "200", description = "The proposal",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundRecords.ProposalResponse.class)))
    @APIResponse(responseCode = "412", description = "If-Match no longer matches")
    @APIResponse(responseCode = "409", description = "The round is approved")
    public Response returnTargetProposal(@PathParam("year") int year,
                                         @PathParam("indicatorCode") String indicatorCode,
                                         @PathParam("regionCode") String regionCode,
                                         @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
                                         @RequestBody(required = true) @NotNull @Valid ReasonInput body) {
        return withTag(service.review(year, indicatorCode, regionCode, ProposalStatus.RETURNED, null, body.reason(), ifMatch));
    }

    private static Response withTag(RoundRecords.ProposalResponse proposal) {
        return EntityTags.ok(proposal, RoundRecords.ProposalResponse.tag(proposal));
    }
}
