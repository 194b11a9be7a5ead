package id.kalbar.monev.common.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Database failures that reach the REST layer outside JPA: raw JDBC errors, and failures at commit
 * that the transaction manager wraps. Same meaning as {@link PersistenceExceptionMapper}.
 */
public class DatabaseFailures {

    private static final Logger LOG = Logger.getLogger(DatabaseFailures.class);

    @ServerExceptionMapper(priority = 4000)
    public Response sqlException(SQLException exception) {
        return toResponse(exception, LOG);
    }

    @ServerExceptionMapper(priority = 4000)
    public Response transactionalException(TransactionalException exception) {
        return toResponse(exception, LOG);
    }

    @ServerExceptionMapper(priority = 4000)
    public Response rollbackException(RollbackException exception) {
        return toResponse(exception, LOG);
    }

    static Response toResponse(Throwable exception, Logger log) {
        Optional<HttpProblem> problem = DatabaseProblems.classify(exception);
        if (problem.isEmpty()) {
            return Faults.internalError(exception);
        }
        int status = problem.get().getStatusCode();
        if (status == 503) {
            log.warnf("Database unreachable: %s", exception.getMessage());
        } else if (status == 409 && DatabaseProblems.RETRY.equals(problem.get().getType())) {
            log.infof("Concurrent change refused: %s", exception.getMessage());
        }
        return problem.get().toResponse();
    }
}
