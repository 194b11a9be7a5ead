package id.kalbar.monev.auth;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Makes sure someone can administer the system. In the demo profile it creates the demo accounts
 * (password {@code demo}); elsewhere the first administrator comes from MONEV_ADMIN_PASSWORD, and
 * without one the application refuses to start rather than run with a known password.
 */
@ApplicationScoped
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class);
    static final String DEMO_PASSWORD = "demo";

    private final UserAccountRepository users;
    private final OperatorRegions regions;
    private final PasswordHasher hasher;
    private final boolean demo;
    private final String adminUsername;
    private final Optional<String> adminPassword;

    public AccountBootstrap(UserAccountRepository users, OperatorRegions regions, PasswordHasher hasher,
                            @ConfigProperty(name = "monev.demo.enabled") boolean demo,
                            @ConfigProperty(name = "monev.admin.username") String adminUsername,
                            @ConfigProperty(name = "monev.admin.password") Optional<String> adminPassword) {
        this.users = users;
        this.regions = regions;
        this.hasher = hasher;
        this.demo = demo;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword.filter(p -> !p.isBlank());
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (demo) {
            createDemoAccounts();
        } else if (!users.existsWithRole(Role.ADMIN)) {
            createFirstAdministrator();
        }
    }

    private void createFirstAdministrator() {
        String password = requireUsableAdminPassword(adminPassword, adminUsername);
        create(adminUsername, "Administrator", Role.ADMIN, null, hasher.hash(password));
        LOG.infof("Created the administrator account '%s'", adminUsername);
    }

    /** The configured first-administrator password, or why the application must not start. */
    static String requireUsableAdminPassword(Optional<String> configured, String username) {
        String password = configured.orElseThrow(() -> new IllegalStateException(
                "No administrator account exists. Set MONEV_ADMIN_PASSWORD (at least "
                        + PasswordPolicy.MIN_LENGTH + " characters) to create '" + username + "' on first start."));
        List<String> broken = PasswordPolicy.violations(username, password);
        if (!broken.isEmpty()) {
            throw new IllegalStateException("MONEV_ADMIN_PASSWORD " + String.join("; ", broken) + ".");
        }
        return password;
    }

    private void createDemoAccounts() {
        String hash = hasher.hash(DEMO_PASSWORD);
        createIfMissing("admin", "Administrator Provinsi", Role.ADMIN, null, hash);
        createIfMissing("verifier", "Verifikator Provinsi", Role.VERIFIER, null, hash);
        createIfMissing("ministry", "Kementerian Koperasi dan UKM", Role.MINISTRY, null, hash);
        for (OperatorRegions.LocalRegion region : regions.regenciesAndCities()) {
            createIfMissing("op-" + region.code().replace(".", ""), "Operator " + region.name(), Role.OPERATOR, region.code(), hash);
        }
        LOG.infof("Demo accounts ready (password '%s'): admin, verifier, ministry, op-6101 ... op-6172", DEMO_PASSWORD);
    }

    private void createIfMissing(String username, String displayName, Role role, String regionCode, String hash) {
        if (users.findByUsername(username).isEmpty()) {
            create(username, displayName, role, regionCode, hash);
        }
    }

    private void create(String username, String displayName, Role role, String regionCode, String hash) {
        UserAccount account = new UserAccount();
        account.username = username;
        account.displayName = displayName;
        account.role = role;
        account.regionCode = regionCode;
        account.passwordHash = hash;
        users.persist(account);
    }
}
