package id.kalbar.monev.auth;

import java.util.Optional;

/**
 * Checks an integration client's id and secret for the client-credentials grant. Implemented by the
 * client feature, which itself asks for roles and token states, so that sign-in need not know clients.
 */
public interface ClientCredentials {

    /** The token subject of an active client whose current (or still overlapping) secret this is. */
    Optional<TokenSubject> authenticate(String clientId, String secret);
}
