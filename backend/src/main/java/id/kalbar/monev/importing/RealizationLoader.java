package id.kalbar.monev.importing;

import id.kalbar.monev.common.period.Period;
import id.kalbar.monev.indicator.Indicator;
import id.kalbar.monev.indicator.ReportingRegions;
import id.kalbar.monev.realization.PeriodLocks;
import id.kalbar.monev.realization.ReportingExceptionKey;
import id.kalbar.monev.region.Region;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Realizations: {@code indicator,region,period,value,note}; loaded as drafts, never over submitted or verified values. */
final class RealizationLoader implements KindLoader {

    static final List<String> COLUMNS = List.of("indicator", "region", "period", "value", "note");
    private static final int INDICATOR = 0;
    private static final int REGION = 1;
    private static final int PERIOD = 2;
    private static final int VALUE = 3;
    private static final int NOTE = 4;

    private final ImportCatalogue catalogue;
    private final String allowedRegion;
    private final boolean operator;
    private final PeriodLocks locks;
    private final Map<String, Optional<Period>> periods = new HashMap<>();
    private final Map<String, PeriodLocks.State> lockStates = new HashMap<>();
    /** Looked up before the rows stream in: the connection is busy with COPY meanwhile. */
    private final Set<ReportingExceptionKey> exceptions;

    RealizationLoader(ImportCatalogue catalogue, ImportActor actor, PeriodLocks locks) {
        this.catalogue = catalogue;
        this.operator = actor.operator();
        this.allowedRegion = operator ? actor.regionCode() : null;
        this.locks = locks;
        this.exceptions = locks.exceptionsInForce();
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("indicator", "region", "period", "value");
    }

    @Override
    public String createStaging() {
        return "CREATE TEMPORARY TABLE import_realization (row_no bigint, indicator_code varchar(32), region_code varchar(13), "
                + "period varchar(7), year integer, period_start date, value numeric(24,4), note varchar(2000)) ON COMMIT DROP";
    }

    @Override
    public String copyIntoStaging() {
        return "COPY import_realization FROM STDIN (FORMAT csv)";
    }

    @Override
    public String stage(ImportRow row, StringBuilder line, Conflicts conflicts) {
        if (row.malformed()) {
            conflicts.add(ConflictKind.MALFORMED_ROW, row.number(), null);
            return null;
        }
        String indicatorCode = row.get(INDICATOR);
        Indicator indicator = indicatorCode == null ? null : catalogue.indicator(indicatorCode);
        if (indicator == null) {
            conflicts.add(ConflictKind.UNKNOWN_INDICATOR, row.number(), indicatorCode);
            return null;
        }
        String regionId = row.get(REGION);
        Region region = regionId == null ? null : catalogue.region(regionId);
        if (region == null) {
            conflicts.add(ConflictKind.UNKNOWN_REGION, row.number(), regionId);
            return null;
        }
        if (allowedRegion != null && !allowedRegion.equals(region.code)) {
            conflicts.add(ConflictKind.REGION_NOT_ALLOWED, row.number(), regionId);
            return null;
        }
        if (!ReportingRegions.reports(indicator, region)) {
            conflicts.add(ConflictKind.REGION_NOT_REPORTING, row.number(), regionId);
            return null;
        }
        String periodText = row.get(PERIOD);
        Period period = periodText == null ? null
                : periods.computeIfAbsent(periodText, Period::parse).filter(p -> p.type() == indicator.periodType).orElse(null);
        if (period == null) {
            conflicts.add(ConflictKind.BAD_PERIOD, row.number(), periodText);
            return null;
        }
        String valueText = row.get(VALUE);
        if (valueText == null) {
            conflicts.add(ConflictKind.VALUE_MISSING, row.number(), null);
            return null;
        }
        BigDecimal value = ImportValues.decimal(valueText);
        if (value == null) {
            conflicts.add(ConflictKind.NOT_A_NUMBER, row.number(), valueText);
            return null;
        }
        PeriodLocks.State state = lockStates.computeIfAbsent(region.code + "|" + period, k -> locks.check(region.code, period, operator, exceptions::contains));
        if (state != PeriodLocks.State.OPEN) {
            conflicts.add(state == PeriodLocks.State.LOCKED ? ConflictKind.PERIOD_LOCKED : ConflictKind.PERIOD_NOT_STARTED,
                    row.number(), periodText);
            return null;
        }
        if (!indicator.active) {
            conflicts.add(ConflictKind.RETIRED_INDICATOR, row.number(), indicatorCode);
            return null;
        }
        String note = row.get(NOTE);
        CopyLine.field(line, row.number());
        CopyLine.field(line, indicator.code);
        CopyLine.field(line, region.code);
        CopyLine.field(line, period);
        CopyLine.field(line, period.year());
        CopyLine.field(line, period.firstDay());
        CopyLine.field(line, value.toPlainString());
        CopyLine.field(line, note == null ? null : note.length() > 2000 ? note.substring(0, 2000) : note);
        CopyLine.end(line);
        return indicator.code + "|" + region.code + "|" + period;
    }

    private static final String CHANGED = "(r.value <> s.value OR r.note IS DISTINCT FROM s.note)";
    private static final String JOIN = "import_realization s LEFT JOIN realization r ON r.indicator_code = s.indicator_code "
            + "AND r.region_code = s.region_code AND r.period = s.period";

    @Override
    public String classify() {
        return "SELECT count(*) FILTER (WHERE r.indicator_code IS NULL), "
                + "count(*) FILTER (WHERE r.indicator_code IS NOT NULL AND NOT " + CHANGED + "), "
                + "count(*) FILTER (WHERE r.status IN ('DRAFT','RETURNED') AND " + CHANGED + "), "
                + "count(*) FILTER (WHERE r.status IN ('SUBMITTED','VERIFIED') AND " + CHANGED + "), "
                + "(array_agg(s.row_no ORDER BY s.row_no) FILTER (WHERE r.status IN ('SUBMITTED','VERIFIED') AND " + CHANGED + "))[1:"
                + Conflicts.MAX_ROWS_LISTED + "], "
                + "min(s.indicator_code || ' ' || s.region_code || ' ' || s.period) FILTER (WHERE r.status IN ('SUBMITTED','VERIFIED') AND "
                + CHANGED + ") FROM " + JOIN;
    }

    @Override
    public String deleteNotEditable() {
        return "DELETE FROM import_realization s USING realization r WHERE r.indicator_code = s.indicator_code "
                + "AND r.region_code = s.region_code AND r.period = s.period AND r.status IN ('SUBMITTED','VERIFIED') AND " + CHANGED;
    }

    @Override
    public String merge() {
        // A plain insert of the new rows (no speculative insertion per row), then an update of the changed ones.
        return "UPDATE realization r SET value = s.value, note = s.note, status = 'DRAFT', updated_at = now(), "
                + "version = r.version + 1 FROM import_realization s WHERE r.indicator_code = s.indicator_code "
                + "AND r.region_code = s.region_code AND r.period = s.period AND r.status IN ('DRAFT','RETURNED') AND " + CHANGED + "; "
                + "INSERT INTO realization (indicator_code, region_code, period, year, period_start, value, note, status, "
                + "created_at, updated_at, version) "
                + "SELECT s.indicator_code, s.region_code, s.period, s.year, s.period_start, s.value, s.note, 'DRAFT', now(), now(), 0 "
                + "FROM import_realization s WHERE NOT EXISTS (SELECT 1 FROM realization r WHERE r.indicator_code = s.indicator_code "
                + "AND r.region_code = s.region_code AND r.period = s.period)";
    }
}
