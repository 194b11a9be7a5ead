package id.kalbar.monev.importing;

import id.kalbar.monev.common.paging.FilterValues;
import id.kalbar.monev.common.period.Period;
import id.kalbar.monev.common.problem.Problems;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

/** The filters of a download; {@code region} is already narrowed to the caller's scope. */
public record ExportFilters(String indicator, String program, String region, String year, String periodFrom,
                            String periodTo, String status) {

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
