package id.kalbar.monev.common.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;

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

    /**
     * A weak tag of a computed answer: a digest of what determines it (each part's {@code toString()}).
     * Weak, because the same answer may be sent compressed or not.
     */
    public static EntityTag digest(Object... parts) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (Object part : parts) {
                sha256.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
            }
            return new EntityTag(Base64.getUrlEncoder().withoutPadding().encodeToString(sha256.digest()), true);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
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
