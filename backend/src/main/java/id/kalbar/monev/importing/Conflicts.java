package id.kalbar.monev.importing;

import id.kalbar.monev.common.rules.RuleCode;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Rejected rows, grouped by error, with the row numbers kept to a readable number. */
final class Conflicts implements RowRefusals {

    static final int MAX_ROWS_LISTED = 1000;

    private static final class Group {
        long count;
        final List<Long> rows = new ArrayList<>();
        String firstValue;
    }

    private final Map<RuleCode, Group> groups = new EnumMap<>(RuleCode.class);
    private long total;

    @Override
    public void add(RuleCode kind, long row, String value) {
        Group group = groups.computeIfAbsent(kind, k -> new Group());
        if (group.count == 0) {
            group.firstValue = value;
        }
        group.count++;
        if (group.rows.size() < MAX_ROWS_LISTED) {
            group.rows.add(row);
        }
        total++;
    }

    void addAll(RuleCode kind, long count, List<Long> rows, String firstValue) {
        if (count == 0) {
            return;
        }
        Group group = groups.computeIfAbsent(kind, k -> new Group());
        if (group.count == 0) {
            group.firstValue = firstValue;
        }
        group.count += count;
        rows.stream().limit(MAX_ROWS_LISTED - group.rows.size()).forEach(group.rows::add);
        total += count;
    }

    long total() {
        return total;
    }

    boolean isEmpty() {
        return total == 0;
    }

    List<ImportSummary.ConflictGroup> summary() {
        List<ImportSummary.ConflictGroup> result = new ArrayList<>();
        groups.forEach((kind, g) -> result.add(new ImportSummary.ConflictGroup(kind, kind.message(), g.count,
                List.copyOf(g.rows), g.firstValue)));
        return result;
    }
}
