package id.kalbar.monev.realization;

import id.kalbar.monev.auth.Caller;
import id.kalbar.monev.common.period.Period;
import id.kalbar.monev.common.period.ReportingCalendar;
import id.kalbar.monev.common.problem.Problems;
import id.kalbar.monev.common.problem.WorkflowProblems;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether the caller may change a region's values for a period now: nobody reports a period that has
 * not started; after the deadline only administrators, or operators of a region holding an exception.
 */
@ApplicationScoped
public class PeriodLocks {

    private final ReportingCalendar calendar;
    private final ReportingExceptionRepository exceptions;
    private final Caller caller;

    public PeriodLocks(ReportingCalendar calendar, ReportingExceptionRepository exceptions, Caller caller) {
        this.calendar = calendar;
        this.exceptions = exceptions;
        this.caller = caller;
    }

    public void requireOpen(String regionCode, Period period) {
        if (!calendar.hasStarted(period)) {
            throw Problems.validation("period", period + " has not started yet");
        }
        if (!caller.isOperator() || !calendar.isPastDeadline(period)) {
            return;
        }
        boolean excepted = exceptions.findByIdOptional(new ReportingExceptionKey(regionCode, period.toString()))
                .filter(e -> !calendar.today().isAfter(e.openUntil))
                .isPresent();
        if (!excepted) {
            throw WorkflowProblems.periodLocked(period.toString(), calendar.deadline(period));
        }
    }
}
