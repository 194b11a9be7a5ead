package id.kalbar.monev.realization;

import id.kalbar.monev.auth.Caller;
import id.kalbar.monev.common.period.Period;
import id.kalbar.monev.common.period.ReportingCalendar;
import id.kalbar.monev.common.rules.Refusal;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

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
        Refusal.throwIfPresent(RealizationRules.periodState(check(regionCode, period), period, this));
    }

    public LocalDate deadline(Period period) {
        return calendar.deadline(period);
    }

    public enum State { OPEN, NOT_STARTED, LOCKED }

    /** Whether the caller may change the region's values of the period now, without throwing. */
    public State check(String regionCode, Period period) {
        return check(regionCode, period, key -> exceptions.findByIdOptional(key)
                .filter(e -> !calendar.today().isAfter(e.openUntil))
                .isPresent());
    }

    /** As {@link #check(String, Period)}, with the exceptions in force given (bulk loads look them up once). */
    public State check(String regionCode, Period period, Predicate<ReportingExceptionKey> excepted) {
        return check(regionCode, period, caller.isOperator(), excepted);
    }

    /** For a given kind of user, outside a request (a bulk load finishing in the background). */
    public State check(String regionCode, Period period, boolean operator, Predicate<ReportingExceptionKey> excepted) {
        if (!calendar.hasStarted(period)) {
            return State.NOT_STARTED;
        }
        if (!operator || !calendar.isPastDeadline(period)) {
            return State.OPEN;
        }
        return excepted.test(new ReportingExceptionKey(regionCode, period.toString())) ? State.OPEN : State.LOCKED;
    }

    /** The exceptions in force today. */
    public Set<ReportingExceptionKey> exceptionsInForce() {
        return exceptions.list("openUntil >= ?1", calendar.today()).stream()
                .map(e -> new ReportingExceptionKey(e.regionCode, e.period))
                .collect(Collectors.toSet());
    }
}
