package id.kalbar.monev.auth;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Set;

/** Signs access tokens carrying the user's role (as a group) and region. */
@ApplicationScoped
public class TokenIssuer {

    public static final String REGION_CLAIM = "region";
    public static final String NAME_CLAIM = "name";

    private final Duration lifetime;
    private final String issuer;

    public TokenIssuer(@ConfigProperty(name = "monev.auth.token-lifetime") Duration lifetime,
                       @ConfigProperty(name = "monev.auth.issuer") String issuer) {
        this.lifetime = lifetime;
        this.issuer = issuer;
    }

    public TokenResponse issue(UserAccount user) {
        var builder = Jwt.issuer(issuer)
                .upn(user.username)
                .subject(user.id.toString())
                .groups(Set.of(user.role.name()))
                .claim(NAME_CLAIM, user.displayName)
                .expiresIn(lifetime);
        if (user.regionCode != null) {
            builder.claim(REGION_CLAIM, user.regionCode);
        }
        return new TokenResponse(builder.sign(), "Bearer", lifetime.toSeconds());
    }
}
