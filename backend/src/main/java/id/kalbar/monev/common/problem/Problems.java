package id.kalbar.monev.common.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** The problem responses the services throw; one place so titles and types stay consistent. */
public final class Problems {

    public static final URI VALIDATION = URI.create("urn:monev:problem:validation");

    private Problems() {
    }

    public static HttpProblem validation(List<FieldError> errors) {
        return validation(VALIDATION, errors);
    }

    /** A validation problem typed by the one rule all its errors break. */
    public static HttpProblem validation(URI type, List<FieldError> errors) {
        return HttpProblem.builder()
                .withType(type)
                .withStatus(Response.Status.BAD_REQUEST)
                .withTitle("Invalid request")
                .withDetail(errors.size() == 1
                        ? errors.get(0).field() + ": " + errors.get(0).message()
                        : errors.size() + " fields or parameters are invalid")
                .with("errors", List.copyOf(errors))
                .build();
    }

    public static HttpProblem validation(String field, String message) {
        return validation(List.of(new FieldError(field, message)));
    }

    public static HttpProblem notFound(String what, String key) {
        return HttpProblem.builder()
                .withStatus(Response.Status.NOT_FOUND)
                .withTitle("Not Found")
                .withDetail(what + " '" + key + "' does not exist")
                .build();
    }

    public static HttpProblem unauthorized(String detail) {
        return HttpProblem.builder()
                .withStatus(Response.Status.UNAUTHORIZED)
                .withTitle("Unauthorized")
                .withDetail(detail)
                .withHeader("WWW-Authenticate", "Bearer")
                .build();
    }

    public static HttpProblem forbidden(String detail) {
        return HttpProblem.builder()
                .withStatus(Response.Status.FORBIDDEN)
                .withTitle("Forbidden")
                .withDetail(detail)
                .build();
    }

    public static HttpProblem conflict(String detail) {
        return HttpProblem.builder()
                .withStatus(Response.Status.CONFLICT)
                .withTitle("Conflict")
                .withDetail(detail)
                .build();
    }
}
