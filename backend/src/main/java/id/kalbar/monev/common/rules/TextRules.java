package id.kalbar.monev.common.rules;

import java.util.Optional;

/** What a text column holds: at most its length, and no NUL (PostgreSQL text cannot store it). */
public final class TextRules {

    private TextRules() {
    }

    public static Optional<Refusal> check(String field, String text, int max) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.length() > max) {
            return Optional.of(Refusal.of(RuleCode.TOO_LONG, field, "size must be between 0 and " + max,
                    field + " (" + text.length() + " characters)"));
        }
        if (text.indexOf('\u0000') >= 0) {
            return Optional.of(Refusal.of(RuleCode.BAD_TEXT, field, "must not contain NUL characters", field));
        }
        return Optional.empty();
    }
}
