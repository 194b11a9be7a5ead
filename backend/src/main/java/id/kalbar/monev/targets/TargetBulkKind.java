package id.kalbar.monev.targets;

import id.kalbar.monev.auth.RegionScope;
import id.kalbar.monev.auth.Role;
import id.kalbar.monev.common.paging.YearParam;
import id.kalbar.monev.common.rules.Refusal;
import id.kalbar.monev.common.rules.RuleCode;
import id.kalbar.monev.importing.AuditSql;
import id.kalbar.monev.importing.BulkKind;
import id.kalbar.monev.importing.CopyLine;
import id.kalbar.monev.importing.ExportFilters;
import id.kalbar.monev.importing.ExportQuery;
import id.kalbar.monev.importing.IdScheme;
import id.kalbar.monev.importing.ImportActor;
import id.kalbar.monev.importing.ImportRow;
import id.kalbar.monev.importing.ImportValues;
import id.kalbar.monev.importing.KindLoader;
import id.kalbar.monev.importing.RowRefusals;
import id.kalbar.monev.indicator.BulkCatalogue;
import id.kalbar.monev.indicator.Indicator;
import id.kalbar.monev.indicator.IndicatorQueries;
import id.kalbar.monev.region.Region;
import id.kalbar.monev.region.RegionQueries;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Annual targets in bulk: {@code indicator,region,year,value}, under {@link TargetRules}; new targets are AGREED, breakdowns are kept. */
@ApplicationScoped
public class TargetBulkKind implements BulkKind {

    static final List<String> COLUMNS = List.of("indicator", "region", "year", "value");
    private static final int INDICATOR = 0;
    private static final int REGION = 1;
    private static final int YEAR = 2;
    private static final int VALUE = 3;

    private final IndicatorQueries indicators;
    private final RegionQueries regions;
    private final ApprovedTargetYears approvals;

    public TargetBulkKind(IndicatorQueries indicators, RegionQueries regions, ApprovedTargetYears approvals) {
        this.indicators = indicators;
        this.regions = regions;
        this.approvals = approvals;
    }

    @Override
    public String name() {
        return "targets";
    }

    /** Set once a year. */
    @Override
    public int listPosition() {
        return 20;
    }

    @Override
    public String description() {
        return "Annual targets per indicator and region";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> requiredColumns() {
        return COLUMNS;
    }

    @Override
    public Set<String> regionColumns() {
        return Set.of("region");
    }

    @Override
    public Set<String> indicatorColumns() {
        return Set.of("indicator");
    }

    @Override
    public Set<Role> loaders() {
        return TargetRules.WRITERS;
    }

    @Override
    public KindLoader loader(ImportActor actor, IdScheme scheme) {
        return new Loader(new BulkCatalogue(indicators.list(null, null), regions.all(), scheme), actor.role(),
                actor.writeScope(), approvals.approvedYears());
    }

    @Override
    public ExportQuery export(ExportFilters filters) {
        ExportFilters.Where where = new ExportFilters.Where()
                .and("indicator_code = ?", filters.indicatorOrNull())
                .and("indicator_code IN (SELECT code FROM indicator WHERE program_code = ?)", filters.programOrNull())
                .within("region_code", filters.regions())
                .and("year = ?", YearParam.parse(filters.year(), "year"));
        return new ExportQuery("indicator_code, region_code, year, value", "target", where, "indicator_code, region_code, year");
    }

    private static final class Loader implements KindLoader {

        private final BulkCatalogue catalogue;
        private final Role role;
        private final RegionScope writes;
        private final Set<Integer> approvedYears;

        Loader(BulkCatalogue catalogue, Role role, RegionScope writes, Set<Integer> approvedYears) {
            this.catalogue = catalogue;
            this.role = role;
            this.writes = writes;
            this.approvedYears = approvedYears;
        }

        @Override
        public String entityType() {
            return TargetService.ENTITY_TYPE;
        }

        @Override
        public String staging() {
            return "import_target";
        }

        @Override
        public String createStaging() {
            return "CREATE TEMPORARY TABLE import_target (row_no bigint, indicator_code text, region_code text, "
                    + "year integer, value numeric, indicator_active boolean) ON COMMIT DROP";
        }

        @Override
        public String stage(ImportRow row, StringBuilder line, RowRefusals refusals) {
            String indicatorCode = row.get(INDICATOR);
            Indicator indicator = indicatorCode == null ? null : catalogue.indicator(indicatorCode);
            String regionId = row.get(REGION);
            Region region = regionId == null ? null : catalogue.region(regionId);
            String yearText = row.get(YEAR);
            Optional<Integer> year = TargetRules.year(yearText);
            Optional<Refusal> refusal = TargetRules.indicator(indicatorCode, indicator)
                    .or(() -> TargetRules.region(regionId, region, writes))
                    .or(() -> TargetRules.reporting(indicator, region))
                    .or(() -> year.isEmpty() ? Optional.of(TargetRules.badYear(yearText)) : Optional.empty())
                    .or(() -> TargetRules.approvedRound(role, year.get(), approvedYears.contains(year.get())));
            if (refusal.isPresent()) {
                refusals.add(refusal.get(), row.number());
                return null;
            }
            String valueText = row.get(VALUE);
            BigDecimal value = valueText == null ? null : ImportValues.decimal(valueText);
            if (value == null) {
                refusals.add(valueText == null ? RuleCode.VALUE_MISSING : RuleCode.NOT_A_NUMBER, row.number(), valueText);
                return null;
            }
            CopyLine.field(line, row.number());
            CopyLine.field(line, indicator.code);
            CopyLine.field(line, region.code);
            CopyLine.field(line, year.get());
            CopyLine.field(line, value.toPlainString());
            CopyLine.field(line, indicator.active);
            CopyLine.end(line);
            return indicator.code + "|" + region.code + "|" + year.get();
        }

        @Override
        public String join() {
            return "import_target s LEFT JOIN target t ON t.indicator_code = s.indicator_code "
                    + "AND t.region_code = s.region_code AND t.year = s.year";
        }

        @Override
        public String stored() {
            return "t.indicator_code IS NOT NULL";
        }

        @Override
        public String changed() {
            return "t.value <> s.value";
        }

        @Override
        public List<StoredRule> storedRules() {
            return List.of(new StoredRule(RuleCode.RETIRED_INDICATOR, TargetRules.RETIRED_SQL, "s.indicator_code"));
        }

        @Override
        public String auditRows() {
            return "SELECT s.indicator_code || '/' || s.region_code || '/' || s.year AS entity_key, "
                    + AuditSql.columns(stored(),
                            AuditSql.field("indicatorCode", "t.indicator_code", "s.indicator_code"),
                            AuditSql.field("regionCode", "t.region_code", "s.region_code"),
                            AuditSql.field("year", "t.year", "s.year"),
                            AuditSql.decimal("value", "t.value", "s.value"),
                            AuditSql.field("status", "t.status", "coalesce(t.status, '" + TargetStatus.AGREED.name() + "')"))
                    + " FROM " + join() + " WHERE t.indicator_code IS NULL OR " + changed();
        }

        @Override
        public String merge() {
            return "INSERT INTO target (indicator_code, region_code, year, value, status, created_at, updated_at, version) "
                    + "SELECT indicator_code, region_code, year, value, '" + TargetStatus.AGREED.name() + "', now(), now(), 0 "
                    + "FROM import_target ON CONFLICT (indicator_code, region_code, year) DO UPDATE SET value = EXCLUDED.value, "
                    + "updated_at = now(), version = target.version + 1 WHERE target.value <> EXCLUDED.value";
        }
    }
}
