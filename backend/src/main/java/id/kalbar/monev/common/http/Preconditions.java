package id.kalbar.monev.common.http;

import id.kalbar.monev.common.problem.CodedProblem;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/**
 * If-Match on writes (RFC 9110 §13.1.1): a write that names an ETag the record no longer has is
 * refused with 412, so two people editing the same record cannot silently overwrite each other.
 * A write without If-Match is accepted (documented as unsafe).
 */
public final class Preconditions {

    public static final String IF_MATCH_DESCRIPTION = "ETag from an earlier read; the write is refused with 412 if the "
            + "record changed since. Writes without If-Match are accepted but may overwrite someone else's change.";
    public static final URI STALE = CodedProblem.type("stale-etag");

    private Preconditions() {
    }

    public static void checkIfMatch(String ifMatch, EntityTag current) {
        if (ifMatch == null || ifMatch.isBlank() || matches(ifMatch, current)) {
            return;
        }
        throw CodedProblem.of(Response.Status.PRECONDITION_FAILED, "stale-etag")
                .title("Precondition Failed")
                .detail("The record was changed by someone else since you read it; read it again and reapply your change")
                .header("ETag", current.toString())
                .build();
    }

    static boolean matches(String ifMatch, EntityTag current) {
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return true;
            }
            // Weak tags never satisfy If-Match (strong comparison).
            if (!tag.startsWith("W/") && tag.equals("\"" + current.getValue() + "\"")) {
                return true;
            }
        }
        return false;
    }
}
