package id.kalbar.monev.evaluation;

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
import jakarta.ws.rs.QueryParam;
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

import java.util.UUID;

import static id.kalbar.monev.auth.Roles.ADMIN;
import static id.kalbar.monev.auth.Roles.MINISTRY;
import static id.kalbar.monev.auth.Roles.OPERATOR;
import static id.kalbar.monev.auth.Roles.VERIFIER;
import static id.kalbar.monev.common.http.Preconditions.IF_MATCH_DESCRIPTION;

@Path("/api/v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation meetings", description = "Meetings (rapat monev), attendance, minutes and agreements")
public class MeetingResource {

    private final MeetingService service;
    private final MeetingSummaryService summaries;

    public MeetingResource(MeetingService service, MeetingSummaryService summaries) {
        this.service = service;
        this.summaries = summaries;
    }

    @GET
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "listMeetings", summary = "List evaluation meetings",
            description = "Every role. Newest first; sortable by date, title, year, updatedAt.")
    @APIResponse(responseCode = "200", description = "One page of meetings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationPages.MeetingPage.class)))
    public PageResponse<MeetingResponse> listMeetings(
            @BeanParam ListParams params,
            @Parameter(description = "Year evaluated", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("year") String year,
            @Parameter(description = "Free text found in the title or place") @QueryParam("q") String text) {
        return service.list(params, year, text);
    }

    @POST
    @RolesAllowed({ADMIN, VERIFIER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createMeeting", summary = "Record an evaluation meeting", description = "ADMIN and VERIFIER.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingResponse.class)))
    public Response createMeeting(@RequestBody(required = true) @NotNull @Valid MeetingInput body, @Context UriInfo uri) {
        MeetingResponse created = service.create(body);
        return EntityTags.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created, tag(created));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "getMeeting", summary = "Read a meeting with its attendance and agreements", description = "Every role.")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = "ETag from an earlier read",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The meeting",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response getMeeting(@PathParam("id") UUID id, @Context Request request) {
        MeetingResponse meeting = service.get(id);
        return EntityTags.conditionalGet(request, tag(meeting), meeting);
    }

    @GET
    @Path("/{id}/summary.pdf")
    @Produces("application/pdf")
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "getMeetingSummaryPdf", summary = "The meeting's summary as a PDF (A4, Bahasa Indonesia)",
            description = "Every role that reads the meeting. The agency's letterhead, date, place, periods evaluated, "
                    + "attendance, agreements, the findings with their recommendations and follow-up status, and the "
                    + "signature block; an account bound to a region sees the findings within its scope and its province's province-wide ones.")
    @APIResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response getMeetingSummaryPdf(@PathParam("id") UUID id) {
        return Response.ok(summaries.renderPdf(id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"ringkasan-rapat-" + id + ".pdf\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ADMIN, VERIFIER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceMeeting", summary = "Edit a meeting", description = "ADMIN and VERIFIER.")
    @APIResponse(responseCode = "200", description = "The meeting as stored",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingResponse.class)))
    @APIResponse(responseCode = "412", description = "If-Match no longer matches")
    public Response replaceMeeting(@PathParam("id") UUID id,
                                   @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
                                   @RequestBody(required = true) @NotNull @Valid MeetingInput body) {
        MeetingResponse meeting = service.replace(id, body, ifMatch);
        return EntityTags.ok(meeting, tag(meeting));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(ADMIN)
    @Operation(operationId = "deleteMeeting", summary = "Delete a meeting that raised no findings", description = "ADMIN only.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Findings refer to the meeting")
    @APIResponse(responseCode = "412", description = "If-Match no longer matches")
    public void deleteMeeting(@PathParam("id") UUID id,
                              @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
    }

    @POST
    @Path("/{id}/agreements")
    @RolesAllowed({ADMIN, VERIFIER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addAgreement", summary = "Record an agreement (kesepakatan) of the meeting",
            description = "ADMIN and VERIFIER.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementResponse.class)))
    public Response addAgreement(@PathParam("id") UUID id, @RequestBody(required = true) @NotNull @Valid AgreementInput body,
                                 @Context UriInfo uri) {
        AgreementResponse created = service.addAgreement(id, body);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/agreements").path(created.id().toString()).build())
                .entity(created).build();
    }

    private static EntityTag tag(MeetingResponse meeting) {
        return EntityTags.of(meeting.version(), meeting.updatedAt());
    }
}
