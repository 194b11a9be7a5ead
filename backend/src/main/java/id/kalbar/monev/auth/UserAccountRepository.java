package id.kalbar.monev.auth;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class UserAccountRepository implements PanacheRepositoryBase<UserAccount, UUID> {

    /** Usernames are unique regardless of case, and found regardless of case. */
    public Optional<UserAccount> findByUsername(String username) {
        return find("lower(username) = ?1", username.toLowerCase(Locale.ROOT)).firstResultOptional();
    }

    public Optional<UserAccount> findByUsernameForUpdate(String username) {
        return find("lower(username) = ?1", username.toLowerCase(Locale.ROOT))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public boolean existsWithRole(Role role) {
        return count("role", role) > 0;
    }

    /** The other active administrators, locked so that two demotions cannot both leave none. */
    public List<UserAccount> otherActiveAdministratorsForUpdate(UUID except) {
        return find("role = ?1 and active = true and id <> ?2", Role.ADMIN, except)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
