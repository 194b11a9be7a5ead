package id.kalbar.monev.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A token signed out before its expiry, known by its {@code jti}. */
@Entity
@Table(name = "revoked_token")
public class RevokedToken {

    @Id
    public String jti;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;
}
