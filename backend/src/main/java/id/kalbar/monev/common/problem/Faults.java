package id.kalbar.monev.common.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * A real fault: logged once with its stack trace and an id, answered with a bare 500 problem that
 * carries the same id (extension {@code errorId}) so a report from a user can be found in the log.
 */
public final class Faults {

    public static final String ERROR_ID = "errorId";
    private static final Logger LOG = Logger.getLogger(Faults.class);

    private Faults() {
    }

    public static String newErrorId() {
        return UUID.randomUUID().toString();
    }

    public static Response internalError(Throwable fault) {
        String errorId = newErrorId();
        LOG.errorf(fault, "Request failed [errorId=%s]", errorId);
        return HttpProblem.builder()
                .withStatus(Response.Status.INTERNAL_SERVER_ERROR)
                .withTitle("Internal Server Error")
                .withDetail("An unexpected error occurred; quote error id " + errorId + " when reporting it")
                .with(ERROR_ID, errorId)
                .build().toResponse();
    }
}
