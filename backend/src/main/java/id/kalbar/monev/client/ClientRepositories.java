package id.kalbar.monev.client;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Persistence of integration clients and their secrets. */
public final class ClientRepositories {

    private ClientRepositories() {
    }

    @ApplicationScoped
    public static class Clients implements PanacheRepositoryBase<IntegrationClient, UUID> {

        public Optional<IntegrationClient> findByClientId(String clientId) {
            return find("clientId", clientId).firstResultOptional();
        }

        public Optional<IntegrationClient> findByClientIdForUpdate(String clientId) {
            return find("clientId", clientId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        }
    }

    @ApplicationScoped
    public static class Secrets implements PanacheRepositoryBase<ClientSecret, UUID> {

        public List<ClientSecret> of(UUID clientRowId) {
            return list("clientRowId = ?1 order by createdAt", clientRowId);
        }
    }
}
