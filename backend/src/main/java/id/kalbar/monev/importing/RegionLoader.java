package id.kalbar.monev.importing;

import id.kalbar.monev.region.RegionLevel;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Regions for a national deployment: {@code code,bpsCode,name,level,parent} with Kemendagri codes
 * (61, 61.71) as keys; a parent must be stored already or come in the same file.
 */
final class RegionLoader implements KindLoader {

    static final List<String> COLUMNS = List.of("code", "bpsCode", "name", "level", "parent");
    private static final Pattern KEMENDAGRI = Pattern.compile("^\\d{2}(\\.\\d{2})?$");
    private static final Pattern BPS = Pattern.compile("^\\d{2}(\\d{2})?$");

    private final Set<String> seenBps = new HashSet<>();

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> requiredColumns() {
        return COLUMNS.subList(0, 4);
    }

    @Override
    public String createStaging() {
        return "CREATE TEMPORARY TABLE import_region (row_no bigint, code varchar(13), bps_code varchar(10), name varchar(200), "
                + "level varchar(16), parent_code varchar(13)) ON COMMIT DROP";
    }

    @Override
    public String copyIntoStaging() {
        return "COPY import_region FROM STDIN (FORMAT csv)";
    }

    @Override
    public String stage(ImportRow row, StringBuilder line, Conflicts conflicts) {
        String code = row.get(0);
        String bps = row.get(1);
        String name = row.get(2);
        String parent = row.get(4);
        RegionLevel level = level(row.get(3));
        if (row.malformed() || code == null || !KEMENDAGRI.matcher(code).matches() || bps == null
                || !BPS.matcher(bps).matches() || name == null || name.length() > 200) {
            conflicts.add(ConflictKind.MALFORMED_ROW, row.number(), code);
            return null;
        }
        if (level == null) {
            conflicts.add(ConflictKind.BAD_ENUM, row.number(), row.get(3));
            return null;
        }
        boolean province = level == RegionLevel.PROVINCE;
        if (province != (parent == null) || (parent != null && !code.startsWith(parent + "."))) {
            conflicts.add(ConflictKind.INCONSISTENT_FIELDS, row.number(), code);
            return null;
        }
        if (!seenBps.add(bps)) {
            conflicts.add(ConflictKind.DUPLICATE_ROW, row.number(), bps);
            return null;
        }
        for (Object value : new Object[] {row.number(), code, bps, name, level, parent}) {
            CopyLine.field(line, value);
        }
        CopyLine.end(line);
        return code;
    }

    private static RegionLevel level(String text) {
        try {
            return text == null ? null : RegionLevel.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static final String SAME = "r.bps_code = s.bps_code AND r.name = s.name AND r.level = s.level "
            + "AND r.parent_code IS NOT DISTINCT FROM s.parent_code";
    private static final String ORPHAN = "s.parent_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM region p WHERE p.code = s.parent_code) "
            + "AND NOT EXISTS (SELECT 1 FROM import_region q WHERE q.code = s.parent_code)";

    /** Rows whose parent is nowhere are counted as not writable (UNKNOWN_REGION). */
    @Override
    public String classify() {
        return "SELECT count(*) FILTER (WHERE r.code IS NULL AND NOT (" + ORPHAN + ")), "
                + "count(*) FILTER (WHERE r.code IS NOT NULL AND " + SAME + "), "
                + "count(*) FILTER (WHERE r.code IS NOT NULL AND NOT (" + SAME + ")), "
                + "count(*) FILTER (WHERE r.code IS NULL AND " + ORPHAN + "), "
                + "(array_agg(s.row_no ORDER BY s.row_no) FILTER (WHERE r.code IS NULL AND " + ORPHAN + "))[1:"
                + Conflicts.MAX_ROWS_LISTED + "], min(s.parent_code) FILTER (WHERE r.code IS NULL AND " + ORPHAN + ") "
                + "FROM import_region s LEFT JOIN region r ON r.code = s.code";
    }

    @Override
    public ConflictKind notWritableKind() {
        return ConflictKind.UNKNOWN_PARENT;
    }

    @Override
    public String deleteNotEditable() {
        return "DELETE FROM import_region s WHERE " + ORPHAN;
    }

    @Override
    public String merge() {
        return "INSERT INTO region (code, bps_code, name, level, parent_code, created_at, updated_at, version) "
                + "SELECT code, bps_code, name, level, parent_code, now(), now(), 0 FROM import_region s "
                + "ON CONFLICT (code) DO UPDATE SET bps_code = EXCLUDED.bps_code, name = EXCLUDED.name, level = EXCLUDED.level, "
                + "parent_code = EXCLUDED.parent_code, updated_at = now(), version = region.version + 1 "
                + "WHERE (region.bps_code, region.name, region.level) IS DISTINCT FROM (EXCLUDED.bps_code, EXCLUDED.name, EXCLUDED.level) "
                + "OR region.parent_code IS DISTINCT FROM EXCLUDED.parent_code";
    }
}
