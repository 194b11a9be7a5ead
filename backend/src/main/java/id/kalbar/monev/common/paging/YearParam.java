package id.kalbar.monev.common.paging;

import id.kalbar.monev.common.period.Period;
import id.kalbar.monev.common.problem.Problems;

/** A year given as a query or path parameter. */
public final class YearParam {

    private YearParam() {
    }

    public static Integer parse(String raw, String parameter) {
        String value = FilterValues.text(raw);
        if (value == null) {
            return null;
        }
        try {
            int year = Integer.parseInt(value);
            if (year >= Period.MIN_YEAR && year <= Period.MAX_YEAR) {
                return year;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw Problems.validation(parameter, "must be a year between " + Period.MIN_YEAR + " and " + Period.MAX_YEAR);
    }

    public static int require(String raw, String parameter) {
        Integer year = parse(raw, parameter);
        if (year == null) {
            throw Problems.validation(parameter, "is required");
        }
        return year;
    }
}
