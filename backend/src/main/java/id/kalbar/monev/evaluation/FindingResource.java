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

import java.util.List;
import java.util.UUID;

import static id.kalbar.monev.auth.Roles.ADMIN;
import static id.kalbar.monev.auth.Roles.MINISTRY;
import static id.kalbar.monev.auth.Roles.OPERATOR;
import static id.kalbar.monev.auth.Roles.VERIFIER;
import static id.kalbar.monev.common.http.Preconditions.IF_MATCH_DESCRIPTION;

@Path("/api/v1/findings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Findings", description = "Problems found (temuan) and their recommendations")
public class FindingResource {

    private final FindingService findings;
    private final RecommendationService recommendations;

    public FindingResource(FindingService findings, RecommendationService recommendations) {
        this.findings = findings;
        this.recommendations = recommendations;
    }

    @GET
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "listFindings", summary = "List findings",
            description = "Every role, within its scope; an account bound to a regency or city also sees its province's province-wide findings. "
                    + "Newest first; sortable by foundOn, severity, category, regionCode, status, title, updatedAt.")
    @APIResponse(responseCode = "200", description = "One page of findings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationPages.FindingPage.class)))
    public PageResponse<FindingResponse> listFindings(@BeanParam ListParams params, @BeanParam FindingFilters filters) {
        return findings.list(params, filters);
    }

    @POST
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createFinding", summary = "Record a finding",
            description = "ADMIN and VERIFIER for any region of their scope; operators for their own region only.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FindingResponse.class)))
    public Response createFinding(@RequestBody(required = true) @NotNull FindingInput body, @Context UriInfo uri) {
        FindingResponse created = findings.create(body);
        return EntityTags.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created, tag(created));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "getFinding", summary = "Read a finding", description = "As the list.")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = "ETag from an earlier read",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The finding",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FindingResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response getFinding(@PathParam("id") UUID id, @Context Request request) {
        FindingResponse finding = findings.get(id);
        return EntityTags.conditionalGet(request, tag(finding), finding);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceFinding", summary = "Edit a finding",
            description = "ADMIN and VERIFIER within their scope; operators for their own region's findings.")
    @APIResponse(responseCode = "200", description = "The finding as stored",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FindingResponse.class)))
    @APIResponse(responseCode = "412", description = "If-Match no longer matches")
    public Response replaceFinding(@PathParam("id") UUID id,
                                   @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
                                   @RequestBody(required = true) @NotNull FindingInput body) {
        FindingResponse finding = findings.replace(id, body, ifMatch);
        return EntityTags.ok(finding, tag(finding));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(ADMIN)
    @Operation(operationId = "deleteFinding", summary = "Delete a finding without recommendations", description = "ADMIN only.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The finding has recommendations")
    @APIResponse(responseCode = "412", description = "If-Match no longer matches")
    public void deleteFinding(@PathParam("id") UUID id,
                              @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch) {
        findings.delete(id, ifMatch);
    }

    @GET
    @Path("/{id}/recommendations")
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "listRecommendations", summary = "The recommendations of a finding", description = "As the finding.")
    @APIResponse(responseCode = "200", description = "The recommendations, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RecommendationResponse.class)))
    public List<RecommendationResponse> listRecommendations(@PathParam("id") UUID id) {
        return recommendations.listForFinding(id);
    }

    @POST
    @Path("/{id}/recommendations")
    @RolesAllowed({ADMIN, VERIFIER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createRecommendation", summary = "Add a recommendation (solution) to a finding",
            description = "ADMIN and VERIFIER. Due 60 days after the finding unless given; CANNOT_ACT needs a reason.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationResponse.class)))
    public Response createRecommendation(@PathParam("id") UUID id,
                                         @RequestBody(required = true) @NotNull @Valid RecommendationInput body,
                                         @Context UriInfo uri) {
        RecommendationResponse created = recommendations.create(id, body);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/recommendations").path(created.id().toString()).build())
                .entity(created).tag(EntityTags.of(created.version(), created.updatedAt())).build();
    }

    private static EntityTag tag(FindingResponse finding) {
        return EntityTags.of(finding.version(), finding.updatedAt());
    }
}
