package id.kalbar.monev.realization;

import id.kalbar.monev.common.persistence.ChangeStamp;
import id.kalbar.monev.auth.RegionScope;
import id.kalbar.monev.indicator.Aggregation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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

    /**
     * Each indicator's realization per region in a year, rolled up over time in the database by the indicator's
     * rule: the values in the given states of the given periods ({@code periods} null: the whole year), for
     * regions in {@code regions}. Pairs without a counted value are left out.
     */
    public List<RealizedTotal> totals(int year, Collection<String> indicatorCodes, Collection<String> periods,
                                      Collection<RealizationStatus> statuses, RegionScope regions) {
        if (indicatorCodes.isEmpty()) {
            return List.of();
        }
        RegionScope.Predicate inScope = regions.predicate("r.region_code", ":scope", ":scopePrefix");
        String sql = "SELECT r.indicator_code, r.region_code, "
                + Aggregation.sqlOverTime("i.time_aggregation", "r.value", "r.period_start") + ", count(*), "
                + "count(*) FILTER (WHERE r.status = 'VERIFIED') "
                + "FROM realization r JOIN indicator i ON i.code = r.indicator_code "
                + "WHERE r.year = :year AND r.indicator_code IN (:indicators) AND r.status IN (:statuses) "
                + (periods == null ? "" : "AND r.period IN (:periods) ")
                + "AND " + inScope.condition() + " "
                + "GROUP BY r.indicator_code, r.region_code, i.time_aggregation";
        var query = realizations.getEntityManager().createNativeQuery(sql)
                .setParameter("year", year)
                .setParameter("indicators", indicatorCodes)
                .setParameter("statuses", statuses.stream().map(Enum::name).toList());
        if (periods != null) {
            query.setParameter("periods", periods);
        }
        inScope.namedParameters("scope").forEach(query::setParameter);
        List<RealizedTotal> totals = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            totals.add(new RealizedTotal((String) r[0], (String) r[1], (BigDecimal) r[2], ((Number) r[3]).intValue(),
                    ((Number) r[4]).intValue()));
        }
        return totals;
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
