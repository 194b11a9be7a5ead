package id.kalbar.monev.common.paging;

import java.util.List;
import java.util.function.Function;

/** The body of every list: one page of items and the total across all pages. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public static <E, T> PageResponse<T> of(List<E> entities, PageRequest request, long total, Function<E, T> toResponse) {
        return new PageResponse<>(entities.stream().map(toResponse).toList(), request.page(), request.size(), total);
    }
}
