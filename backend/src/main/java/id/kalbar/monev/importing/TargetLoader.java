package id.kalbar.monev.importing;

import id.kalbar.monev.common.paging.YearParam;
import id.kalbar.monev.indicator.Indicator;
import id.kalbar.monev.indicator.ReportingRegions;
import id.kalbar.monev.region.Region;

import java.math.BigDecimal;
import java.util.List;

/** Annual targets: {@code indicator,region,year,value}; new targets are AGREED, breakdowns are kept. */
final class TargetLoader implements KindLoader {

    static final List<String> COLUMNS = List.of("indicator", "region", "year", "value");
    private static final int INDICATOR = 0;
    private static final int REGION = 1;
    private static final int YEAR = 2;
    private static final int VALUE = 3;

    private final ImportCatalogue catalogue;

    TargetLoader(ImportCatalogue catalogue) {
        this.catalogue = catalogue;
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
    public String createStaging() {
        return "CREATE TEMPORARY TABLE import_target (row_no bigint, indicator_code varchar(32), region_code varchar(13), "
                + "year integer, value numeric(24,4)) ON COMMIT DROP";
    }

    @Override
    public String copyIntoStaging() {
        return "COPY import_target FROM STDIN (FORMAT csv)";
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
        if (!ReportingRegions.hasTargets(indicator, region)) {
            conflicts.add(ConflictKind.REGION_NOT_REPORTING, row.number(), regionId);
            return null;
        }
        Integer year = year(row.get(YEAR));
        if (year == null) {
            conflicts.add(ConflictKind.BAD_YEAR, row.number(), row.get(YEAR));
            return null;
        }
        String valueText = row.get(VALUE);
        BigDecimal value = valueText == null ? null : ImportValues.decimal(valueText);
        if (value == null) {
            conflicts.add(valueText == null ? ConflictKind.VALUE_MISSING : ConflictKind.NOT_A_NUMBER, row.number(), valueText);
            return null;
        }
        if (!indicator.active) {
            conflicts.add(ConflictKind.RETIRED_INDICATOR, row.number(), indicatorCode);
            return null;
        }
        CopyLine.field(line, row.number());
        CopyLine.field(line, indicator.code);
        CopyLine.field(line, region.code);
        CopyLine.field(line, year);
        CopyLine.field(line, value.toPlainString());
        CopyLine.end(line);
        return indicator.code + "|" + region.code + "|" + year;
    }

    private static Integer year(String text) {
        try {
            return text == null ? null : YearParam.parse(text, "year");
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static final String JOIN = "import_target s LEFT JOIN target t ON t.indicator_code = s.indicator_code "
            + "AND t.region_code = s.region_code AND t.year = s.year";

    @Override
    public String classify() {
        return "SELECT count(*) FILTER (WHERE t.indicator_code IS NULL), "
                + "count(*) FILTER (WHERE t.value = s.value), "
                + "count(*) FILTER (WHERE t.value <> s.value), 0, NULL::bigint[], NULL::text FROM " + JOIN;
    }

    @Override
    public String deleteNotEditable() {
        return "SELECT 1";
    }

    @Override
    public String merge() {
        return "INSERT INTO target (indicator_code, region_code, year, value, status, created_at, updated_at, version) "
                + "SELECT indicator_code, region_code, year, value, 'AGREED', now(), now(), 0 FROM import_target "
                + "ON CONFLICT (indicator_code, region_code, year) DO UPDATE SET value = EXCLUDED.value, updated_at = now(), "
                + "version = target.version + 1 WHERE target.value <> EXCLUDED.value";
    }
}
