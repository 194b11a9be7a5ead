package id.kalbar.monev.achievement;

import id.kalbar.monev.indicator.Polarity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Achievement (capaian) in percent, by polarity:
 * <ul>
 *   <li>higher is better: realization / target × 100;</li>
 *   <li>lower is better: (2 × target − realization) / target × 100;</li>
 *   <li>range: 100 inside the band, otherwise measured against the bound it missed — below the low
 *       bound like higher-is-better, above the high bound like lower-is-better.</li>
 * </ul>
 * A lower-is-better or range result is never below 0. A zero target (or bound) gives no percentage.
 */
public final class AchievementFormula {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AchievementFormula() {
    }

    public record Outcome(AchievementStatus status, BigDecimal percent) {

        static Outcome of(BigDecimal percent) {
            return new Outcome(AchievementStatus.COMPUTED, percent.setScale(2, RoundingMode.HALF_UP));
        }

        static Outcome missing(AchievementStatus status) {
            return new Outcome(status, null);
        }
    }

    public static Outcome compute(Polarity polarity, BigDecimal target, BigDecimal realization,
                                  BigDecimal rangeLow, BigDecimal rangeHigh) {
        if (polarity != Polarity.RANGE && target == null) {
            return Outcome.missing(AchievementStatus.MISSING_TARGET);
        }
        if (polarity == Polarity.RANGE && (rangeLow == null || rangeHigh == null)) {
            return Outcome.missing(AchievementStatus.MISSING_TARGET);
        }
        if (realization == null) {
            return Outcome.missing(AchievementStatus.MISSING_REALIZATION);
        }
        return switch (polarity) {
            case HIGHER_IS_BETTER -> higherIsBetter(target, realization);
            case LOWER_IS_BETTER -> lowerIsBetter(target, realization);
            case RANGE -> range(rangeLow, rangeHigh, realization);
        };
    }

    private static Outcome higherIsBetter(BigDecimal target, BigDecimal realization) {
        if (target.signum() == 0) {
            return Outcome.missing(AchievementStatus.ZERO_TARGET);
        }
        return Outcome.of(realization.multiply(HUNDRED).divide(target, 6, RoundingMode.HALF_UP));
    }

    private static Outcome lowerIsBetter(BigDecimal target, BigDecimal realization) {
        if (target.signum() == 0) {
            return Outcome.missing(AchievementStatus.ZERO_TARGET);
        }
        BigDecimal percent = target.multiply(BigDecimal.valueOf(2)).subtract(realization)
                .multiply(HUNDRED).divide(target, 6, RoundingMode.HALF_UP);
        return Outcome.of(percent.max(BigDecimal.ZERO));
    }

    private static Outcome range(BigDecimal low, BigDecimal high, BigDecimal realization) {
        if (realization.compareTo(low) < 0) {
            return higherIsBetter(low, realization);
        }
        if (realization.compareTo(high) > 0) {
            return lowerIsBetter(high, realization);
        }
        return Outcome.of(HUNDRED);
    }
}
