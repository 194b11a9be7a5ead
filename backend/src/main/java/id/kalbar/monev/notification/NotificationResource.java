package id.kalbar.monev.notification;

import id.kalbar.monev.common.paging.ListParams;
import id.kalbar.monev.common.paging.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

import static id.kalbar.monev.auth.Roles.ADMIN;
import static id.kalbar.monev.auth.Roles.MINISTRY;
import static id.kalbar.monev.auth.Roles.OPERATOR;
import static id.kalbar.monev.auth.Roles.VERIFIER;

@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "Each user's inbox: returned and verified values, comments and mentions, "
        + "due recommendations, target rounds, finished imports, reporting reminders")
public class NotificationResource {

    private final NotificationService service;

    public NotificationResource(NotificationService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "listNotifications", summary = "List the caller's notifications, newest first",
            description = "Every role, only its own. Sortable by createdAt; `updatedSince` gives those created since.")
    @APIResponse(responseCode = "200", description = "One page of notifications",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NotificationPage.class)))
    public PageResponse<NotificationResponse> listNotifications(
            @BeanParam ListParams params,
            @Parameter(description = "Only those not yet read", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("unreadOnly") String unreadOnly) {
        return service.list(params, unreadOnly);
    }

    @GET
    @Path("/unread-count")
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "countUnreadNotifications", summary = "How many of the caller's notifications are unread")
    @APIResponse(responseCode = "200", description = "The count",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnreadCount.class)))
    public UnreadCount countUnreadNotifications() {
        return service.unreadCount();
    }

    @POST
    @Path("/{id}/read")
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "markNotificationRead", summary = "Mark one of the caller's notifications read",
            description = "Another user's notification is 404.")
    @APIResponse(responseCode = "200", description = "The notification, read",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NotificationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such notification of the caller")
    public NotificationResponse markNotificationRead(@PathParam("id") UUID id) {
        return service.markRead(id);
    }

    @POST
    @Path("/read-all")
    @RolesAllowed({ADMIN, VERIFIER, OPERATOR, MINISTRY})
    @Operation(operationId = "markAllNotificationsRead", summary = "Mark every notification of the caller read")
    @APIResponse(responseCode = "200", description = "The unread count afterwards (0)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnreadCount.class)))
    public UnreadCount markAllNotificationsRead() {
        return service.markAllRead();
    }
}
