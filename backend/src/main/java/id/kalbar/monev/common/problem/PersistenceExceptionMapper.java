package id.kalbar.monev.common.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.annotation.Priority;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Database failures: an unreachable database is 503 so that clients retry later; a key clash or a
 * concurrent change is 409 (services check the usual cases first and say more); anything else is a
 * plain 500. Neither discloses SQL, hosts or class names; the log keeps the details.
 */
@Provider
@Priority(Priorities.USER - 100)
public class PersistenceExceptionMapper implements ExceptionMapper<PersistenceException> {

    private static final Logger LOG = Logger.getLogger(PersistenceExceptionMapper.class);

    @Override
    public Response toResponse(PersistenceException exception) {
        if (isConnectionFailure(exception)) {
            LOG.warnf("Database unreachable: %s", exception.getMessage());
            return CodedProblem.of(Response.Status.SERVICE_UNAVAILABLE, "database-unavailable")
                    .title("Service Unavailable")
                    .detail("The database is unreachable; try again shortly")
                    .header("Retry-After", "30")
                    .build().toResponse();
        }
        if (exception instanceof OptimisticLockException || exception.getCause() instanceof StaleStateException) {
            return Problems.conflict("concurrent-change", "The record was changed by someone else at the same moment; read it again and retry")
                    .toResponse();
        }
        String sqlState = sqlState(exception);
        if ("23505".equals(sqlState)) {
            return Problems.conflict("duplicate-key", "A record with the same key already exists").toResponse();
        }
        if ("23503".equals(sqlState)) {
            return Problems.conflict("reference-conflict", "Other records refer to this one, or it refers to a record that does not exist")
                    .toResponse();
        }
        LOG.error("Database error", exception);
        return HttpProblem.valueOf(Response.Status.INTERNAL_SERVER_ERROR).toResponse();
    }

    private static String sqlState(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    static boolean isConnectionFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            // SQLState class 08: connection exception.
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
