package id.kalbar.monev.changes;

import id.kalbar.monev.common.problem.FieldError;
import id.kalbar.monev.common.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The change feed: checks the request, cuts it to the caller's scope, and says where to continue. */
@ApplicationScoped
public class ChangeService {

    static final int DEFAULT_SIZE = 500;
    static final int MAX_SIZE = 5000;

    private final ChangeLog log;
    private final ChangeScope scope;

    ChangeService(ChangeLog log, ChangeScope scope) {
        this.log = log;
        this.scope = scope;
    }

    public ChangePage list(String after, String size) throws SQLException {
        List<FieldError> errors = new ArrayList<>();
        ChangeCursor cursor = ChangeCursor.parse(after).orElse(null);
        if (cursor == null) {
            errors.add(new FieldError("after", ChangeCursor.INVALID));
        }
        int limit = size(size, errors);
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
        // One more than asked for tells whether more are ready, without counting.
        List<ChangeLog.Change> changes = log.after(cursor, limit + 1, scope.regions());
        boolean more = changes.size() > limit;
        List<ChangeLog.Change> page = more ? changes.subList(0, limit) : changes;
        ChangeCursor next = page.isEmpty() ? cursor : page.get(page.size() - 1).cursor();
        return new ChangePage(page.stream().map(ChangeLog.Change::response).toList(), next.toString(), more);
    }

    private static int size(String raw, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_SIZE;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= 1 && value <= MAX_SIZE) {
                return value;
            }
            errors.add(new FieldError("size", "must be between 1 and " + MAX_SIZE));
        } catch (NumberFormatException e) {
            errors.add(new FieldError("size", "must be a whole number"));
        }
        return DEFAULT_SIZE;
    }
}
