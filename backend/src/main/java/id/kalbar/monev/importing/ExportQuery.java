package id.kalbar.monev.importing;

import java.util.List;

/**
 * A download: the kind's columns, in its order, from one table under some conditions. The same rows'
 * change stamp (how many, their latest change, the sum of their versions) tags the download, so that an
 * unchanged one is answered 304 without being read.
 */
public record ExportQuery(String columns, String table, ExportFilters.Where where, String orderBy) {

    public ExportQuery(String columns, String table, String orderBy) {
        this(columns, table, new ExportFilters.Where(), orderBy);
    }

    public String sql() {
        return "SELECT " + columns + " FROM " + table + where.sql() + " ORDER BY " + orderBy;
    }

    /** The change stamp of the rows: every exported table holds versioned records. */
    public String stampSql() {
        return "SELECT count(*), max(updated_at), coalesce(sum(version), 0) FROM " + table + where.sql();
    }

    public List<Object> parameters() {
        return where.parameters();
    }
}
