package id.kalbar.monev.comment;

import id.kalbar.monev.auth.Caller;
import id.kalbar.monev.common.CatalogueCodes;
import id.kalbar.monev.common.paging.FilterValues;
import id.kalbar.monev.common.paging.YearParam;
import id.kalbar.monev.common.period.Period;
import id.kalbar.monev.common.problem.FieldError;
import id.kalbar.monev.common.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The number of comments on each value of a region's period, or on each target proposal of a region's
 * round, so that a screen can show them beside the records without opening every thread.
 */
@ApplicationScoped
public class CommentCounts {

    private static final String PERIOD_MESSAGE = "must look like 2025, 2025S1, 2025Q3 or 2025-07";

    private final CommentService.Comments comments;
    private final Caller caller;

    public CommentCounts(CommentService.Comments comments, Caller caller) {
        this.comments = comments;
        this.caller = caller;
    }

    /** The threads of the region's records that have comments; the caller must be allowed to read the region. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CommentCountResponse> of(String threadTypeParam, String regionParam, String periodParam, String yearParam) {
        Scope scope = scope(threadTypeParam, regionParam, periodParam, yearParam);
        caller.requireRegion(scope.region());
        // Thread keys are "indicator/region/period" (values) and "year/indicator/region" (proposals); region codes,
        // periods and years hold no LIKE wildcard, and indicator codes no slash, so the pattern matches exactly.
        List<Object[]> rows = comments.getEntityManager().createQuery("""
                        select c.threadKey, count(c) from Comment c
                        where c.threadType = :type and c.deletedAt is null and c.threadKey like :key
                        group by c.threadKey order by c.threadKey""", Object[].class)
                .setParameter("type", scope.type())
                .setParameter("key", scope.prefix() + "%" + scope.suffix())
                .getResultList();
        return rows.stream().map(row -> {
            String key = (String) row[0];
            String indicator = key.substring(scope.prefix().length(), key.length() - scope.suffix().length());
            return new CommentCountResponse(key, indicator, ((Number) row[1]).longValue());
        }).toList();
    }

    /** The part of the thread keys before and after the indicator code. */
    private record Scope(ThreadType type, String region, String prefix, String suffix) {
    }

    /** The parameters checked all at once, so that a client learns every mistake from one answer. */
    private static Scope scope(String threadTypeParam, String regionParam, String periodParam, String yearParam) {
        List<FieldError> errors = new ArrayList<>();
        ThreadType type = threadType(threadTypeParam, errors);
        String region = FilterValues.text(regionParam);
        if (region == null) {
            errors.add(new FieldError("region", "is required"));
        } else if (!region.matches(CatalogueCodes.PATTERN) || region.length() > CatalogueCodes.MAX_LENGTH) {
            errors.add(new FieldError("region", CatalogueCodes.MESSAGE));
        }
        String period = FilterValues.text(periodParam);
        String year = FilterValues.text(yearParam);
        Optional<Period> parsedPeriod = Period.parse(period);
        Integer parsedYear = null;
        if (type == ThreadType.REALIZATION) {
            if (period == null) {
                errors.add(new FieldError("period", "is required"));
            } else if (parsedPeriod.isEmpty()) {
                errors.add(new FieldError("period", PERIOD_MESSAGE));
            }
            if (year != null) {
                errors.add(new FieldError("year", "applies only to PROPOSAL threads"));
            }
        } else if (type == ThreadType.PROPOSAL) {
            parsedYear = year(year, errors);
            if (period != null) {
                errors.add(new FieldError("period", "applies only to REALIZATION threads"));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
        return type == ThreadType.REALIZATION
                ? new Scope(type, region, "", "/" + region + "/" + parsedPeriod.orElseThrow())
                : new Scope(type, region, parsedYear + "/", "/" + region);
    }

    private static ThreadType threadType(String raw, List<FieldError> errors) {
        String value = FilterValues.text(raw);
        if (value == null) {
            errors.add(new FieldError("threadType", "is required"));
            return null;
        }
        for (ThreadType type : List.of(ThreadType.REALIZATION, ThreadType.PROPOSAL)) {
            if (type.name().equals(value.toUpperCase(Locale.ROOT))) {
                return type;
            }
        }
        // Findings and recommendations are addressed by id: their threads have no region and period to count by.
        errors.add(new FieldError("threadType", "must be REALIZATION or PROPOSAL"));
        return null;
    }

    private static Integer year(String raw, List<FieldError> errors) {
        if (raw == null) {
            errors.add(new FieldError("year", "is required"));
            return null;
        }
        return YearParam.parse(raw, "year", errors);
    }
}
