package id.kalbar.monev.auth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password must be, for every account and for the first administrator's configured password
 * alike. Each broken rule is reported on its own, so a form can say everything at once.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** bcrypt ignores everything after 72 bytes: a longer password would only seem stronger. */
    public static final int MAX_BYTES = 72;
    private static final Set<String> COMMON = loadCommonPasswords();

    private PasswordPolicy() {
    }

    /** The rules {@code password} breaks for the account {@code username}; empty when it is acceptable. */
    public static List<String> violations(String username, String password) {
        List<String> broken = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            broken.add("must not be empty");
            return broken;
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            broken.add("must have at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            broken.add("must be at most " + MAX_BYTES + " bytes long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            broken.add("must not contain the username");
        }
        if (lower.contains("change-me") || lower.contains("changeme")) {
            broken.add("is a placeholder; choose a real password");
        } else if (isCommon(lower)) {
            broken.add("is too common or too easy to guess");
        }
        return broken;
    }

    /**
     * Common passwords and their usual dressing: a well-known word followed by digits or symbols
     * ("Password2025!"), or very few different characters ("aaaaaaaaaaaa", "121212121212").
     */
    static boolean isCommon(String lower) {
        if (lower.codePoints().distinct().count() < 5) {
            return true;
        }
        String core = lower.replaceAll("[^\\p{L}]+$", "").replaceAll("^[^\\p{L}]+", "");
        return COMMON.contains(lower) || COMMON.contains(core) || COMMON.contains(core.replaceAll("[^\\p{L}]", ""));
    }

    private static Set<String> loadCommonPasswords() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/auth/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("auth/common-passwords.txt is missing from the application");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
