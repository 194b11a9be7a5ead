package id.kalbar.monev.region;

import id.kalbar.monev.auth.Role;
import id.kalbar.monev.common.rules.RuleCode;
import id.kalbar.monev.common.rules.TextRules;
import id.kalbar.monev.importing.AuditSql;
import id.kalbar.monev.importing.BulkKind;
import id.kalbar.monev.importing.CopyLine;
import id.kalbar.monev.importing.ExportFilters;
import id.kalbar.monev.importing.ExportQuery;
import id.kalbar.monev.importing.IdScheme;
import id.kalbar.monev.importing.ImportActor;
import id.kalbar.monev.importing.ImportRow;
import id.kalbar.monev.importing.KindLoader;
import id.kalbar.monev.importing.RowRefusals;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Regions for a national deployment: {@code code,bpsCode,name,level,parent} with Kemendagri codes
 * (61, 61.71) as keys; a parent must be stored already or come in the same file.
 */
@ApplicationScoped
public class RegionBulkKind implements BulkKind {

    static final List<String> COLUMNS = List.of("code", "bpsCode", "name", "level", "parent");
    private static final Pattern KEMENDAGRI = Pattern.compile("^\\d{2}(\\.\\d{2})?$");
    private static final Pattern BPS = Pattern.compile("^\\d{2}(\\d{2})?$");
    /** The length of region.name. */
    static final int NAME_MAX = 200;

    @Override
    public String name() {
        return "regions";
    }

    /** Loaded once, when a deployment starts. */
    @Override
    public int listPosition() {
        return 40;
    }

    @Override
    public String description() {
        return "Regions for a national deployment, by Kemendagri code; a parent must be stored or in the same file";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> requiredColumns() {
        return COLUMNS.subList(0, 4);
    }

    @Override
    public Set<String> textColumns() {
        return Set.of("name");
    }

    @Override
    public boolean sharedCatalogue() {
        return true;
    }

    @Override
    public Set<Role> loaders() {
        return Set.of(Role.ADMIN);
    }

    @Override
    public KindLoader loader(ImportActor actor, IdScheme scheme) {
        return new Loader();
    }

    @Override
    public ExportQuery export(ExportFilters filters) {
        return new ExportQuery("code, bps_code, name, level, parent_code", "region", "code");
    }

    private static final class Loader implements KindLoader {

        private final Set<String> seenBps = new HashSet<>();

        @Override
        public String entityType() {
            return "region";
        }

        @Override
        public String staging() {
            return "import_region";
        }

        @Override
        public String createStaging() {
            return "CREATE TEMPORARY TABLE import_region (row_no bigint, code text, bps_code text, name text, "
                    + "level text, parent_code text) ON COMMIT DROP";
        }

        @Override
        public String stage(ImportRow row, StringBuilder line, RowRefusals conflicts) {
            String code = row.get(0);
            String bps = row.get(1);
            String name = row.get(2);
            String parent = row.get(4);
            RegionLevel level = level(row.get(3));
            if (code == null || !KEMENDAGRI.matcher(code).matches() || bps == null || !BPS.matcher(bps).matches()) {
                conflicts.add(RuleCode.MALFORMED_ROW, row.number(), code);
                return null;
            }
            if (name == null) {
                conflicts.add(RuleCode.VALUE_MISSING, row.number(), "name");
                return null;
            }
            var refusal = TextRules.check("name", name, NAME_MAX);
            if (refusal.isPresent()) {
                conflicts.add(refusal.get(), row.number());
                return null;
            }
            if (level == null) {
                conflicts.add(RuleCode.BAD_ENUM, row.number(), row.get(3));
                return null;
            }
            boolean province = level == RegionLevel.PROVINCE;
            if (province != (parent == null) || (parent != null && !code.startsWith(parent + "."))) {
                conflicts.add(RuleCode.INCONSISTENT_FIELDS, row.number(), code);
                return null;
            }
            if (!seenBps.add(bps)) {
                conflicts.add(RuleCode.DUPLICATE_ROW, row.number(), bps);
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

        @Override
        public String join() {
            return "import_region s LEFT JOIN region r ON r.code = s.code";
        }

        @Override
        public String stored() {
            return "r.code IS NOT NULL";
        }

        @Override
        public String changed() {
            return "NOT (" + SAME + ")";
        }

        /** A row whose parent is nowhere is refused. */
        @Override
        public List<StoredRule> storedRules() {
            return List.of(new StoredRule(RuleCode.UNKNOWN_PARENT, "r.code IS NULL AND " + ORPHAN, "s.parent_code"));
        }

        @Override
        public String auditRows() {
            return "SELECT s.code AS entity_key, " + AuditSql.columns(stored(),
                            AuditSql.field("code", "r.code", "s.code"),
                            AuditSql.field("bpsCode", "r.bps_code", "s.bps_code"),
                            AuditSql.field("name", "r.name", "s.name"),
                            AuditSql.field("level", "r.level", "s.level"),
                            AuditSql.field("parentCode", "r.parent_code", "s.parent_code"))
                    + " FROM " + join() + " WHERE r.code IS NULL OR " + changed();
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
}
