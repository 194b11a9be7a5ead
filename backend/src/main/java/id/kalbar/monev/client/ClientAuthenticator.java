package id.kalbar.monev.client;

import id.kalbar.monev.auth.AccountClock;
import id.kalbar.monev.auth.AccountKind;
import id.kalbar.monev.auth.ClientCredentials;
import id.kalbar.monev.auth.TokenSubject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** Checks a client id and secret for the client-credentials grant. */
@ApplicationScoped
public class ClientAuthenticator implements ClientCredentials {

    private final ClientRepositories.Clients clients;
    private final ClientRepositories.Secrets secrets;
    private final AccountClock clock;

    public ClientAuthenticator(ClientRepositories.Clients clients, ClientRepositories.Secrets secrets, AccountClock clock) {
        this.clients = clients;
        this.secrets = secrets;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TokenSubject> authenticate(String clientId, String secret) {
        Optional<IntegrationClient> found = clients.findByClientId(clientId).filter(c -> c.active);
        if (found.isEmpty()) {
            SecretHashes.matches(secret, SecretHashes.hash("")); // same work as a real check
            return Optional.empty();
        }
        IntegrationClient client = found.get();
        var now = clock.now();
        boolean valid = false;
        for (ClientSecret stored : secrets.of(client.id)) {
            // Every secret is compared, so the answer's timing says nothing about which one matched.
            valid |= stored.validAt(now) & SecretHashes.matches(secret, stored.secretHash);
        }
        return valid
                ? Optional.of(new TokenSubject(AccountKind.CLIENT, client.id.toString(), client.clientId, client.name,
                        client.role, client.regionCode, client.tokenVersion))
                : Optional.empty();
    }
}
