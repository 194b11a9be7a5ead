package id.kalbar.monev.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static id.kalbar.monev.auth.Roles.ADMIN;
import static id.kalbar.monev.auth.Roles.MINISTRY;
import static id.kalbar.monev.auth.Roles.OPERATOR;
import static id.kalbar.monev.auth.Roles.VERIFIER;

@Path("/api/v1/me/notification-settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationSettingsResource {

    private final NotificationSettingsService service;

    public NotificationSettingsResource(NotificationSettingsService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "getNotificationSettings", summary = "The caller's e-mail settings")
    @APIResponse(responseCode = "200", description = "The settings (a daily digest by default)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NotificationSettingsResponse.class)))
    public NotificationSettingsResponse getNotificationSettings() {
        return service.mine();
    }

    @PUT
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceNotificationSettings", summary = "Set the caller's e-mail address and how often to mail")
    @APIResponse(responseCode = "200", description = "The settings as stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NotificationSettingsResponse.class)))
    public NotificationSettingsResponse replaceNotificationSettings(
            @RequestBody(required = true) @NotNull @Valid NotificationSettingsInput body) {
        return service.replace(body);
    }
}
