package id.kalbar.monev.program;

import com.fasterxml.jackson.databind.JsonNode;
import id.kalbar.monev.common.http.EntityTags;
import id.kalbar.monev.common.http.MergePatch;
import id.kalbar.monev.common.paging.ListParams;
import id.kalbar.monev.common.paging.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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

@Path("/api/v1/programs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programs", description = "Strategic programs of the cooperatives and SME affairs")
public class ProgramResource {

    private final ProgramService service;

    public ProgramResource(ProgramService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "listPrograms", summary = "List programs",
            description = "Every role. Sortable by code, name, field, authority, startYear, updatedAt.")
    @APIResponse(responseCode = "200", description = "One page of programs",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgramPage.class)))
    public PageResponse<ProgramResponse> listPrograms(
            @BeanParam ListParams params,
            @Parameter(schema = @Schema(implementation = ProgramField.class)) @QueryParam("field") String field,
            @Parameter(schema = @Schema(implementation = ProgramAuthority.class)) @QueryParam("authority") String authority,
            @Parameter(description = "Free text found in the code or name") @QueryParam("q") String text,
            @Parameter(description = "true: active only; false: retired only", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("active") String active) {
        return service.list(params, field, authority, text, active);
    }

    @POST
    @RolesAllowed(ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createProgram", summary = "Create a program", description = "ADMIN only.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgramResponse.class)))
    @APIResponse(responseCode = "409", description = "A program with this code already exists")
    public Response createProgram(@RequestBody(required = true) @NotNull ProgramInput body, @Context UriInfo uri) {
        ProgramResponse created = service.create(body);
        return EntityTags.created(uri.getAbsolutePathBuilder().path(created.code()).build(), created, created.entityTag());
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "getProgram", summary = "Read one program", description = "Every role; honours If-None-Match.")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = "ETag from an earlier read",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The program",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgramResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response getProgram(@PathParam("code") String code, @Context Request request) {
        ProgramResponse program = service.get(code);
        return EntityTags.conditionalGet(request, program.entityTag(), program);
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceProgram", summary = "Replace a program", description = "ADMIN only. Fields left out are cleared.")
    @APIResponse(responseCode = "200", description = "The program as stored",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgramResponse.class)))
    @APIResponse(responseCode = "409", description = "Changed by someone else at the same moment")
    @APIResponse(responseCode = "412", description = "If-Match no longer matches: the record changed since it was read")
    public Response replaceProgram(@PathParam("code") String code,
                                   @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
                                   @RequestBody(required = true) @NotNull ProgramInput body) {
        ProgramResponse program = service.replace(code, body, ifMatch);
        return EntityTags.ok(program, program.entityTag());
    }

    @PATCH
    @Path("/{code}")
    @RolesAllowed(ADMIN)
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateProgram", summary = "Change some fields of a program (JSON Merge Patch)",
            description = "ADMIN only. RFC 7396: fields present replace, `null` clears, fields left out stay.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))})
    @APIResponse(responseCode = "200", description = "The program as stored",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgramResponse.class)))
    @APIResponse(responseCode = "409", description = "Changed by someone else at the same moment")
    @APIResponse(responseCode = "412", description = "If-Match no longer matches: the record changed since it was read")
    public Response updateProgram(@PathParam("code") String code,
                                  @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch,
                                  JsonNode patch) {
        ProgramResponse program = service.patch(code, patch, ifMatch);
        return EntityTags.ok(program, program.entityTag());
    }

    @POST
    @Path("/{code}/retire")
    @RolesAllowed(ADMIN)
    @Operation(operationId = "retireProgram", summary = "Retire a program",
            description = "ADMIN only. The program stays readable with its history; PATCH `active: true` brings it back.")
    @APIResponse(responseCode = "200", description = "The retired program",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgramResponse.class)))
    @APIResponse(responseCode = "412", description = "If-Match no longer matches")
    public Response retireProgram(@PathParam("code") String code,
                                  @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch) {
        ProgramResponse program = service.retire(code, ifMatch);
        return EntityTags.ok(program, program.entityTag());
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed(ADMIN)
    @Operation(operationId = "deleteProgram", summary = "Delete a program that nothing refers to",
            description = "ADMIN only. Refused with 409 once indicators refer to it: retire it instead.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Other records refer to this program")
    @APIResponse(responseCode = "412", description = "If-Match no longer matches")
    public void deleteProgram(@PathParam("code") String code,
                              @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam("If-Match") String ifMatch) {
        service.delete(code, ifMatch);
    }
}
