package id.kalbar.monev.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.util.ModularCrypt;

import java.security.GeneralSecurityException;
import java.security.spec.InvalidKeySpecException;

/** bcrypt hashing and verification, through the Elytron implementation Quarkus ships. */
@ApplicationScoped
public class PasswordHasher {

    private static final WildFlyElytronPasswordProvider PROVIDER = new WildFlyElytronPasswordProvider();
    private final int cost;
    /** Checked against when the user does not exist, so both failures take the same time. */
    private final String decoyHash;

    public PasswordHasher(@ConfigProperty(name = "monev.auth.bcrypt-cost", defaultValue = "12") int cost) {
        this.cost = cost;
        this.decoyHash = hash("decoy-password-for-unknown-users");
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, cost);
    }

    public boolean matches(String password, String storedHash) {
        try {
            Password stored = ModularCrypt.decode(storedHash);
            PasswordFactory factory = PasswordFactory.getInstance(stored.getAlgorithm(), PROVIDER);
            return factory.verify(factory.translate(stored), password.toCharArray());
        } catch (InvalidKeySpecException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is unavailable", e);
        }
    }

    /** Spends the time of one verification without a real account; never a match. */
    public boolean matchDecoy(String password) {
        matches(password, decoyHash);
        return false;
    }
}
