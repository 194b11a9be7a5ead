package id.kalbar.monev.importing;

import id.kalbar.monev.auth.RegionScope;
import id.kalbar.monev.common.paging.FilterValues;
import id.kalbar.monev.common.period.Period;
import id.kalbar.monev.common.problem.Problems;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

/**
 * The filters of a download as asked ({@code region} a code or nothing) and, once checked, the regions it
 * holds: the region asked for within the caller's scope, or the whole scope ({@link #regions()}).
 */
public record ExportFilters(String indicator, String program, String region, String year, String periodFrom,
                            String periodTo, String status, RegionScope regions) {

    /** The filters as a request gives them, before they are cut to the caller's scope. */
    public static ExportFilters requested(String indicator, String program, String region, String year,
                                          String periodFrom, String periodTo, String status) {
        return new ExportFilters(indicator, program, region, year, periodFrom, periodTo, status, null);
    }

    /** The same filters holding these regions. */
    public ExportFilters within(RegionScope scope) {
        return new ExportFilters(indicator, program, region, year, periodFrom, periodTo, status, scope);
    }

    /** Builds {@code WHERE} conditions with their parameters. */
    public static final class Where {
        private final StringBuilder sql = new StringBuilder(" WHERE true");
        private final List<Object> parameters = new ArrayList<>();

        public Where and(String condition, Object value) {
            if (value != null) {
                sql.append(" AND ").append(condition);
                parameters.add(value);
            }
            return this;
        }

        /** Rows whose region column lies in the scope (nothing to add for the nation). */
        public Where within(String column, RegionScope scope) {
            if (scope == null) {
                throw new IllegalStateException("A download must be cut to the caller's scope first");
            }
            if (!scope.isNation()) {
                RegionScope.Predicate predicate = scope.sql(column);
                sql.append(" AND ").append(predicate.condition());
                parameters.addAll(predicate.values());
            }
            return this;
        }

        public String sql() {
            return sql.toString();
        }

        public List<Object> parameters() {
            return List.copyOf(parameters);
        }
    }

    public String indicatorOrNull() {
        return FilterValues.text(indicator);
    }

    public String programOrNull() {
        return FilterValues.text(program);
    }

    public static Date periodBound(String text, String parameter, boolean start) {
        String value = FilterValues.text(text);
        if (value == null) {
            return null;
        }
        Period period = Period.parse(value).orElseThrow(() ->
                Problems.validation(parameter, "must look like 2025, 2025S1, 2025Q3 or 2025-07"));
        return Date.valueOf(start ? period.firstDay() : period.lastDay());
    }
}
