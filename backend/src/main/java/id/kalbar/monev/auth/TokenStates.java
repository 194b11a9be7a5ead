package id.kalbar.monev.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The state of an account that decides whether its tokens still work, read on every authenticated
 * request. Cached for a few seconds so that requests do not each cost a query; a change on this
 * node drops its entry at once (and again after commit), other nodes notice within the cache time.
 */
@ApplicationScoped
public class TokenStates {

    /** Tokens of this account work while it is active and they carry its current version. */
    public record TokenState(boolean active, int tokenVersion, boolean mustChangePassword) {
    }

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final Cache<String, Optional<TokenState>> cache;

    public TokenStates(EntityManager entityManager, TransactionSynchronizationRegistry transactions,
                       @ConfigProperty(name = "monev.auth.token-state-cache", defaultValue = "PT5S") Duration cacheTime) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.cache = Caffeine.newBuilder().expireAfterWrite(cacheTime).maximumSize(100_000).build();
    }

    /** Empty when the account no longer exists. */
    public Optional<TokenState> get(AccountKind kind, String id) {
        String key = key(kind, id);
        Optional<TokenState> cached = cache.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        Optional<TokenState> loaded = load(kind, id);
        cache.put(key, loaded);
        return loaded;
    }

    /** Forgets what is cached for the account now and when the current transaction ends. */
    public void changed(AccountKind kind, String id) {
        String key = key(kind, id);
        cache.invalidate(key);
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    cache.invalidate(key);
                }
            });
        }
    }

    @Transactional(Transactional.TxType.REQUIRED)
    Optional<TokenState> load(AccountKind kind, String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
        String query = kind == AccountKind.USER
                ? "select u.active, u.tokenVersion, u.mustChangePassword from UserAccount u where u.id = :id"
                : "select c.active, c.tokenVersion, false from IntegrationClient c where c.id = :id";
        List<Object[]> rows = entityManager.createQuery(query, Object[].class).setParameter("id", uuid).getResultList();
        return rows.stream().findFirst()
                .map(row -> new TokenState((Boolean) row[0], ((Number) row[1]).intValue(), (Boolean) row[2]));
    }

    private static String key(AccountKind kind, String id) {
        return kind.claim() + ":" + id;
    }
}
