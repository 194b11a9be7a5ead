package id.kalbar.monev.common.paging;

import id.kalbar.monev.common.period.Period;
import id.kalbar.monev.common.problem.FieldError;
import id.kalbar.monev.common.problem.Problems;

import java.util.ArrayList;
import java.util.List;

/** A year given as a query or path parameter. */
public final class YearParam {

    private YearParam() {
    }

    public static Integer parse(String raw, String parameter) {
        List<FieldError> errors = new ArrayList<>();
        Integer year = parse(raw, parameter, errors);
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
        return year;
    }

    /** As {@link #parse(String, String)}, adding what is wrong to {@code errors} (and answering null) instead of throwing. */
    public static Integer parse(String raw, String parameter, List<FieldError> errors) {
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
        errors.add(new FieldError(parameter, "must be a year between " + Period.MIN_YEAR + " and " + Period.MAX_YEAR));
        return null;
    }

    public static int require(String raw, String parameter) {
        Integer year = parse(raw, parameter);
        if (year == null) {
            throw Problems.validation(parameter, "is required");
        }
        return year;
    }
}