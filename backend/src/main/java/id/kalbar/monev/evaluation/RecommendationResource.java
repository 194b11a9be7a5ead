package id.kalbar.monev.evaluation;

import id.kalbar.monev.common.http.EntityTags;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

@Path("/api/v1/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Findings")
public class RecommendationResource {

    private final RecommendationService service;

    public RecommendationResource(RecommendationService service) {
        this.service = service;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "getRecommendation", summary = "Read a recommendation", description = "As its finding.")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = "ETag from an earlier read",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The recommendation",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response getRecommendation(@PathParam("id") UUID id, @Context Request request) {
        RecommendationResponse recommendation = service.get(id);
        return EntityTags.conditionalGet(request, tag(recommendation), recommendation);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ADMIN, VERIFIER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceRecommendation", summary = "Edit a recommendation", description = "ADMIN and VERIFIER.")
    @APIResponse(responseCode = "200", description = "The recommendation as stored",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationResponse.class)))
    @APIResponse(responseCode = "412", description = "If-Match no longer matches")
    public Response replaceRecommendation(@PathParam("id") UUID id,
                                          @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
                                          @RequestBody(required = true) @NotNull @Valid RecommendationInput body) {
        RecommendationResponse recommendation = service.replace(id, body, ifMatch);
        return EntityTags.ok(recommendation, tag(recommendation));
    }

    @GET
    @Path("/{id}/follow-ups")
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "listFollowUps", summary = "The follow-up history of a recommendation", description = "As its finding.")
    @APIResponse(responseCode = "200", description = "Follow-ups, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = FollowUpResponse.class)))
    public List<FollowUpResponse> listFollowUps(@PathParam("id") UUID id) {
        return service.followUps(id);
    }

    @POST
    @Path("/{id}/follow-ups")
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addFollowUp", summary = "Record an action taken on a recommendation",
            description = "ADMIN and VERIFIER within their scope; operators for their own region's findings or recommendations addressed to their "
                    + "region. A `status` moves the recommendation (CANNOT_ACT needs `statusReason`).")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUpResponse.class)))
    public Response addFollowUp(@PathParam("id") UUID id, @RequestBody(required = true) @NotNull FollowUpInput body) {
        return Response.status(Response.Status.CREATED).entity(service.addFollowUp(id, body)).build();
    }

    private static EntityTag tag(RecommendationResponse recommendation) {
        return EntityTags.of(recommendation.version(), recommendation.updatedAt());
    }
}
