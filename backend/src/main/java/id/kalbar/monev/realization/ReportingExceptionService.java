package id.kalbar.monev.realization;

import id.kalbar.monev.audit.AuditAction;
import id.kalbar.monev.audit.AuditLog;
import id.kalbar.monev.auth.Caller;
import id.kalbar.monev.common.paging.Filter;
import id.kalbar.monev.common.paging.FilterValues;
import id.kalbar.monev.common.paging.ListParams;
import id.kalbar.monev.common.paging.ListQuery;
import id.kalbar.monev.common.paging.PageRequest;
import id.kalbar.monev.common.paging.PageResponse;
import id.kalbar.monev.common.paging.SortableFields;
import id.kalbar.monev.common.period.Period;
import id.kalbar.monev.common.problem.Problems;
import id.kalbar.monev.region.RegionQueries;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Exceptions to the reporting deadline, granted by administrators and audited like any change. */
@ApplicationScoped
public class ReportingExceptionService {

    public static final String ENTITY_TYPE = "reporting-exception";
    static final SortableFields SORTABLE = SortableFields.of(
            "regionCode", "regionCode", "period", "period", "openUntil", "openUntil", "updatedAt", "updatedAt");

    private final ReportingExceptionRepository exceptions;
    private final RegionQueries regions;
    private final AuditLog audit;
    private final Caller caller;

    public ReportingExceptionService(ReportingExceptionRepository exceptions, RegionQueries regions, AuditLog audit,
                                     Caller caller) {
        this.exceptions = exceptions;
        this.regions = regions;
        this.audit = audit;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<ReportingExceptionResponse> list(ListParams params, String region, String period) {
        PageRequest request = ListQuery.parse(params, SORTABLE, "-updatedAt", "period");
        Filter filter = caller.listScope(region).restrict(new Filter(), "regionCode")
                .equal("period", FilterValues.text(period))
                .updatedSince(request.updatedSince());
        PanacheQuery<ReportingException> query = exceptions.find(filter.query(), request.sort(), filter.parameters());
        return PageResponse.of(query.page(request.panachePage()).list(), request, query.count(),
                ReportingExceptionResponse::from);
    }

    @Transactional
    public Granted grant(String regionCode, String periodText, ReportingExceptionInput input) {
        regions.require(regionCode);
        caller.requireRegion(regionCode);
        Period period = Period.parse(periodText).orElseThrow(() ->
                Problems.validation("period", "must look like 2025, 2025S1, 2025Q3 or 2025-07"));
        ReportingExceptionKey key = new ReportingExceptionKey(regionCode, period.toString());
        ReportingException exception = exceptions.findByIdOptional(key).orElse(null);
        ReportingExceptionResponse before = exception == null ? null : ReportingExceptionResponse.from(exception);
        if (exception == null) {
            exception = new ReportingException();
            exception.regionCode = regionCode;
            exception.period = period.toString();
        }
        exception.openUntil = input.openUntil();
        exception.reason = input.reason().trim();
        exception.grantedBy = caller.username();
        if (before == null) {
            exceptions.persist(exception);
        }
        exceptions.flush();
        ReportingExceptionResponse after = ReportingExceptionResponse.from(exception);
        if (before == null) {
            audit.created(ENTITY_TYPE, key.toString(), after);
        } else {
            audit.changed(ENTITY_TYPE, key.toString(), AuditAction.UPDATE, before, after);
        }
        return new Granted(after, before == null);
    }

    public record Granted(ReportingExceptionResponse exception, boolean created) {
    }

    @Transactional
    public void revoke(String regionCode, String period) {
        caller.requireRegion(regionCode);
        ReportingExceptionKey key = new ReportingExceptionKey(regionCode, period);
        ReportingException exception = exceptions.findByIdOptional(key)
                .orElseThrow(() -> Problems.notFound("Reporting exception", key.toString()));
        ReportingExceptionResponse before = ReportingExceptionResponse.from(exception);
        exceptions.delete(exception);
        audit.deleted(ENTITY_TYPE, key.toString(), before);
    }
}
