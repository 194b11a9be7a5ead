package id.kalbar.monev.realization;

import id.kalbar.monev.common.persistence.ChangeStamp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** What other features may read of the realizations; the realization feature alone writes them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RealizationQueries {

    private final RealizationRepository realizations;

    public RealizationQueries(RealizationRepository realizations) {
        this.realizations = realizations;
    }

    /** The realizations of some indicators in a year, in the given states, whose periods start by {@code lastDay}. */
    public List<Realization> ofYear(int year, Collection<String> indicatorCodes, Collection<RealizationStatus> statuses,
                                    LocalDate lastDay) {
        return realizations.list("year = ?1 and indicatorCode in ?2 and status in ?3 and periodStart <= ?4",
                year, indicatorCodes, statuses, lastDay);
    }

    /** The realizations of an indicator from {@code fromYear} up to, not including, {@code untilYear}, in the given states. */
    public List<Realization> ofYears(String indicatorCode, int fromYear, int untilYear, Collection<RealizationStatus> statuses) {
        return realizations.list("indicatorCode = ?1 and year >= ?2 and year < ?3 and status in ?4",
                indicatorCode, fromYear, untilYear, statuses);
    }

    /** Changes with every realization of the year created, changed or deleted. */
    public ChangeStamp changeStamp(int year) {
        return ChangeStamp.of(realizations.getEntityManager(), "r", "from Realization r where r.year = ?1", year);
    }
}
