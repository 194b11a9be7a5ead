package id.kalbar.monev.client;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClientCredentials", description = "An integration client with a newly issued secret")
public record ClientCredentialsResponse(
        @Schema(required = true) ClientResponse client,
        @Schema(required = true, format = "password",
                description = "Shown only in this answer; only a hash is kept. Store it in the client's secret store.")
        String clientSecret) {
}
