package id.kalbar.monev.auth;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    @Test
    void aLongUncommonPasswordPasses() {
        assertEquals(java.util.List.of(), PasswordPolicy.violations("budi", "Sungai-Kapuas-Mengalir-7"));
    }

    @Test
    void eachBrokenRuleIsNamed() {
        assertEquals(java.util.List.of("must have at least 12 characters", "must not contain the username"),
                PasswordPolicy.violations("budi", "budi-gantng"));
        assertTrue(PasswordPolicy.violations("x", "ä".repeat(40)).contains("must be at most 72 bytes long"));
    }

    @Test
    void commonPasswordsAndTheirUsualDressingAreRefused() {
        for (String common : new String[] {"password1234", "Password2025!", "123456789012", "qwertyuiop12",
                "aaaaaaaaaaaaaa", "!!Pontianak2025", "Bismillah12345"}) {
            assertTrue(PasswordPolicy.violations("budi", common).contains("is too common or too easy to guess"), common);
        }
    }

    @Test
    void placeholdersAreRefused() {
        assertTrue(PasswordPolicy.violations("admin", "change-me-please-now")
                .contains("is a placeholder; choose a real password"));
    }
}
