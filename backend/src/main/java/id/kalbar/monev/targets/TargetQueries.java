package id.kalbar.monev.targets;

import id.kalbar.monev.common.persistence.ChangeStamp;
import id.kalbar.monev.auth.RegionScope;
import id.kalbar.monev.indicator.Aggregation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** What other features may read of the targets; the target feature alone writes them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TargetQueries {

    private final TargetRepository targets;

    public TargetQueries(TargetRepository targets) {
        this.targets = targets;
    }

    /** One indicator's target in one region up to a period. */
    public record TargetThrough(String indicatorCode, String regionCode, BigDecimal value) {
    }

    /**
     * Each indicator's target per region up to a period, computed in the database: the annual value when the
     * target has no breakdown or the whole year is asked ({@code periods} null), else its breakdown parts of
     * {@code periods} rolled up over time by the indicator's rule (none of them: no target yet).
     */
    public List<TargetThrough> through(int year, Collection<String> indicatorCodes, Collection<String> periods,
                                       RegionScope regions) {
        if (indicatorCodes.isEmpty()) {
            return List.of();
        }
        RegionScope.Predicate inScope = regions.predicate("t.region_code", ":scope", ":scopePrefix");
        String value = periods == null ? "t.value"
                : "CASE WHEN NOT EXISTS (SELECT 1 FROM target_period a WHERE a.indicator_code = t.indicator_code "
                + "AND a.region_code = t.region_code AND a.year = t.year) THEN t.value "
                + "ELSE (SELECT " + Aggregation.sqlOverTime("i.time_aggregation", "p.value", "p.period") + " "
                // Within one period type, the period strings sort in time order.
                + "FROM target_period p WHERE p.indicator_code = t.indicator_code AND p.region_code = t.region_code "
                + "AND p.year = t.year AND p.period IN (:periods)) END";
        String sql = "SELECT t.indicator_code, t.region_code, " + value + " "
                + "FROM target t JOIN indicator i ON i.code = t.indicator_code "
                + "WHERE t.year = :year AND t.indicator_code IN (:indicators) AND " + inScope.condition();
        var query = targets.getEntityManager().createNativeQuery(sql)
                .setParameter("year", year)
                .setParameter("indicators", indicatorCodes);
        if (periods != null) {
            query.setParameter("periods", periods);
        }
        inScope.namedParameters("scope").forEach(query::setParameter);
        List<TargetThrough> result = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            result.add(new TargetThrough((String) r[0], (String) r[1], (BigDecimal) r[2]));
        }
        return result;
    }

    /** Changes with every target of the year (or its breakdown) created, changed or deleted. */
    public ChangeStamp changeStamp(int year) {
        return ChangeStamp.of(targets.getEntityManager(), "t", "from Target t where t.year = ?1", year);
    }
}
