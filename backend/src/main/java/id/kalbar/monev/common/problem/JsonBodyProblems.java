package id.kalbar.monev.common.problem;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A JSON body of the wrong shape (unknown property, wrong type) is a validation problem naming the
 * field; the REST layer would otherwise answer with an empty 400.
 */
public class JsonBodyProblems {

    @ServerExceptionMapper(priority = 4000)
    public Response mismatchedInput(MismatchedInputException exception) {
        return ValidationProblems.fromMismatchedInput(exception).toResponse();
    }
}
