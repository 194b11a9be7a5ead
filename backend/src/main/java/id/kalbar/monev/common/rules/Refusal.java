package id.kalbar.monev.common.rules;

import id.kalbar.monev.common.problem.CodedProblem;
import id.kalbar.monev.common.problem.FieldError;
import io.quarkiverse.resteasy.problem.HttpProblem;

import java.util.List;

/**
 * A rule's answer that a write may not happen: which rule, the field it concerns, why, and the value
 * that broke it. A single write throws it as a problem; a bulk load reports it against the row.
 */
public record Refusal(RuleCode code, String field, String message, String value) {

    public static Refusal of(RuleCode code, String field, String message, String value) {
        return new Refusal(code, field, message, value);
    }

    public HttpProblem toProblem() {
        // Coded, so that the problem is told in the caller's language where the bundles know the rule.
        return CodedProblem.of(jakarta.ws.rs.core.Response.Status.fromStatusCode(code.status()), CodedProblem.codeOf(code.problemType()))
                .title(title())
                .detail(message)
                .arg("field", field)
                .arg("value", value == null ? "" : value)
                .with("errors", List.of(new FieldError(field, message)))
                .build();
    }

    /** Throws the refusal as the single-record problem, if there is one. */
    public static void throwIfPresent(java.util.Optional<Refusal> refusal) {
        if (refusal.isPresent()) {
            throw refusal.get().toProblem();
        }
    }

    private String title() {
        String words = code.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
