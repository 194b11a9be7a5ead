package id.kalbar.monev.auth;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Outside the demo profile the application refuses to start rather than run with a known password. */
class AdminPasswordRulesTest {

    @Test
    void missingPasswordStopsTheStartWithAHint() {
        var error = assertThrows(IllegalStateException.class,
                () -> AccountBootstrap.requireUsableAdminPassword(Optional.empty(), "admin"));
        assertTrue(error.getMessage().contains("MONEV_ADMIN_PASSWORD"), error.getMessage());
    }

    @Test
    void shortOrPlaceholderPasswordsAreRefused() {
        assertThrows(IllegalStateException.class,
                () -> AccountBootstrap.requireUsableAdminPassword(Optional.of("short"), "admin"));
        assertThrows(IllegalStateException.class,
                () -> AccountBootstrap.requireUsableAdminPassword(Optional.of("change-me-admin-password"), "admin"));
    }

    @Test
    void aRealPasswordIsAccepted() {
        assertEquals("Pontianak-2025!kuat",
                AccountBootstrap.requireUsableAdminPassword(Optional.of("Pontianak-2025!kuat"), "admin"));
    }
}
