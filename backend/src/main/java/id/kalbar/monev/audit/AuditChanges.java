package id.kalbar.monev.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** What changed between two snapshots of a record: the fields that differ, each with its before and after. */
final class AuditChanges {

    private AuditChanges() {
    }

    /** Field name to {@code {"before": ..., "after": ...}}, by field name; a missing field counts as null. */
    static Map<String, Map<String, Object>> between(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> old = before == null ? Map.of() : before;
        Map<String, Object> now = after == null ? Map.of() : after;
        TreeSet<String> fields = new TreeSet<>(old.keySet());
        fields.addAll(now.keySet());
        Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
        for (String field : fields) {
            Object was = old.get(field);
            Object is = now.get(field);
            if (!Objects.equals(was, is)) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("before", was);
                change.put("after", is);
                changes.put(field, change);
            }
        }
        return changes;
    }
}
