package id.kalbar.monev.client;

import id.kalbar.monev.common.persistence.IdentifiedEntity;
import id.kalbar.monev.auth.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;

/** A program that signs in with the client-credentials grant: the ministry's, or a regency's load script. */
@Entity
@Table(name = "integration_client")
public class IntegrationClient extends IdentifiedEntity {

    /** The public identifier the client sends with its secret. */
    @Column(name = "client_id", nullable = false, unique = true)
    public String clientId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    @Column(name = "region_code")
    public String regionCode;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "token_version", nullable = false)
    public int tokenVersion;
}
