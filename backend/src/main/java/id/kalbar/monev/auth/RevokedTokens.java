package id.kalbar.monev.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;

/** Signed-out tokens, kept until they would have expired anyway. */
@ApplicationScoped
public class RevokedTokens {

    private final EntityManager entityManager;
    private final Cache<String, Boolean> cache;

    public RevokedTokens(EntityManager entityManager,
                         @ConfigProperty(name = "monev.auth.token-state-cache", defaultValue = "PT5S") Duration cacheTime) {
        this.entityManager = entityManager;
        this.cache = Caffeine.newBuilder().expireAfterWrite(cacheTime).maximumSize(100_000).build();
    }

    public boolean isRevoked(String jti) {
        return cache.get(jti, this::stored);
    }

    @Transactional
    public void revoke(String jti, Instant expiresAt) {
        entityManager.createQuery("delete from RevokedToken where expiresAt < :now")
                .setParameter("now", Instant.now()).executeUpdate();
        if (entityManager.find(RevokedToken.class, jti) == null) {
            RevokedToken revoked = new RevokedToken();
            revoked.jti = jti;
            revoked.expiresAt = expiresAt;
            entityManager.persist(revoked);
        }
        cache.put(jti, true);
    }

    @Transactional(Transactional.TxType.REQUIRED)
    boolean stored(String jti) {
        return entityManager.find(RevokedToken.class, jti) != null;
    }
}
