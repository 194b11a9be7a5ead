package id.kalbar.monev.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One secret of a client, as a hash only. A rotated-out secret works until {@code expiresAt}. */
@Entity
@Table(name = "client_secret")
public class ClientSecret {

    @Id
    public UUID id;

    /** The owning client's row id. */
    @Column(name = "client_id", nullable = false)
    public UUID clientRowId;

    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Null while this is the current secret. */
    @Column(name = "expires_at")
    public Instant expiresAt;

    public boolean validAt(Instant now) {
        return expiresAt == null || now.isBefore(expiresAt);
    }
}
