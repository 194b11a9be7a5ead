package id.kalbar.monev.work;

import id.kalbar.monev.auth.RegionScope;
import id.kalbar.monev.common.period.Period;
import id.kalbar.monev.common.period.PeriodType;
import id.kalbar.monev.common.period.ReportingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigInteger;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Read-only questions about the state of the work, asked across features in the database. The home pages,
 * the notifications and the reminders all take their facts from here, so they never disagree.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WorkQueries {

    /** Indicators a region reports in a period: active, of the period's type, in a program running that year. */
    private static final String EXPECTED = "FROM indicator i JOIN program p ON p.code = i.program_code "
            + "WHERE i.active AND i.period_type = :type AND p.start_year <= :year AND coalesce(p.end_year, 9999) >= :year "
            + "AND ((i.region_aggregation = 'PROVINCE_REPORTED') = (r.level = 'PROVINCE'))";

    private final EntityManager em;
    private final ReportingCalendar calendar;

    public WorkQueries(EntityManager em, ReportingCalendar calendar) {
        this.em = em;
        this.calendar = calendar;
    }

    /** The periods open for reporting on a day: started, and not past their deadline. */
    public List<Period> openPeriods(LocalDate today) {
        List<Period> open = new ArrayList<>();
        for (PeriodType type : PeriodType.values()) {
            for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
                for (Period period : Period.allOf(type, year)) {
                    if (!today.isBefore(period.firstDay()) && !today.isAfter(calendar.deadline(period))) {
                        open.add(period);
                    }
                }
            }
        }
        return open;
    }

    public LocalDate deadline(Period period) {
        return calendar.deadline(period);
    }

    /** Each region's progress on a period (one region when {@code regionCode} is given); regions expecting nothing left out. */
    public List<ReportingProgress> progress(Period period, String regionCode) {
        return progress(period, regionCode == null ? RegionScope.nation() : RegionScope.only(regionCode));
    }

    /** Each region's progress on a period within a scope. */
    public List<ReportingProgress> progress(Period period, RegionScope regions) {
        String sql = "SELECT r.code, r.name, "
                + "(SELECT count(*) " + EXPECTED + "), "
                + "(SELECT count(*) " + EXPECTED + " AND EXISTS (SELECT 1 FROM realization v WHERE v.indicator_code = i.code "
                + "AND v.region_code = r.code AND v.year = :year AND v.period = :period)), "
                + "(SELECT count(*) " + EXPECTED + " AND EXISTS (SELECT 1 FROM realization v WHERE v.indicator_code = i.code "
                + "AND v.region_code = r.code AND v.year = :year AND v.period = :period AND v.status IN ('SUBMITTED', 'VERIFIED'))) "
                + "FROM region r WHERE " + within("r.code", regions) + " ORDER BY r.code";
        var query = em.createNativeQuery(sql)
                .setParameter("type", period.type().name())
                .setParameter("year", period.year())
                .setParameter("period", period.toString());
        bind(query, regions);
        LocalDate deadline = calendar.deadline(period);
        List<ReportingProgress> result = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            long expected = number(r[2]);
            if (expected > 0) {
                result.add(new ReportingProgress(period, deadline, (String) r[0], (String) r[1], expected, number(r[3]),
                        number(r[4])));
            }
        }
        return result;
    }

    public record ReturnedValue(String indicatorCode, String indicatorName, String regionCode, String period, String reason) {
    }

    public List<ReturnedValue> returnedValues(String regionCode) {
        List<?> rows = em.createNativeQuery("SELECT v.indicator_code, i.name, v.region_code, v.period, v.return_reason "
                        + "FROM realization v JOIN indicator i ON i.code = v.indicator_code "
                        + "WHERE v.status = 'RETURNED' AND v.region_code = ?1 ORDER BY v.period_start, v.indicator_code")
                .setParameter(1, regionCode).getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new ReturnedValue((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4]);
        }).toList();
    }

    /**
     * Unsettled recommendations due on or before {@code dueBy}, of one region (responsible for it, or whose finding it
     * is) or of every region; the region given is the responsible one, else the finding's.
     */
    public List<DueRecommendation> dueRecommendations(LocalDate dueBy, String regionCode, int limit) {
        return dueRecommendations(dueBy, regionCode == null ? RegionScope.nation() : RegionScope.only(regionCode), limit);
    }

    /** As above, for the regions of a scope (responsible for them, or whose finding is theirs). */
    public List<DueRecommendation> dueRecommendations(LocalDate dueBy, RegionScope regions, int limit) {
        String sql = "SELECT c.id, c.finding_id, coalesce(c.responsible_region_code, f.region_code), c.text, c.due_date "
                + "FROM recommendation c JOIN finding f ON f.id = c.finding_id "
                + "WHERE c.status IN ('IN_PROGRESS', 'NOT_ACTED') AND c.due_date <= :dueBy "
                + "AND (" + within("c.responsible_region_code", regions) + " OR " + within("f.region_code", regions) + ") "
                + "ORDER BY c.due_date, c.id";
        var query = em.createNativeQuery(sql).setParameter("dueBy", dueBy).setMaxResults(limit);
        bind(query, regions);
        List<DueRecommendation> result = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            result.add(new DueRecommendation((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], date(r[4])));
        }
        return result;
    }

    public long countOverdueRecommendations(LocalDate today) {
        return number(em.createNativeQuery("SELECT count(*) FROM recommendation WHERE status IN ('IN_PROGRESS', 'NOT_ACTED') "
                + "AND due_date < ?1").setParameter(1, today).getSingleResult());
    }

    public record RoundState(int year, LocalDate deadline, String status, long proposed, long returned, long reviewed) {
    }

    /** Target rounds not yet approved, with their proposals by state. */
    public List<RoundState> roundsInProgress() {
        return roundsInProgress(RegionScope.nation());
    }

    /** Target rounds not yet approved, with the proposals of a scope's regions by state. */
    public List<RoundState> roundsInProgress(RegionScope regions) {
        String own = " AND " + within("p.region_code", regions);
        var query = em.createNativeQuery("SELECT t.year, t.deadline, t.status, "
                + "(SELECT count(*) FROM target_proposal p WHERE p.year = t.year AND p.status = 'PROPOSED'" + own + "), "
                + "(SELECT count(*) FROM target_proposal p WHERE p.year = t.year AND p.status = 'RETURNED'" + own + "), "
                + "(SELECT count(*) FROM target_proposal p WHERE p.year = t.year AND p.status IN ('ACCEPTED', 'ADJUSTED')" + own + ") "
                + "FROM target_round t WHERE t.status <> 'APPROVED' ORDER BY t.year");
        bind(query, regions);
        List<?> rows = query.getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new RoundState(((Number) r[0]).intValue(), date(r[1]), (String) r[2], number(r[3]), number(r[4]), number(r[5]));
        }).toList();
    }

    public record RegionProposals(long expected, long made, long returned) {
    }

    /** A region's proposals in a round: how many indicators it proposes for, how many it made, how many came back. */
    public RegionProposals proposalsOf(int year, String regionCode) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT "
                + "(SELECT count(*) FROM indicator i JOIN program p ON p.code = i.program_code JOIN region r ON r.code = :region "
                + " WHERE i.active AND p.start_year <= :year AND coalesce(p.end_year, 9999) >= :year "
                + " AND (r.level = 'PROVINCE' OR i.region_aggregation <> 'PROVINCE_REPORTED')), "
                + "(SELECT count(*) FROM target_proposal t WHERE t.year = :year AND t.region_code = :region), "
                + "(SELECT count(*) FROM target_proposal t WHERE t.year = :year AND t.region_code = :region AND t.status = 'RETURNED')")
                .setParameter("region", regionCode).setParameter("year", year).getSingleResult();
        return new RegionProposals(number(r[0]), number(r[1]), number(r[2]));
    }

    public record Waiting(String regionCode, String regionName, long count, Instant oldestSubmittedAt) {
    }

    /** Submitted values waiting for verification, per region. */
    public List<Waiting> awaitingVerification() {
        return awaitingVerification(RegionScope.nation());
    }

    /** Submitted values of a scope's regions waiting for verification, per region. */
    public List<Waiting> awaitingVerification(RegionScope regions) {
        var query = em.createNativeQuery("SELECT v.region_code, r.name, count(*), min(v.submitted_at) "
                + "FROM realization v JOIN region r ON r.code = v.region_code WHERE v.status = 'SUBMITTED' "
                + "AND " + within("v.region_code", regions) + " "
                + "GROUP BY v.region_code, r.name ORDER BY min(v.submitted_at)");
        bind(query, regions);
        List<?> rows = query.getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new Waiting((String) r[0], (String) r[1], number(r[2]), instant(r[3]));
        }).toList();
    }

    public record FailedImport(UUID id, String kind, String status, String error, Instant createdAt) {
    }

    /** Failed or rejected loads since a moment: everyone's, or one account's ({@code createdBy}). */
    public List<FailedImport> failedImports(Instant since, String createdBy) {
        List<?> rows = em.createNativeQuery("SELECT id, kind, status, error, created_at FROM import_job "
                + "WHERE status IN ('FAILED', 'REJECTED') AND created_at >= ?1 AND (?2 = '' OR created_by = ?2) "
                + "ORDER BY created_at DESC")
                .setParameter(1, Timestamp.from(since)).setParameter(2, createdBy == null ? "" : createdBy)
                .setMaxResults(20).getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new FailedImport((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], instant(r[4]));
        }).toList();
    }

    @SuppressWarnings("unchecked")
    public List<String> regionCodes() {
        return em.createNativeQuery("SELECT code FROM region ORDER BY code").getResultList();
    }

    public long countVerified(int year) {
        return number(em.createNativeQuery("SELECT count(*) FROM realization WHERE year = ?1 AND status = 'VERIFIED'")
                .setParameter(1, year).getSingleResult());
    }

    /** The scope as a condition on a region column, with the named parameters {@link #bind} sets. */
    private static String within(String column, RegionScope regions) {
        return regions.predicate(column, ":scope", ":scopePrefix").condition();
    }

    private static void bind(jakarta.persistence.Query query, RegionScope regions) {
        List<Object> values = regions.predicate("x", ":scope", ":scopePrefix").values();
        if (!values.isEmpty()) {
            query.setParameter("scope", values.get(0));
        }
        if (values.size() > 1) {
            query.setParameter("scopePrefix", values.get(1));
        }
    }

    private static long number(Object value) {
        return value instanceof BigInteger b ? b.longValue() : ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}
