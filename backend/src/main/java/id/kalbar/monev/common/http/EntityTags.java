package id.kalbar.monev.common.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.time.Instant;

/**
 * ETags of single records, from their optimistic-lock version and last change, so a record deleted and
 * created again never matches a tag handed out for the old one.
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static EntityTag of(long version, Instant updatedAt) {
        return new EntityTag(version + "-" + Long.toString(updatedAt.toEpochMilli(), 36));
    }

    /** 304 when the client's If-None-Match still matches; otherwise 200 with the body and its ETag. */
    public static Response conditionalGet(Request request, EntityTag tag, Object body) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        return Response.ok(body).tag(tag).build();
    }

    /** 200 with the body and its ETag, after a write. */
    public static Response ok(Object body, EntityTag tag) {
        return Response.ok(body).tag(tag).build();
    }

    /** 201 with the new record, its location and its ETag. */
    public static Response created(java.net.URI location, Object body, EntityTag tag) {
        return Response.created(location).entity(body).tag(tag).build();
    }
}
