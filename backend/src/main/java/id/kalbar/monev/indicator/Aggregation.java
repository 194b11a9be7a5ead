package id.kalbar.monev.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;

/**
 * How an indicator's values roll up: its periods into the year ({@link TimeAggregation}) and its
 * regencies and cities into the province ({@link RegionAggregation}). Achievements, target-round
 * suggestions and comparisons all roll up through here, so they always agree.
 */
public final class Aggregation {

    /** Scale of averages: the four decimals a value may carry. */
    public static final int AVERAGE_SCALE = 4;

    private Aggregation() {
    }

    /**
     * The year's value from the values of its periods, given in time order (a {@code LAST} takes the
     * latest); null when no period has a value.
     */
    public static BigDecimal overTime(TimeAggregation rule, List<BigDecimal> inTimeOrder) {
        if (inTimeOrder.isEmpty()) {
            return null;
        }
        return switch (rule) {
            case SUM -> sum(inTimeOrder);
            case LAST -> inTimeOrder.get(inTimeOrder.size() - 1);
            case AVERAGE -> average(inTimeOrder);
        };
    }

    /**
     * The province's value from its regencies' and cities' values; null when none has a value, and for a
     * province-reported indicator, whose province value is its own and never a roll-up.
     */
    public static BigDecimal overRegions(RegionAggregation rule, Collection<BigDecimal> regionValues) {
        if (regionValues.isEmpty()) {
            return null;
        }
        return switch (rule) {
            case SUM -> sum(regionValues);
            case AVERAGE -> average(regionValues);
            case PROVINCE_REPORTED -> null;
        };
    }

    /**
     * {@link #overTime} as an SQL aggregate over the rows of one indicator and region, for roll-ups computed
     * where the values are stored: {@code ruleColumn} holds the indicator's {@link TimeAggregation} name,
     * {@code order} orders the periods in time.
     */
    public static String sqlOverTime(String ruleColumn, String value, String order) {
        StringBuilder sql = new StringBuilder("CASE ").append(ruleColumn);
        for (TimeAggregation rule : TimeAggregation.values()) {
            sql.append(" WHEN '").append(rule.name()).append("' THEN ").append(switch (rule) {
                case SUM -> "sum(" + value + ")";
                case LAST -> "(array_agg(" + value + " ORDER BY " + order + " DESC))[1]";
                // round() rounds half away from zero, as HALF_UP does.
                case AVERAGE -> "round(avg(" + value + "), " + AVERAGE_SCALE + ")";
            });
        }
        return sql.append(" END").toString();
    }

    /** Whether the province's value is rolled up from its regencies and cities rather than reported by itself. */
    public static boolean rollsUpRegions(RegionAggregation rule) {
        return rule != RegionAggregation.PROVINCE_REPORTED;
    }

    private static BigDecimal sum(Collection<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal average(Collection<BigDecimal> values) {
        return sum(values).divide(BigDecimal.valueOf(values.size()), AVERAGE_SCALE, RoundingMode.HALF_UP);
    }
}
