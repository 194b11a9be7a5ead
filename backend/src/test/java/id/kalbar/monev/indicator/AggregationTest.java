package id.kalbar.monev.indicator;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AggregationTest {

    private static final List<BigDecimal> QUARTERS = List.of(
            new BigDecimal("10"), new BigDecimal("20"), new BigDecimal("5.5"), new BigDecimal("7"));

    @Test
    void periodsAddUpToTheYear() {
        assertEquals(new BigDecimal("42.5"), Aggregation.overTime(TimeAggregation.SUM, QUARTERS));
    }

    @Test
    void theLatestPeriodStandsForTheYear() {
        assertEquals(new BigDecimal("7"), Aggregation.overTime(TimeAggregation.LAST, QUARTERS));
    }

    @Test
    void periodsAverageToFourDecimals() {
        assertEquals(new BigDecimal("10.6250"), Aggregation.overTime(TimeAggregation.AVERAGE, QUARTERS));
        assertEquals(new BigDecimal("3.3333"), Aggregation.overTime(TimeAggregation.AVERAGE,
                List.of(BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("8"))));
    }

    @Test
    void noPeriodsNoYearValue() {
        for (TimeAggregation rule : TimeAggregation.values()) {
            assertNull(Aggregation.overTime(rule, List.of()), rule.name());
        }
    }

    @Test
    void regenciesAddUpOrAverageToTheProvince() {
        List<BigDecimal> regencies = List.of(new BigDecimal("4"), new BigDecimal("6"), new BigDecimal("11"));
        assertEquals(new BigDecimal("21"), Aggregation.overRegions(RegionAggregation.SUM, regencies));
        assertEquals(new BigDecimal("7.0000"), Aggregation.overRegions(RegionAggregation.AVERAGE, regencies));
    }

    @Test
    void aProvinceReportedIndicatorIsNeverRolledUp() {
        assertFalse(Aggregation.rollsUpRegions(RegionAggregation.PROVINCE_REPORTED));
        assertTrue(Aggregation.rollsUpRegions(RegionAggregation.SUM));
        assertTrue(Aggregation.rollsUpRegions(RegionAggregation.AVERAGE));
        assertNull(Aggregation.overRegions(RegionAggregation.PROVINCE_REPORTED, List.of(BigDecimal.ONE, BigDecimal.TEN)));
    }

    @Test
    void noRegionValuesNoProvinceValue() {
        for (RegionAggregation rule : RegionAggregation.values()) {
            assertNull(Aggregation.overRegions(rule, List.of()), rule.name());
        }
    }
}
