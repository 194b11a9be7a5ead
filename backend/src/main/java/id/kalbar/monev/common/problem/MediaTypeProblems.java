package id.kalbar.monev.common.problem;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A Content-Type header that is no media type at all: where a path takes several media types, the
 * REST layer parses the header to choose a method and fails with an IllegalArgumentException. That is
 * the client's mistake (415), not a fault.
 */
public class MediaTypeProblems {

    private static final String UNPARSABLE = "Failed to parse media type";

    @ServerExceptionMapper(priority = 4000)
    public Response unparsableMediaType(IllegalArgumentException exception) {
        if (exception.getMessage() == null || !exception.getMessage().startsWith(UNPARSABLE)) {
            return Faults.internalError(exception);
        }
        return CodedProblem.of(Response.Status.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type")
                .title("Unsupported Media Type")
                .detail("The Content-Type header is not a media type")
                .build().toResponse();
    }
}
