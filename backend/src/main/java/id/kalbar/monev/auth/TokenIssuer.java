package id.kalbar.monev.auth;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/**
 * Signs access tokens carrying the holder's role (as a group) and region, plus what lets a token be
 * withdrawn before it expires: its own id ({@code jti}) and the account's token version ({@code tv}).
 */
@ApplicationScoped
public class TokenIssuer {

    public static final String REGION_CLAIM = "region";
    public static final String NAME_CLAIM = "name";
    public static final String TOKEN_VERSION_CLAIM = "tv";
    public static final String ACCOUNT_KIND_CLAIM = "acct";

    private final Duration lifetime;
    private final String issuer;

    public TokenIssuer(@ConfigProperty(name = "monev.auth.token-lifetime") Duration lifetime,
                       @ConfigProperty(name = "monev.auth.issuer") String issuer) {
        this.lifetime = lifetime;
        this.issuer = issuer;
    }

    public TokenResponse issue(UserAccount user) {
        return issue(TokenSubject.of(user));
    }

    public TokenResponse issue(TokenSubject subject) {
        var builder = Jwt.issuer(issuer)
                .upn(subject.name())
                .subject(subject.id())
                .claim("jti", UUID.randomUUID().toString())
                .groups(Set.of(subject.role().name()))
                .claim(NAME_CLAIM, subject.displayName())
                .claim(TOKEN_VERSION_CLAIM, subject.tokenVersion())
                .claim(ACCOUNT_KIND_CLAIM, subject.kind().claim())
                .expiresIn(lifetime);
        if (subject.regionCode() != null) {
            builder.claim(REGION_CLAIM, subject.regionCode());
        }
        return new TokenResponse(builder.sign(), "Bearer", lifetime.toSeconds());
    }
}
