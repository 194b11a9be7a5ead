package id.kalbar.monev.indicator;

import id.kalbar.monev.auth.Role;
import id.kalbar.monev.common.CatalogueCodes;
import id.kalbar.monev.common.period.PeriodType;
import id.kalbar.monev.common.rules.Refusal;
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
import id.kalbar.monev.importing.ImportValues;
import id.kalbar.monev.importing.KindLoader;
import id.kalbar.monev.importing.RowRefusals;
import id.kalbar.monev.program.Program;
import id.kalbar.monev.program.ProgramQueries;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The indicator catalogue in bulk, by code, under {@link IndicatorRules} and the limits of {@link IndicatorInput}. */
@ApplicationScoped
public class IndicatorBulkKind implements BulkKind {

    static final List<String> COLUMNS = List.of("code", "program", "name", "unit", "measure", "polarity", "periodType",
            "timeAggregation", "regionAggregation", "baselineYear", "baselineValue", "rangeLow", "rangeHigh",
            "dataSource", "ministryCode");
    private static final Pattern CODE = Pattern.compile(CatalogueCodes.PATTERN);

    private final IndicatorRepository indicators;
    private final ProgramQueries programs;

    public IndicatorBulkKind(IndicatorRepository indicators, ProgramQueries programs) {
        this.indicators = indicators;
        this.programs = programs;
    }

    @Override
    public String name() {
        return "indicators";
    }

    /** The catalogue changes now and then. */
    @Override
    public int listPosition() {
        return 30;
    }

    @Override
    public String description() {
        return "The indicator catalogue, by code";
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
    public Set<String> textColumns() {
        return Set.of("name", "unit", "dataSource", "ministryCode");
    }

    @Override
    public boolean sharedCatalogue() {
        return true;
    }

    @Override
    public Set<Role> loaders() {
        return IndicatorRules.WRITERS;
    }

    @Override
    public KindLoader loader(ImportActor actor, IdScheme scheme) {
        Map<String, Program> byCode = programs.all().stream().collect(Collectors.toMap(p -> p.code, Function.identity()));
        Map<String, String> programOf = indicators.listAll().stream().collect(Collectors.toMap(i -> i.code, i -> i.programCode));
        return new Loader(byCode, programOf);
    }

    @Override
    public ExportQuery export(ExportFilters filters) {
        ExportFilters.Where where = new ExportFilters.Where().and("program_code = ?", filters.programOrNull());
        return new ExportQuery("code, program_code, name, unit, measure, polarity, period_type, time_aggregation, "
                + "region_aggregation, baseline_year, baseline_value, range_low, range_high, data_source, ministry_code",
                "indicator", where, "code");
    }

    private static final class Loader implements KindLoader {

        private final Map<String, Program> programs;
        /** Each stored indicator's program: moving one under a retired program is refused. */
        private final Map<String, String> programOf;

        Loader(Map<String, Program> programs, Map<String, String> programOf) {
            this.programs = programs;
            this.programOf = programOf;
        }

        @Override
        public String entityType() {
            return IndicatorService.ENTITY_TYPE;
        }

        @Override
        public String staging() {
            return "import_indicator";
        }

        @Override
        public String createStaging() {
            return "CREATE TEMPORARY TABLE import_indicator (row_no bigint, code text, program_code text, "
                    + "name text, unit text, measure text, polarity text, period_type text, "
                    + "time_aggregation text, region_aggregation text, baseline_year integer, baseline_value numeric, "
                    + "range_low numeric, range_high numeric, data_source text, ministry_code text) ON COMMIT DROP";
        }

        @Override
        public String stage(ImportRow row, StringBuilder line, RowRefusals refusals) {
            String code = row.get(0);
            if (code == null || !CODE.matcher(code).matches() || code.length() > CatalogueCodes.MAX_LENGTH) {
                refusals.add(RuleCode.MALFORMED_ROW, row.number(), code);
                return null;
            }
            String programCode = row.get(1);
            String name = row.get(2);
            String unit = row.get(3);
            if (programCode == null || name == null || unit == null) {
                refusals.add(RuleCode.VALUE_MISSING, row.number(), programCode == null ? "program" : name == null ? "name" : "unit");
                return null;
            }
            Optional<Refusal> refusal = IndicatorRules.program(programCode, programs.get(programCode),
                            !programCode.equals(programOf.get(code)))
                    .or(() -> TextRules.check("name", name, IndicatorRules.NAME_MAX))
                    .or(() -> TextRules.check("unit", unit, IndicatorRules.UNIT_MAX))
                    .or(() -> TextRules.check("dataSource", row.get(13), IndicatorRules.DATA_SOURCE_MAX))
                    .or(() -> TextRules.check("ministryCode", row.get(14), IndicatorRules.MINISTRY_CODE_MAX));
            if (refusal.isPresent()) {
                refusals.add(refusal.get(), row.number());
                return null;
            }
            Measure measure = enumValue(Measure.class, row.get(4));
            Polarity polarity = enumValue(Polarity.class, row.get(5));
            PeriodType periodType = enumValue(PeriodType.class, row.get(6));
            TimeAggregation time = enumValue(TimeAggregation.class, row.get(7));
            RegionAggregation region = enumValue(RegionAggregation.class, row.get(8));
            if (measure == null || polarity == null || periodType == null || time == null || region == null) {
                refusals.add(RuleCode.BAD_ENUM, row.number(), firstBad(row));
                return null;
            }
            Integer baselineYear = row.get(9) == null ? null : ImportValues.year(row.get(9));
            if (row.get(9) != null && baselineYear == null) {
                refusals.add(RuleCode.BAD_YEAR, row.number(), row.get(9));
                return null;
            }
            BigDecimal baselineValue = decimalOrNull(row.get(10));
            BigDecimal low = decimalOrNull(row.get(11));
            BigDecimal high = decimalOrNull(row.get(12));
            if ((row.get(10) != null && baselineValue == null) || (row.get(11) != null && low == null)
                    || (row.get(12) != null && high == null)) {
                refusals.add(RuleCode.NOT_A_NUMBER, row.number(), code);
                return null;
            }
            boolean rangeOk = polarity == Polarity.RANGE
                    ? low != null && high != null && low.compareTo(high) <= 0
                    : low == null && high == null;
            if (!rangeOk || (baselineYear == null) != (baselineValue == null)) {
                refusals.add(RuleCode.INCONSISTENT_FIELDS, row.number(), code);
                return null;
            }
            for (Object value : new Object[] {row.number(), code, programCode, name, unit, measure, polarity, periodType, time,
                    region, baselineYear, plain(baselineValue), plain(low), plain(high), row.get(13), row.get(14)}) {
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
        public String join() {
            return "import_indicator s LEFT JOIN indicator i ON i.code = s.code";
        }

        @Override
        public String stored() {
            return "i.code IS NOT NULL";
        }

        @Override
        public String changed() {
            return "NOT (" + SAME + ")";
        }

        @Override
        public String auditRows() {
            return "SELECT s.code AS entity_key, " + AuditSql.columns(stored(),
                            AuditSql.field("code", "i.code", "s.code"),
                            AuditSql.field("programCode", "i.program_code", "s.program_code"),
                            AuditSql.field("name", "i.name", "s.name"),
                            AuditSql.field("unit", "i.unit", "s.unit"),
                            AuditSql.field("measure", "i.measure", "s.measure"),
                            AuditSql.field("polarity", "i.polarity", "s.polarity"),
                            AuditSql.field("periodType", "i.period_type", "s.period_type"),
                            AuditSql.field("timeAggregation", "i.time_aggregation", "s.time_aggregation"),
                            AuditSql.field("regionAggregation", "i.region_aggregation", "s.region_aggregation"),
                            AuditSql.field("baselineYear", "i.baseline_year", "s.baseline_year"),
                            AuditSql.decimal("baselineValue", "i.baseline_value", "s.baseline_value"),
                            AuditSql.decimal("rangeLow", "i.range_low", "s.range_low"),
                            AuditSql.decimal("rangeHigh", "i.range_high", "s.range_high"),
                            AuditSql.field("dataSource", "i.data_source", "s.data_source"),
                            AuditSql.field("ministryCode", "i.ministry_code", "s.ministry_code"),
                            AuditSql.field("active", "i.active", "coalesce(i.active, true)"))
                    + " FROM " + join() + " WHERE i.code IS NULL OR " + changed();
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

    private static BigDecimal decimalOrNull(String text) {
        return text == null ? null : ImportValues.decimal(text);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
