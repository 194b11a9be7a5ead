package id.kalbar.monev.auth;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class UserAccountRepository implements PanacheRepositoryBase<UserAccount, UUID> {

    public Optional<UserAccount> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public boolean existsWithRole(Role role) {
        return count("role", role) > 0;
    }
}
