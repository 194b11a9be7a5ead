package id.kalbar.monev.common.paging;

import id.kalbar.monev.common.problem.FieldError;
import id.kalbar.monev.common.problem.Problems;
import io.quarkus.panache.common.Sort;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Parses {@link ListParams}; every malformed value is reported at once in one validation problem. */
public final class ListQuery {

    private ListQuery() {
    }

    /**
     * @param defaultSort used when the client gives none; ties are always broken by {@code tieBreaker}
     *                    so that paging is stable
     */
    public static PageRequest parse(ListParams params, SortableFields sortable, String defaultSort, String tieBreaker) {
        List<FieldError> errors = new ArrayList<>();
        int[] pageAndSize = pageAndSize(params.page, params.size, errors);
        Sort sort = parseSort(params.sort == null || params.sort.isBlank() ? defaultSort : params.sort, sortable, errors);
        Instant updatedSince = parseInstant(params.updatedSince, "updatedSince", errors);
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
        if (sort.getColumns().stream().noneMatch(c -> c.getName().equals(tieBreaker))) {
            sort.and(tieBreaker);
        }
        return new PageRequest(pageAndSize[0], pageAndSize[1], sort, updatedSince);
    }

    /** Just a page and its size, for answers paged in an order of their own. */
    public static PageRequest pageOnly(String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        int[] pageAndSize = pageAndSize(page, size, errors);
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
        return new PageRequest(pageAndSize[0], pageAndSize[1], Sort.empty(), null);
    }

    private static int[] pageAndSize(String rawPage, String rawSize, List<FieldError> errors) {
        int before = errors.size();
        int page = parseInt(rawPage, "page", 0, 0, Integer.MAX_VALUE, errors);
        int size = parseInt(rawSize, "size", PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE, errors);
        if (errors.size() == before && (long) page * size > PageRequest.MAX_OFFSET) {
            errors.add(new FieldError("page", "page × size must not exceed " + PageRequest.MAX_OFFSET));
        }
        return new int[] {page, size};
    }

    private static int parseInt(String raw, String name, int fallback, int min, int max, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                errors.add(new FieldError(name, "must be between " + min + " and " + max));
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "must be a whole number"));
            return fallback;
        }
    }

    private static Sort parseSort(String raw, SortableFields sortable, List<FieldError> errors) {
        Sort sort = null;
        for (String token : raw.split(",")) {
            String field = token.trim();
            if (field.isEmpty()) {
                continue;
            }
            boolean descending = field.startsWith("-");
            String name = descending ? field.substring(1) : field;
            var attribute = sortable.attribute(name);
            if (attribute.isEmpty()) {
                errors.add(new FieldError("sort", "cannot sort by '" + name + "'; sortable fields: " + sortable.names()));
                continue;
            }
            Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            sort = sort == null ? Sort.by(attribute.get(), direction) : sort.and(attribute.get(), direction);
        }
        return sort == null ? Sort.empty() : sort;
    }

    private static Instant parseInstant(String raw, String name, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Instants.parse(raw);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, e.getMessage()));
            return null;
        }
    }
}
