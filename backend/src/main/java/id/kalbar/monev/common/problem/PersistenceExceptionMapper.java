package id.kalbar.monev.common.problem;

import jakarta.annotation.Priority;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

/**
 * Database failures reported through JPA: see {@link DatabaseProblems} for what each means to the
 * client. Neither answer discloses SQL, hosts or class names; the log keeps the details.
 */
@Provider
@Priority(Priorities.USER - 100)
public class PersistenceExceptionMapper implements ExceptionMapper<PersistenceException> {

    private static final Logger LOG = Logger.getLogger(PersistenceExceptionMapper.class);

    @Override
    public Response toResponse(PersistenceException exception) {
        return DatabaseFailures.toResponse(exception, LOG);
    }
}
