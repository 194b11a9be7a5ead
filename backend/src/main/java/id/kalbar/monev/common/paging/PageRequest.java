package id.kalbar.monev.common.paging;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import java.time.Instant;

/** A parsed, validated list request: which page, in which order, changed since when. */
public record PageRequest(int page, int size, Sort sort, Instant updatedSince) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
    /** The offset (page × size) is an int in the queries: bounded well below its overflow. */
    public static final long MAX_OFFSET = 1_000_000_000L;

    public Page panachePage() {
        return Page.of(page, size);
    }
}
