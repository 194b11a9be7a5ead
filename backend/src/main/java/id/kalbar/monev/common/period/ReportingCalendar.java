package id.kalbar.monev.common.period;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When a period may be reported: from its first day (progress within the period is allowed) until its
 * deadline, a configurable number of days after it ends. Dates are those of West Kalimantan (WIB).
 */
@ApplicationScoped
public class ReportingCalendar {

    private final Clock clock;
    private final int annualDays;
    private final int semiannualDays;
    private final int quarterlyDays;
    private final int monthlyDays;

    public ReportingCalendar(
            @ConfigProperty(name = "monev.reporting.time-zone", defaultValue = "Asia/Pontianak") String zone,
            @ConfigProperty(name = "monev.reporting.deadline-days.annual", defaultValue = "60") int annualDays,
            @ConfigProperty(name = "monev.reporting.deadline-days.semiannual", defaultValue = "30") int semiannualDays,
            @ConfigProperty(name = "monev.reporting.deadline-days.quarterly", defaultValue = "15") int quarterlyDays,
            @ConfigProperty(name = "monev.reporting.deadline-days.monthly", defaultValue = "10") int monthlyDays) {
        this.clock = Clock.system(ZoneId.of(zone));
        this.annualDays = annualDays;
        this.semiannualDays = semiannualDays;
        this.quarterlyDays = quarterlyDays;
        this.monthlyDays = monthlyDays;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The last day on which operators may still change the period's values. */
    public LocalDate deadline(Period period) {
        int days = switch (period.type()) {
            case ANNUAL -> annualDays;
            case SEMIANNUAL -> semiannualDays;
            case QUARTERLY -> quarterlyDays;
            case MONTHLY -> monthlyDays;
        };
        return period.lastDay().plusDays(days);
    }

    public boolean hasStarted(Period period) {
        return !today().isBefore(period.firstDay());
    }

    public boolean isPastDeadline(Period period) {
        return today().isAfter(deadline(period));
    }
}
