package id.kalbar.monev.common.paging;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import java.time.Instant;

/** A parsed, validated list request: which page, in which order, changed since when. */
public record PageRequest(int page, int size, Sort sort, Instant updatedSince) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public Page panachePage() {
        return Page.of(page, size);
    }
}
