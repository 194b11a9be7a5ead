package id.kalbar.monev.importing;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * SQL that builds the audit trail's {@code changes} the way single writes do: only the fields that
 * differ, each as {@code {"before": ..., "after": ...}}, decimals without trailing zeros.
 */
public final class AuditSql {

    private AuditSql() {
    }

    /** One field's change, or nothing when before and after are equal. */
    public static String field(String name, String before, String after) {
        return "CASE WHEN (" + before + ") IS DISTINCT FROM (" + after + ") THEN jsonb_build_object('" + name
                + "', jsonb_build_object('before', " + before + ", 'after', " + after + ")) ELSE '{}'::jsonb END";
    }

    /** A decimal field: compared and shown without trailing zeros. */
    public static String decimal(String name, String before, String after) {
        return field(name, "trim_scale(" + before + ")", "trim_scale(" + after + ")");
    }

    public static String changes(String... fields) {
        return Arrays.stream(fields).collect(Collectors.joining(" || "));
    }

    /** CREATE when the record is not stored yet, else UPDATE. */
    public static String action(String storedCondition) {
        return "CASE WHEN " + storedCondition + " THEN 'UPDATE' ELSE 'CREATE' END";
    }
}
