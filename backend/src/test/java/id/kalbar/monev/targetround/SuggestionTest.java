package id.kalbar.monev.targetround;

import id.kalbar.monev.indicator.Polarity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SuggestionTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Suggestion.Result suggest(Polarity polarity, Map<Integer, BigDecimal> history) {
        return Suggestion.suggest(polarity, history, null, null);
    }

    @Test
    void risingHistoryContinuesItsTrend() {
        var result = suggest(Polarity.HIGHER_IS_BETTER, Map.of(2023, d("100"), 2024, d("120"), 2025, d("130")));
        assertEquals(d("145.00"), result.value());
        assertEquals(d("130"), result.lastRealization());
        assertTrue(result.basis().contains("2023: 100, 2024: 120, 2025: 130"), result.basis());
        assertTrue(result.basis().contains("Trend +15 per year"), result.basis());
    }

    @Test
    void fallingHistoryOfAHigherIsBetterIndicatorKeepsLastYear() {
        var result = suggest(Polarity.HIGHER_IS_BETTER, Map.of(2023, d("90"), 2024, d("80"), 2025, d("70")));
        assertEquals(d("70.00"), result.value());
        assertTrue(result.basis().contains("not below last year's 70"), result.basis());
    }

    @Test
    void flatHistoryStaysFlat() {
        assertEquals(d("50.00"), suggest(Polarity.HIGHER_IS_BETTER, Map.of(2023, d("50"), 2024, d("50"), 2025, d("50"))).value());
    }

    @Test
    void missingYearsAreSkippedNotZero() {
        var result = suggest(Polarity.HIGHER_IS_BETTER, Map.of(2022, d("100"), 2024, d("140")));
        assertEquals(d("160.00"), result.value(), "slope 20 per year over the two known years");
    }

    @Test
    void lowerIsBetterFollowsAFallAndNeverRises() {
        assertEquals(d("4.50"), suggest(Polarity.LOWER_IS_BETTER, Map.of(2023, d("9"), 2024, d("7"), 2025, d("6"))).value(),
                "trend -1.5 per year from last year's 6");
        var rising = suggest(Polarity.LOWER_IS_BETTER, Map.of(2023, d("4"), 2024, d("5"), 2025, d("6")));
        assertEquals(d("6.00"), rising.value());
        assertTrue(rising.basis().contains("not above last year's 6"), rising.basis());
        assertEquals(d("0.00"), suggest(Polarity.LOWER_IS_BETTER, Map.of(2024, d("3"), 2025, d("0.5"))).value());
    }

    @Test
    void rangeStaysInsideTheBand() {
        var result = Suggestion.suggest(Polarity.RANGE, Map.of(2024, d("18"), 2025, d("24")), d("10"), d("20"));
        assertEquals(d("20.00"), result.value());
        assertTrue(result.basis().contains("inside the band"), result.basis());
    }

    @Test
    void oneYearOrNoneOfHistory() {
        assertEquals(d("42.00"), suggest(Polarity.HIGHER_IS_BETTER, Map.of(2025, d("42"))).value());
        var none = suggest(Polarity.HIGHER_IS_BETTER, Map.of());
        assertNull(none.value());
        assertTrue(none.basis().startsWith("No realizations"));
    }
}
