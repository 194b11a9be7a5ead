package id.kalbar.monev.common.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import java.util.Optional;

/**
 * Unexpected exceptions that reach the problem extension's default handler: a database failure hidden
 * in the chain gets its proper answer (503, 400, 409); any other 500 gets an {@code errorId} before
 * the extension logs it (once, with the stack trace), so the answer and the log line can be matched.
 */
@ApplicationScoped
public class ErrorIds implements ProblemPostProcessor {

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (problem.getStatusCode() != Response.Status.INTERNAL_SERVER_ERROR.getStatusCode()) {
            return problem;
        }
        Optional<HttpProblem> database = context.cause == null ? Optional.empty() : DatabaseProblems.classify(context.cause);
        if (database.isPresent()) {
            return database.get();
        }
        String errorId = Faults.newErrorId();
        return HttpProblem.builder(problem)
                .withDetail("An unexpected error occurred; quote error id " + errorId + " when reporting it")
                .with(Faults.ERROR_ID, errorId)
                .build();
    }

    @Override
    public int priority() {
        // After ValidationProblems, before the extension's logger (101) and defaults (99).
        return 500;
    }
}
