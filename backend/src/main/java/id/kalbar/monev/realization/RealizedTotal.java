package id.kalbar.monev.realization;

import java.math.BigDecimal;

/**
 * One indicator's realization in one region up to a period, rolled up over time by the indicator's rule,
 * with how many period values were counted and how many of them are verified.
 */
public record RealizedTotal(String indicatorCode, String regionCode, BigDecimal value, int reported, int verified) {
}
