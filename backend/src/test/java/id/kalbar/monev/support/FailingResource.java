package id.kalbar.monev.support;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only endpoint failing the way a bug would, with internals in the message. */
@Path("/api/v1/test-support/failure")

public class FailingResource {

    @GET
    @Operation(hidden = true)
    @RolesAllowed("ADMIN")
    public String fail() {
        throw new IllegalStateException("select secret from id.kalbar.internal_table failed");
    }
}
