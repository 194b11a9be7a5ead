package id.kalbar.monev.common.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;

import java.net.ConnectException;
import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a database failure means to the client, decided from the SQLSTATE and the exception chain:
 * an unreachable database is 503 with Retry-After; a value the column cannot hold (class 22) is 400;
 * a clash with stored data (class 23) is 409; a lost race (deadlock, serialization failure, lock
 * timeout, concurrent update) is 409 saying to retry. Anything else is a fault: {@link Faults}.
 */
public final class DatabaseProblems {

    public static final URI UNAVAILABLE = URI.create("urn:monev:problem:database-unavailable");
    public static final URI RETRY = URI.create("urn:monev:problem:concurrent-change");
    public static final URI INVALID_VALUE = URI.create("urn:monev:problem:invalid-value");
    /** Seconds a client should wait before retrying while the database is away. */
    public static final String OUTAGE_RETRY_AFTER = "5";

    private DatabaseProblems() {
    }

    /** The problem for a database failure caused by the input, a race or an outage; empty for a fault. */
    public static Optional<HttpProblem> classify(Throwable error) {
        if (anyInChain(error, DatabaseProblems::isConnectionFailure)) {
            return Optional.of(unavailable());
        }
        if (anyInChain(error, t -> t instanceof OptimisticLockException || t instanceof StaleStateException
                || t instanceof PessimisticLockException || t instanceof LockTimeoutException)) {
            return Optional.of(retry());
        }
        String state = sqlState(error);
        if (state == null) {
            return Optional.empty();
        }
        return switch (state) {
            // serialization_failure, deadlock_detected, lock_not_available, query_canceled (lock or statement timeout)
            case "40001", "40P01", "55P03", "57014" -> Optional.of(retry());
            // The services check for duplicates first: a clash that reaches the database is a concurrent create.
            case "23505", "23P01" -> Optional.of(retry("A record with the same key was created by another request at the "
                    + "same moment; read it again and retry"));
            case "23503" -> Optional.of(Problems.conflict(
                    "Other records refer to this one, or it refers to a record that does not exist"));
            case "57P01", "57P02", "57P03" -> Optional.of(unavailable()); // admin shutdown, crash shutdown, cannot connect now
            case "22012" -> Optional.empty(); // division by zero: the code's fault, not the input's
            default -> {
                if (state.startsWith("22")) {
                    yield Optional.of(invalidValue());
                }
                if (state.startsWith("23")) {
                    yield Optional.of(Problems.conflict("The change conflicts with the stored data"));
                }
                if (state.startsWith("08")) {
                    yield Optional.of(unavailable());
                }
                yield Optional.empty();
            }
        };
    }

    public static HttpProblem unavailable() {
        return HttpProblem.builder()
                .withType(UNAVAILABLE)
                .withStatus(Response.Status.SERVICE_UNAVAILABLE)
                .withTitle("Service Unavailable")
                .withDetail("The database is unreachable; try again shortly")
                .withHeader("Retry-After", OUTAGE_RETRY_AFTER)
                .build();
    }

    public static HttpProblem retry() {
        return retry("The records were changed by another request at the same moment; read them again and retry");
    }

    private static HttpProblem retry(String detail) {
        return HttpProblem.builder()
                .withType(RETRY)
                .withStatus(Response.Status.CONFLICT)
                .withTitle("Conflict")
                .withDetail(detail)
                .withHeader("Retry-After", "1")
                .build();
    }

    private static HttpProblem invalidValue() {
        return HttpProblem.builder()
                .withType(INVALID_VALUE)
                .withStatus(Response.Status.BAD_REQUEST)
                .withTitle("Bad Request")
                .withDetail("A value is outside what can be stored (too long, out of range, or containing a NUL character)")
                .build();
    }

    static boolean isConnectionFailure(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof ConnectException
                || t instanceof JDBCConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() == null && sql.getMessage() != null) {
            // The pool gave no connection in time (every one busy, or none can be opened): it has no SQLSTATE.
            return sql.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout");
        }
        return t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08");
    }

    /** The first SQLSTATE in the chain (causes, next exceptions and suppressed ones). */
    static String sqlState(Throwable error) {
        String[] found = new String[1];
        anyInChain(error, t -> {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                found[0] = sql.getSQLState();
                return true;
            }
            return false;
        });
        return found[0];
    }

    static boolean anyInChain(Throwable error, Predicate<Throwable> test) {
        return walk(error, test, new IdentityHashMap<>());
    }

    private static boolean walk(Throwable t, Predicate<Throwable> test, Map<Throwable, Boolean> seen) {
        if (t == null || seen.put(t, Boolean.TRUE) != null) {
            return false;
        }
        if (test.test(t)) {
            return true;
        }
        if (t instanceof SQLException sql && walk(sql.getNextException(), test, seen)) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (walk(suppressed, test, seen)) {
                return true;
            }
        }
        return walk(t.getCause(), test, seen);
    }
}
