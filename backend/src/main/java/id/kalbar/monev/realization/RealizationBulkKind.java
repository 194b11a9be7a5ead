package id.kalbar.monev.realization;

import id.kalbar.monev.auth.Role;
import id.kalbar.monev.common.paging.FilterValues;
import id.kalbar.monev.common.paging.YearParam;
import id.kalbar.monev.common.period.Period;
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
import java.sql.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Realizations in bulk: {@code indicator,region,period,value,note}; loaded as drafts under
 * {@link RealizationRules}, never over submitted or verified values.
 */
@ApplicationScoped
public class RealizationBulkKind implements BulkKind {

    static final List<String> COLUMNS = List.of("indicator", "region", "period", "value", "note");
    private static final int INDICATOR = 0;
    private static final int REGION = 1;
    private static final int PERIOD = 2;
    private static final int VALUE = 3;
    private static final int NOTE = 4;

    private final IndicatorQueries indicators;
    private final RegionQueries regions;
    private final PeriodLocks locks;

    public RealizationBulkKind(IndicatorQueries indicators, RegionQueries regions, PeriodLocks locks) {
        this.indicators = indicators;
        this.regions = regions;
        this.locks = locks;
    }

    @Override
    public String name() {
        return "realizations";
    }

    /** Reported every period: the load people make most. */
    @Override
    public int listPosition() {
        return 10;
    }

    @Override
    public String description() {
        return "What regions achieved per indicator and period, loaded as drafts; operators for their own region";
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
        return Set.of("note");
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
        return RealizationRules.WRITERS;
    }

    @Override
    public KindLoader loader(ImportActor actor, IdScheme scheme) {
        return new Loader(new BulkCatalogue(indicators.list(null, null), regions.all(), scheme),
                new RealizationRules.Writer(actor.role(), actor.regionCode()), locks);
    }

    @Override
    public ExportQuery export(ExportFilters filters) {
        RealizationStatus status = FilterValues.enumValue(RealizationStatus.class, filters.status(), "status");
        Date from = ExportFilters.periodBound(filters.periodFrom(), "periodFrom", true);
        Date to = ExportFilters.periodBound(filters.periodTo(), "periodTo", false);
        ExportFilters.Where where = new ExportFilters.Where()
                .and("indicator_code = ?", filters.indicatorOrNull())
                .and("indicator_code IN (SELECT code FROM indicator WHERE program_code = ?)", filters.programOrNull())
                .within("region_code", filters.regions())
                .and("year = ?", YearParam.parse(filters.year(), "year"))
                .and("period_start >= ?", from)
                .and("period_start <= ?", to)
                // The bounds' years too: only a condition on the partition key leaves other years unread.
                .and("year >= ?", from == null ? null : from.toLocalDate().getYear())
                .and("year <= ?", to == null ? null : to.toLocalDate().getYear())
                .and("status = ?", status == null ? null : status.name());
        return new ExportQuery("indicator_code, region_code, period, value, note", "realization", where,
                "indicator_code, region_code, period_start");
    }

    private static final class Loader implements KindLoader {

        private final BulkCatalogue catalogue;
        private final RealizationRules.Writer writer;
        private final PeriodLocks locks;
        private final Map<String, Optional<Period>> periods = new HashMap<>();
        private final Map<String, PeriodLocks.State> lockStates = new HashMap<>();
        /** Looked up before the rows stream in: the connection is busy with COPY meanwhile. */
        private final Set<ReportingExceptionKey> exceptions;

        Loader(BulkCatalogue catalogue, RealizationRules.Writer writer, PeriodLocks locks) {
            this.catalogue = catalogue;
            this.writer = writer;
            this.locks = locks;
            this.exceptions = locks.exceptionsInForce();
        }

        @Override
        public String entityType() {
            return RealizationService.ENTITY_TYPE;
        }

        @Override
        public String staging() {
            return "import_realization";
        }

        @Override
        public String createStaging() {
            return "CREATE TEMPORARY TABLE import_realization (row_no bigint, indicator_code text, region_code text, "
                    + "period text, year integer, period_start date, value numeric, note text, indicator_active boolean) ON COMMIT DROP";
        }

        @Override
        public String stage(ImportRow row, StringBuilder line, RowRefusals refusals) {
            String indicatorCode = row.get(INDICATOR);
            Indicator indicator = indicatorCode == null ? null : catalogue.indicator(indicatorCode);
            String regionId = row.get(REGION);
            Region region = regionId == null ? null : catalogue.region(regionId);
            String periodText = row.get(PERIOD);
            Optional<Refusal> refusal = RealizationRules.indicator(indicatorCode, indicator)
                    .or(() -> RealizationRules.region(regionId, region, writer))
                    .or(() -> RealizationRules.period(indicator, periodText,
                            periodText == null ? Optional.empty() : periods.computeIfAbsent(periodText, Period::parse)))
                    .or(() -> RealizationRules.reporting(indicator, region));
            if (refusal.isPresent()) {
                refusals.add(refusal.get(), row.number());
                return null;
            }
            Period period = periods.get(periodText).orElseThrow();
            String valueText = row.get(VALUE);
            if (valueText == null) {
                refusals.add(RuleCode.VALUE_MISSING, row.number(), "value");
                return null;
            }
            BigDecimal value = ImportValues.decimal(valueText);
            if (value == null) {
                refusals.add(RuleCode.NOT_A_NUMBER, row.number(), valueText);
                return null;
            }
            String note = row.get(NOTE);
            PeriodLocks.State state = lockStates.computeIfAbsent(region.code + "|" + period,
                    k -> locks.check(region.code, period, writer.operator(), exceptions::contains));
            refusal = RealizationRules.note(note).or(() -> RealizationRules.periodState(state, period, locks));
            if (refusal.isPresent()) {
                refusals.add(refusal.get(), row.number());
                return null;
            }
            CopyLine.field(line, row.number());
            CopyLine.field(line, indicator.code);
            CopyLine.field(line, region.code);
            CopyLine.field(line, period);
            CopyLine.field(line, period.year());
            CopyLine.field(line, period.firstDay());
            CopyLine.field(line, value.toPlainString());
            CopyLine.field(line, note);
            CopyLine.field(line, indicator.active);
            CopyLine.end(line);
            return indicator.code + "|" + region.code + "|" + period;
        }

        @Override
        public String join() {
            // The year (which the period names) joins too: it is the partition key, so each row is matched
            // in its own year's partition only.
            return "import_realization s LEFT JOIN realization r ON r.indicator_code = s.indicator_code "
                    + "AND r.region_code = s.region_code AND r.period = s.period AND r.year = s.year";
        }

        @Override
        public String stored() {
            return "r.indicator_code IS NOT NULL";
        }

        @Override
        public String changed() {
            return "r.value <> s.value OR r.note IS DISTINCT FROM s.note";
        }

        @Override
        public List<StoredRule> storedRules() {
            return List.of(
                    new StoredRule(RuleCode.RETIRED_INDICATOR, RealizationRules.RETIRED_SQL, "s.indicator_code"),
                    new StoredRule(RuleCode.NOT_EDITABLE, "r.status IN " + RealizationRules.statusList(false)
                            + " AND (" + changed() + ")",
                            "s.indicator_code || ' ' || s.region_code || ' ' || s.period"));
        }

        @Override
        public String auditRows() {
            return "SELECT s.indicator_code || '/' || s.region_code || '/' || s.period AS entity_key, "
                    + AuditSql.columns(stored(),
                            AuditSql.field("indicatorCode", "r.indicator_code", "s.indicator_code"),
                            AuditSql.field("regionCode", "r.region_code", "s.region_code"),
                            AuditSql.field("period", "r.period", "s.period"),
                            AuditSql.decimal("value", "r.value", "s.value"),
                            AuditSql.field("note", "r.note", "s.note"),
                            AuditSql.field("status", "r.status", "'" + RealizationStatus.DRAFT.name() + "'"))
                    + " FROM " + join() + " WHERE r.indicator_code IS NULL OR " + changed();
        }

        @Override
        public String merge() {
            // A plain insert of the new rows (no speculative insertion per row), then an update of the changed ones.
            return "UPDATE realization r SET value = s.value, note = s.note, status = '" + RealizationStatus.DRAFT.name()
                    + "', updated_at = now(), version = r.version + 1 FROM import_realization s WHERE r.indicator_code = s.indicator_code "
                    + "AND r.region_code = s.region_code AND r.period = s.period AND r.year = s.year AND r.status IN " + RealizationRules.statusList(true)
                    + " AND (" + changed() + "); "
                    + "INSERT INTO realization (indicator_code, region_code, period, year, period_start, value, note, status, "
                    + "created_at, updated_at, version) "
                    + "SELECT s.indicator_code, s.region_code, s.period, s.year, s.period_start, s.value, s.note, '"
                    + RealizationStatus.DRAFT.name() + "', now(), now(), 0 FROM import_realization s WHERE NOT EXISTS "
                    + "(SELECT 1 FROM realization r WHERE r.indicator_code = s.indicator_code "
                    + "AND r.region_code = s.region_code AND r.period = s.period AND r.year = s.year)";
        }
    }
}
