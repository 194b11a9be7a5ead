package id.kalbar.monev.targetround;

import id.kalbar.monev.indicator.Polarity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The value the system suggests for next year's target, from the realizations of the past years:
 * last year's value moved along the trend (least squares over the years known), never worse than last
 * year for a higher- or lower-is-better indicator, and inside the band for a range indicator.
 */
public final class Suggestion {

    public record Result(BigDecimal value, BigDecimal lastRealization, String basis) {
    }

    private Suggestion() {
    }

    public static Result suggest(Polarity polarity, Map<Integer, BigDecimal> realizedByYear, BigDecimal rangeLow,
                                 BigDecimal rangeHigh) {
        SortedMap<Integer, BigDecimal> history = new TreeMap<>(realizedByYear);
        if (history.isEmpty()) {
            return new Result(null, null, "No realizations in the previous years: no suggestion.");
        }
        List<String> parts = new ArrayList<>();
        history.forEach((year, value) -> parts.add(year + ": " + plain(value)));
        StringBuilder basis = new StringBuilder("Realizations " + String.join(", ", parts) + ".");
        int lastYear = history.lastKey();
        BigDecimal last = history.get(lastYear);
        BigDecimal projected = last;
        if (history.size() >= 2) {
            BigDecimal slope = slope(history);
            projected = last.add(slope);
            basis.append(" Trend ").append(slope.signum() >= 0 ? "+" : "").append(plain(slope))
                    .append(" per year, projected ").append(plain(projected)).append(".");
        } else {
            basis.append(" One year only: last year's value.");
        }
        BigDecimal suggested = switch (polarity) {
            case HIGHER_IS_BETTER -> {
                if (projected.compareTo(last) < 0) {
                    basis.append(" Higher is better: not below last year's ").append(plain(last)).append(".");
                }
                yield projected.max(last);
            }
            case LOWER_IS_BETTER -> {
                if (projected.compareTo(last) > 0) {
                    basis.append(" Lower is better: not above last year's ").append(plain(last)).append(".");
                }
                yield projected.min(last).max(BigDecimal.ZERO);
            }
            case RANGE -> {
                BigDecimal clamped = rangeLow == null || rangeHigh == null ? projected : projected.max(rangeLow).min(rangeHigh);
                if (clamped.compareTo(projected) != 0) {
                    basis.append(" Kept inside the band ").append(plain(rangeLow)).append("–").append(plain(rangeHigh)).append(".");
                }
                yield clamped;
            }
        };
        suggested = suggested.setScale(2, RoundingMode.HALF_UP);
        basis.append(" Suggested ").append(plain(suggested)).append(".");
        return new Result(suggested, last, basis.toString());
    }

    /** Least-squares slope of value over year. */
    static BigDecimal slope(SortedMap<Integer, BigDecimal> history) {
        int n = history.size();
        double meanX = history.keySet().stream().mapToInt(Integer::intValue).average().orElse(0);
        double meanY = history.values().stream().mapToDouble(BigDecimal::doubleValue).average().orElse(0);
        double num = 0;
        double den = 0;
        for (Map.Entry<Integer, BigDecimal> e : history.entrySet()) {
            double dx = e.getKey() - meanX;
            num += dx * (e.getValue().doubleValue() - meanY);
            den += dx * dx;
        }
        return n < 2 || den == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(num / den).setScale(4, RoundingMode.HALF_UP);
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
