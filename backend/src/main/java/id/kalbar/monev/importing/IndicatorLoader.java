package id.kalbar.monev.importing;

import id.kalbar.monev.common.CatalogueCodes;
import id.kalbar.monev.common.period.PeriodType;
import id.kalbar.monev.indicator.Measure;
import id.kalbar.monev.indicator.Polarity;
import id.kalbar.monev.indicator.RegionAggregation;
import id.kalbar.monev.indicator.TimeAggregation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The indicator catalogue, by code; the same rules as the indicator API. */
final class IndicatorLoader implements KindLoader {

    static final List<String> COLUMNS = List.of("code", "program", "name", "unit", "measure", "polarity", "periodType",
            "timeAggregation", "regionAggregation", "baselineYear", "baselineValue", "rangeLow", "rangeHigh",
            "dataSource", "ministryCode");
    private static final Pattern CODE = Pattern.compile(CatalogueCodes.PATTERN);

    private final Set<String> programs;

    IndicatorLoader(Set<String> programs) {
        this.programs = programs;
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> requiredColumns() {
        return COLUMNS.subList(0, 9);
    }

    @Override
    public String createStaging() {
        return "CREATE TEMPORARY TABLE import_indicator (row_no bigint, code varchar(32), program_code varchar(32), "
                + "name varchar(300), unit varchar(50), measure varchar(16), polarity varchar(20), period_type varchar(16), "
                + "time_aggregation varchar(16), region_aggregation varchar(20), baseline_year integer, baseline_value numeric(24,4), "
                + "range_low numeric(24,4), range_high numeric(24,4), data_source text, ministry_code varchar(50)) ON COMMIT DROP";
    }

    @Override
    public String copyIntoStaging() {
        return "COPY import_indicator FROM STDIN (FORMAT csv)";
    }

    @Override
    public String stage(ImportRow row, StringBuilder line, Conflicts conflicts) {
        String code = row.get(0);
        if (row.malformed() || code == null || !CODE.matcher(code).matches() || code.length() > CatalogueCodes.MAX_LENGTH) {
            conflicts.add(ConflictKind.MALFORMED_ROW, row.number(), code);
            return null;
        }
        String program = row.get(1);
        if (program == null || !programs.contains(program)) {
            conflicts.add(ConflictKind.UNKNOWN_PROGRAM, row.number(), program);
            return null;
        }
        String name = row.get(2);
        String unit = row.get(3);
        if (name == null || unit == null || name.length() > 300 || unit.length() > 50) {
            conflicts.add(ConflictKind.VALUE_MISSING, row.number(), name == null ? "name" : "unit");
            return null;
        }
        Measure measure = enumValue(Measure.class, row.get(4));
        Polarity polarity = enumValue(Polarity.class, row.get(5));
        PeriodType periodType = enumValue(PeriodType.class, row.get(6));
        TimeAggregation time = enumValue(TimeAggregation.class, row.get(7));
        RegionAggregation region = enumValue(RegionAggregation.class, row.get(8));
        if (measure == null || polarity == null || periodType == null || time == null || region == null) {
            conflicts.add(ConflictKind.BAD_ENUM, row.number(), firstBad(row));
            return null;
        }
        Integer baselineYear = row.get(9) == null ? null : intValue(row.get(9));
        BigDecimal baselineValue = decimalOrNull(row.get(10));
        BigDecimal low = decimalOrNull(row.get(11));
        BigDecimal high = decimalOrNull(row.get(12));
        if ((row.get(9) != null && (baselineYear == null || baselineYear < 2000 || baselineYear > 2100))
                || (row.get(10) != null && baselineValue == null) || (row.get(11) != null && low == null)
                || (row.get(12) != null && high == null)) {
            conflicts.add(ConflictKind.NOT_A_NUMBER, row.number(), code);
            return null;
        }
        boolean rangeOk = polarity == Polarity.RANGE
                ? low != null && high != null && low.compareTo(high) <= 0
                : low == null && high == null;
        if (!rangeOk || (baselineYear == null) != (baselineValue == null)) {
            conflicts.add(ConflictKind.INCONSISTENT_FIELDS, row.number(), code);
            return null;
        }
        for (Object value : new Object[] {row.number(), code, program, name, unit, measure, polarity, periodType, time, region,
                baselineYear, plain(baselineValue), plain(low), plain(high), row.get(13), row.get(14)}) {
            CopyLine.field(line, value);
        }
        CopyLine.end(line);
        return code;
    }

    private static final String SAME = "i.program_code = s.program_code AND i.name = s.name AND i.unit = s.unit "
            + "AND i.measure = s.measure AND i.polarity = s.polarity AND i.period_type = s.period_type "
            + "AND i.time_aggregation = s.time_aggregation AND i.region_aggregation = s.region_aggregation "
            + "AND i.baseline_year IS NOT DISTINCT FROM s.baseline_year AND i.baseline_value IS NOT DISTINCT FROM s.baseline_value "
            + "AND i.range_low IS NOT DISTINCT FROM s.range_low AND i.range_high IS NOT DISTINCT FROM s.range_high "
            + "AND i.data_source IS NOT DISTINCT FROM s.data_source AND i.ministry_code IS NOT DISTINCT FROM s.ministry_code";

    @Override
    public String classify() {
        return "SELECT count(*) FILTER (WHERE i.code IS NULL), count(*) FILTER (WHERE i.code IS NOT NULL AND " + SAME + "), "
                + "count(*) FILTER (WHERE i.code IS NOT NULL AND NOT (" + SAME + ")), 0, NULL::bigint[], NULL::text "
                + "FROM import_indicator s LEFT JOIN indicator i ON i.code = s.code";
    }

    @Override
    public String deleteNotEditable() {
        return "SELECT 1";
    }

    @Override
    public String merge() {
        return "INSERT INTO indicator (code, program_code, name, unit, measure, polarity, period_type, time_aggregation, "
                + "region_aggregation, baseline_year, baseline_value, range_low, range_high, data_source, ministry_code, active, "
                + "created_at, updated_at, version) SELECT code, program_code, name, unit, measure, polarity, period_type, "
                + "time_aggregation, region_aggregation, baseline_year, baseline_value, range_low, range_high, data_source, "
                + "ministry_code, true, now(), now(), 0 FROM import_indicator s "
                + "ON CONFLICT (code) DO UPDATE SET program_code = EXCLUDED.program_code, name = EXCLUDED.name, unit = EXCLUDED.unit, "
                + "measure = EXCLUDED.measure, polarity = EXCLUDED.polarity, period_type = EXCLUDED.period_type, "
                + "time_aggregation = EXCLUDED.time_aggregation, region_aggregation = EXCLUDED.region_aggregation, "
                + "baseline_year = EXCLUDED.baseline_year, baseline_value = EXCLUDED.baseline_value, range_low = EXCLUDED.range_low, "
                + "range_high = EXCLUDED.range_high, data_source = EXCLUDED.data_source, ministry_code = EXCLUDED.ministry_code, "
                + "updated_at = now(), version = indicator.version + 1 WHERE NOT ("
                + SAME.replace("i.", "indicator.").replace("s.", "EXCLUDED.") + ")";
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text) {
        try {
            return text == null ? null : Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String firstBad(ImportRow row) {
        Class<?>[] types = {Measure.class, Polarity.class, PeriodType.class, TimeAggregation.class, RegionAggregation.class};
        for (int i = 0; i < types.length; i++) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            Object value = enumValue((Class) types[i], row.get(4 + i));
            if (value == null) {
                return row.get(4 + i);
            }
        }
        return null;
    }

    private static Integer intValue(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal decimalOrNull(String text) {
        return text == null ? null : ImportValues.decimal(text);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
