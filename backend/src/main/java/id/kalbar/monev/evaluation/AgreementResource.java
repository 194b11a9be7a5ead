package id.kalbar.monev.evaluation;

import id.kalbar.monev.common.http.EntityTags;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
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

import java.util.UUID;

import static id.kalbar.monev.auth.Roles.ADMIN;
import static id.kalbar.monev.auth.Roles.MINISTRY;
import static id.kalbar.monev.auth.Roles.OPERATOR;
import static id.kalbar.monev.auth.Roles.VERIFIER;
import static id.kalbar.monev.common.http.Preconditions.IF_MATCH_DESCRIPTION;

@Path("/api/v1/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation meetings")
public class AgreementResource {

    private final MeetingService service;

    public AgreementResource(MeetingService service) {
        this.service = service;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "getAgreement", summary = "Read an agreement", description = "Every role, as the meeting.")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = "ETag from an earlier read",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The agreement",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response getAgreement(@PathParam("id") UUID id, @Context Request request) {
        AgreementResponse agreement = service.getAgreement(id);
        return EntityTags.conditionalGet(request, EntityTags.of(agreement.version(), agreement.updatedAt()), agreement);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ADMIN, VERIFIER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceAgreement", summary = "Edit an agreement, e.g. to mark it done", description = "ADMIN and VERIFIER.")
    @APIResponse(responseCode = "200", description = "The agreement as stored",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementResponse.class)))
    @APIResponse(responseCode = "412", description = "If-Match no longer matches")
    public Response replaceAgreement(@PathParam("id") UUID id,
                                     @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
                                     @RequestBody(required = true) @NotNull @Valid AgreementInput body) {
        AgreementResponse agreement = service.replaceAgreement(id, body, ifMatch);
        return EntityTags.ok(agreement, EntityTags.of(agreement.version(), agreement.updatedAt()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ADMIN, VERIFIER})
    @Operation(operationId = "deleteAgreement", summary = "Delete an agreement", description = "ADMIN and VERIFIER.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "412", description = "If-Match no longer matches")
    public void deleteAgreement(@PathParam("id") UUID id,
                                @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch) {
        service.deleteAgreement(id, ifMatch);
    }
}
