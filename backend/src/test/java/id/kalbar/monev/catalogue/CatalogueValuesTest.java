package id.kalbar.monev.catalogue;

import id.kalbar.monev.common.period.PeriodType;
import id.kalbar.monev.indicator.Indicator;
import id.kalbar.monev.indicator.IndicatorInput;
import id.kalbar.monev.indicator.Measure;
import id.kalbar.monev.indicator.Polarity;
import id.kalbar.monev.indicator.RegionAggregation;
import id.kalbar.monev.indicator.TimeAggregation;
import id.kalbar.monev.program.Program;
import id.kalbar.monev.program.ProgramAuthority;
import id.kalbar.monev.program.ProgramField;
import id.kalbar.monev.program.ProgramInput;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class CatalogueValuesTest {

    @Test
    void everyComponentButCodeAndActiveGoesOntoTheFieldOfItsName() {
        Program program = new Program();
        program.code = "2.17.06";
        program.active = false;
        program.description = "to be cleared";
        CatalogueValues.copy(new ProgramInput("other", " Pemberdayaan koperasi ", ProgramField.COOPERATIVE,
                ProgramAuthority.SHARED, null, "Misi 3", "Akses permodalan", 2021, null, true), program);

        assertEquals("2.17.06", program.code);
        assertFalse(program.active);
        assertEquals("Pemberdayaan koperasi", program.name);
        assertEquals(ProgramField.COOPERATIVE, program.field);
        assertEquals(ProgramAuthority.SHARED, program.authority);
        assertNull(program.description);
        assertEquals("Misi 3", program.missionAlignment);
        assertEquals("Akses permodalan", program.ministryAlignment);
        assertEquals(2021, program.startYear);
        assertNull(program.endYear);
    }

    @Test
    void decimalsKeepTheirScale() {
        Indicator indicator = new Indicator();
        CatalogueValues.copy(new IndicatorInput("2.17.06.01", "2.17.06", "Koperasi", " koperasi ", Measure.NUMBER,
                Polarity.RANGE, PeriodType.QUARTERLY, TimeAggregation.SUM, RegionAggregation.SUM, 2022,
                new BigDecimal("120.50"), new BigDecimal("1.0"), new BigDecimal("2.000"), "Laporan", null, null), indicator);

        assertEquals("koperasi", indicator.unit);
        assertEquals(new BigDecimal("120.50"), indicator.baselineValue);
        assertEquals(new BigDecimal("1.0"), indicator.rangeLow);
        assertEquals(new BigDecimal("2.000"), indicator.rangeHigh);
        assertEquals(PeriodType.QUARTERLY, indicator.periodType);
        assertEquals("2.17.06", indicator.programCode);
    }
}
