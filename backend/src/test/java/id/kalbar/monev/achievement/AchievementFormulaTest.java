package id.kalbar.monev.achievement;

import id.kalbar.monev.indicator.Polarity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AchievementFormulaTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static AchievementFormula.Outcome compute(Polarity polarity, String target, String realization) {
        return AchievementFormula.compute(polarity, target == null ? null : d(target),
                realization == null ? null : d(realization), null, null);
    }

    @Test
    void higherIsBetterDividesRealizationByTarget() {
        assertEquals(d("80.00"), compute(Polarity.HIGHER_IS_BETTER, "150", "120").percent());
        assertEquals(d("133.33"), compute(Polarity.HIGHER_IS_BETTER, "150", "200").percent());
    }

    @Test
    void lowerIsBetterMirrorsAroundTheTarget() {
        // NPL target 5%: 4% is better than planned, 6% worse.
        assertEquals(d("120.00"), compute(Polarity.LOWER_IS_BETTER, "5", "4").percent());
        assertEquals(d("80.00"), compute(Polarity.LOWER_IS_BETTER, "5", "6").percent());
        assertEquals(d("0.00"), compute(Polarity.LOWER_IS_BETTER, "5", "12").percent(), "never below zero");
    }

    @Test
    void rangeDividesByTheBoundItMissed() {
        BigDecimal low = d("10");
        BigDecimal high = d("20");
        assertEquals(d("100.00"), AchievementFormula.compute(Polarity.RANGE, null, d("15"), low, high).percent());
        assertEquals(d("100.00"), AchievementFormula.compute(Polarity.RANGE, null, d("20"), low, high).percent());
        assertEquals(d("80.00"), AchievementFormula.compute(Polarity.RANGE, null, d("8"), low, high).percent());
        assertEquals(d("90.00"), AchievementFormula.compute(Polarity.RANGE, null, d("22"), low, high).percent());
        assertEquals(AchievementStatus.MISSING_TARGET,
                AchievementFormula.compute(Polarity.RANGE, null, d("15"), null, high).status());
    }

    @Test
    void missingValuesAreMissingNotZero() {
        var noTarget = compute(Polarity.HIGHER_IS_BETTER, null, "10");
        assertEquals(AchievementStatus.MISSING_TARGET, noTarget.status());
        assertNull(noTarget.percent());
        var noRealization = compute(Polarity.HIGHER_IS_BETTER, "10", null);
        assertEquals(AchievementStatus.MISSING_REALIZATION, noRealization.status());
        assertNull(noRealization.percent());
    }

    @Test
    void zeroTargetDoesNotDivideByZero() {
        for (Polarity polarity : List.of(Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER)) {
            var outcome = compute(polarity, "0", "3");
            assertEquals(AchievementStatus.ZERO_TARGET, outcome.status());
            assertNull(outcome.percent());
        }
        assertEquals(AchievementStatus.ZERO_TARGET,
                AchievementFormula.compute(Polarity.RANGE, null, d("-1"), d("0"), d("5")).status());
    }

    @Test
    void ratingBandsFollowConfiguration() {
        RatingBands bands = new RatingBands(List.of(d("91"), d("76"), d("66"), d("51")));
        assertEquals(Rating.VERY_GOOD, bands.rate(d("91")));
        assertEquals(Rating.VERY_GOOD, bands.rate(d("140")));
        assertEquals(Rating.GOOD, bands.rate(d("90.99")));
        assertEquals(Rating.FAIR, bands.rate(d("66")));
        assertEquals(Rating.POOR, bands.rate(d("51")));
        assertEquals(Rating.VERY_POOR, bands.rate(d("50.99")));
        RatingBands strict = new RatingBands(List.of(d("100"), d("90"), d("80"), d("70")));
        assertEquals(Rating.GOOD, strict.rate(d("95")));
    }
}
