package id.kalbar.monev.work;

import id.kalbar.monev.common.period.Period;

import java.time.LocalDate;

/** How far one region has reported one period: values expected, filled (any status) and submitted. */
public record ReportingProgress(Period period, LocalDate deadline, String regionCode, String regionName,
                                long expected, long filled, long submitted) {

    public boolean complete() {
        return submitted >= expected;
    }
}
