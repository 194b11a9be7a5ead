package id.kalbar.monev.auth;

import id.kalbar.monev.common.persistence.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;


@Entity
@Table(name = "app_user")
public class UserAccount extends IdentifiedEntity {

    @Column(nullable = false, unique = true)
    public String username;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    /** bcrypt, in Modular Crypt Format. */
    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    /** Kemendagri code of the operator's region; null for province and ministry accounts. */
    @Column(name = "region_code")
    public String regionCode;

    @Column(nullable = false)
    public boolean active = true;

    /** Set by a temporary password: the user must choose their own before doing anything else. */
    @Column(name = "must_change_password", nullable = false)
    public boolean mustChangePassword;

    /** Raised to withdraw every token issued so far (see {@link TokenStates}). */
    @Column(name = "token_version", nullable = false)
    public int tokenVersion;
}
