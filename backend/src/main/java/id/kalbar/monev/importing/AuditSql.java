package id.kalbar.monev.importing;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * SQL that builds a bulk change's history the way single writes see it: the action, and flat snapshots
 * of the record before (null when it is created) and after, in the API's field names, decimals without
 * trailing zeros. The trail shows the fields that differ (see {@code audit_changes}, migration V80).
 */
public final class AuditSql {

    private AuditSql() {
    }

    /** A field of the snapshots: its API name and its value before (stored) and after (staged). */
    public record Field(String name, String before, String after) {
    }

    public static Field field(String name, String before, String after) {
        return new Field(name, before, after);
    }

    /** A decimal field: shown without trailing zeros. */
    public static Field decimal(String name, String before, String after) {
        return new Field(name, "trim_scale(" + before + ")", "trim_scale(" + after + ")");
    }

    /** The columns {@code action, before, after} of the rows of {@link KindLoader#auditRows()}. */
    public static String columns(String storedCondition, Field... fields) {
        return "CASE WHEN " + storedCondition + " THEN 'UPDATE' ELSE 'CREATE' END AS action, "
                + "CASE WHEN " + storedCondition + " THEN " + snapshot(fields, Field::before) + " END AS before, "
                + snapshot(fields, Field::after) + " AS after";
    }

    private static String snapshot(Field[] fields, Function<Field, String> value) {
        return Arrays.stream(fields).map(f -> "'" + f.name() + "', " + value.apply(f))
                .collect(Collectors.joining(", ", "jsonb_build_object(", ")"));
    }
}
