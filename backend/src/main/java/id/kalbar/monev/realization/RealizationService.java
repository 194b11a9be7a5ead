package id.kalbar.monev.realization;

import id.kalbar.monev.audit.AuditAction;
import id.kalbar.monev.audit.AuditLog;
import id.kalbar.monev.auth.Caller;
import id.kalbar.monev.common.http.EntityTags;
import id.kalbar.monev.common.http.Preconditions;
import id.kalbar.monev.common.paging.Filter;
import id.kalbar.monev.common.paging.FilterValues;
import id.kalbar.monev.common.paging.ListParams;
import id.kalbar.monev.common.paging.ListQuery;
import id.kalbar.monev.common.paging.PageRequest;
import id.kalbar.monev.common.paging.PageResponse;
import id.kalbar.monev.common.paging.SortableFields;
import id.kalbar.monev.common.paging.YearParam;
import id.kalbar.monev.common.period.Period;
import id.kalbar.monev.common.period.ReportingCalendar;
import id.kalbar.monev.common.problem.Problems;
import id.kalbar.monev.common.problem.WorkflowProblems;
import id.kalbar.monev.common.rules.Refusal;
import id.kalbar.monev.indicator.Indicator;
import id.kalbar.monev.indicator.IndicatorReferences;
import id.kalbar.monev.indicator.IndicatorQueries;
import id.kalbar.monev.region.Region;
import id.kalbar.monev.region.RegionQueries;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

@ApplicationScoped
public class RealizationService implements IndicatorReferences {

    public static final String ENTITY_TYPE = "realization";
    static final SortableFields SORTABLE = SortableFields.of(
            "indicatorCode", "indicatorCode", "regionCode", "regionCode", "period", "periodStart",
            "value", "value", "status", "status", "submittedAt", "submittedAt", "updatedAt", "updatedAt");

    private final RealizationRepository realizations;
    private final IndicatorQueries indicators;
    private final RegionQueries regions;
    private final PeriodLocks locks;
    private final ReportingCalendar calendar;
    private final AuditLog audit;
    private final Caller caller;

    public RealizationService(RealizationRepository realizations, IndicatorQueries indicators, RegionQueries regions,
                              PeriodLocks locks, ReportingCalendar calendar, AuditLog audit, Caller caller) {
        this.realizations = realizations;
        this.indicators = indicators;
        this.regions = regions;
        this.locks = locks;
        this.calendar = calendar;
        this.audit = audit;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<RealizationResponse> list(ListParams params, RealizationFilters filters) {
        PageRequest request = ListQuery.parse(params, SORTABLE, "indicatorCode,regionCode,period", "period");
        Period from = optionalPeriod(filters.periodFrom, "periodFrom");
        Period to = optionalPeriod(filters.periodTo, "periodTo");
        Period exact = optionalPeriod(filters.period, "period");
        Filter filter = new Filter()
                .equal("indicatorCode", FilterValues.text(filters.indicator))
                .equal("regionCode", caller.scopeRegionFilter(filters.region))
                .equal("period", exact == null ? null : exact.toString())
                .equal("year", YearParam.parse(filters.year, "year"))
                .equal("status", FilterValues.enumValue(RealizationStatus.class, filters.status, "status"))
                .where("periodStart >= :from", "from", from == null ? null : from.firstDay())
                .where("periodStart <= :to", "to", to == null ? null : to.lastDay())
                .where("indicatorCode in (select i.code from Indicator i where i.programCode = :program)", "program",
                        FilterValues.text(filters.program))
                .updatedSince(request.updatedSince());
        PanacheQuery<Realization> query = realizations.find(filter.query(), request.sort(), filter.parameters());
        return PageResponse.of(query.page(request.panachePage()).list(), request, query.count(), this::toResponse);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RealizationResponse get(String indicatorCode, String regionCode, String period) {
        caller.requireRegion(regionCode);
        RealizationKey key = new RealizationKey(indicatorCode, regionCode, period);
        return realizations.findByIdOptional(key).map(this::toResponse)
                .orElseThrow(() -> Problems.notFound("Realization", key.toString()));
    }

    /** Creates or changes the value of a draft or returned realization. */
    @Transactional
    public Saved save(String indicatorCode, String regionCode, String periodText, RealizationInput input, String ifMatch) {
        // The rules of RealizationRules, in the order the bulk load asks them too.
        Indicator indicator = indicators.find(indicatorCode).orElse(null);
        Refusal.throwIfPresent(RealizationRules.indicator(indicatorCode, indicator));
        Refusal.throwIfPresent(RealizationRules.region(regionCode, regions.find(regionCode).orElse(null), writer()));
        Region region = regions.find(regionCode).orElseThrow();
        Optional<Period> parsed = Period.parse(periodText);
        Refusal.throwIfPresent(RealizationRules.period(indicator, periodText, parsed));
        Period period = parsed.orElseThrow();
        Refusal.throwIfPresent(RealizationRules.reporting(indicator, region));
        Refusal.throwIfPresent(RealizationRules.note(input.note()));
        locks.requireOpen(regionCode, period);
        RealizationKey key = new RealizationKey(indicatorCode, regionCode, period.toString());
        Optional<Realization> existing = realizations.findByIdOptional(key, LockModeType.PESSIMISTIC_WRITE);
        Refusal.throwIfPresent(RealizationRules.retired(indicator, existing.isPresent()));
        RealizationResponse before = existing.map(this::toResponse).orElse(null);
        Realization realization = existing.orElseGet(() -> newRealization(key, period));
        if (before != null) {
            Preconditions.checkIfMatch(ifMatch, EntityTags.of(before.version(), before.updatedAt()));
            requireEditable(realization);
        }
        realization.value = input.value();
        realization.note = input.note();
        realization.evidenceUrl = input.evidenceUrl();
        realization.status = RealizationStatus.DRAFT;
        if (before == null) {
            realizations.persist(realization);
        }
        RealizationResponse after = flushed(realization);
        if (before == null) {
            audit.created(ENTITY_TYPE, key.toString(), after);
        } else {
            audit.changed(ENTITY_TYPE, key.toString(), AuditAction.UPDATE, before, after);
        }
        return new Saved(after, before == null);
    }

    public record Saved(RealizationResponse realization, boolean created) {
    }

    @Transactional
    public RealizationResponse submit(String indicatorCode, String regionCode, String period, String ifMatch) {
        caller.requireRegion(regionCode);
        Realization realization = findForWrite(indicatorCode, regionCode, period, ifMatch);
        locks.requireOpen(regionCode, Period.parse(period).orElseThrow());
        requireEditable(realization);
        return transition(realization, AuditAction.SUBMIT, r -> {
            r.status = RealizationStatus.SUBMITTED;
            r.submittedBy = caller.username();
            r.submittedAt = Instant.now();
            r.returnReason = null;
        });
    }

    @Transactional
    public RealizationResponse verify(String indicatorCode, String regionCode, String period, String ifMatch) {
        Realization realization = findForWrite(indicatorCode, regionCode, period, ifMatch);
        requireStatus(realization, RealizationStatus.SUBMITTED, "Only submitted values can be verified");
        return transition(realization, AuditAction.VERIFY, r -> {
            r.status = RealizationStatus.VERIFIED;
            r.verifiedBy = caller.username();
            r.verifiedAt = Instant.now();
        });
    }

    @Transactional
    public RealizationResponse returnToRegion(String indicatorCode, String regionCode, String period, String reason, String ifMatch) {
        Realization realization = findForWrite(indicatorCode, regionCode, period, ifMatch);
        requireStatus(realization, RealizationStatus.SUBMITTED, "Only submitted values can be returned; verified ones are reopened");
        return transition(realization, AuditAction.RETURN, r -> {
            r.status = RealizationStatus.RETURNED;
            r.returnReason = reason.trim();
        });
    }

    @Transactional
    public RealizationResponse reopen(String indicatorCode, String regionCode, String period, String reason, String ifMatch) {
        Realization realization = findForWrite(indicatorCode, regionCode, period, ifMatch);
        requireStatus(realization, RealizationStatus.VERIFIED, "Only verified values are reopened");
        return transition(realization, AuditAction.REOPEN, r -> {
            r.status = RealizationStatus.RETURNED;
            r.returnReason = reason.trim();
            r.verifiedBy = null;
            r.verifiedAt = null;
        });
    }

    /** Submits every draft or returned value of a region for a period in one step. */
    @Transactional
    public SubmitPeriodResponse submitPeriod(SubmitPeriodRequest request) {
        Region region = regions.require(request.regionCode());
        caller.requireRegion(region.code);
        Period period = Period.parse(request.period())
                .orElseThrow(() -> Problems.validation("period", "must look like 2025, 2025S1, 2025Q3 or 2025-07"));
        locks.requireOpen(region.code, period);
        List<Realization> pending = realizations.list(
                "regionCode = ?1 and period = ?2 and status in ?3 order by indicatorCode",
                region.code, period.toString(), List.of(RealizationStatus.DRAFT, RealizationStatus.RETURNED));
        for (Realization realization : pending) {
            transition(realization, AuditAction.SUBMIT, r -> {
                r.status = RealizationStatus.SUBMITTED;
                r.submittedBy = caller.username();
                r.submittedAt = Instant.now();
                r.returnReason = null;
            });
        }
        return new SubmitPeriodResponse(region.code, period.toString(),
                pending.stream().map(r -> r.indicatorCode).toList());
    }

    @Override
    public long countReferencesTo(String indicatorCode) {
        return realizations.count("indicatorCode", indicatorCode);
    }

    private RealizationResponse transition(Realization realization, AuditAction action,
                                           Consumer<Realization> change) {
        RealizationResponse before = toResponse(realization);
        change.accept(realization);
        RealizationResponse after = flushed(realization);
        audit.changed(ENTITY_TYPE, realization.key().toString(), action, before, after);
        return after;
    }

    private RealizationResponse flushed(Realization realization) {
        realizations.flush();
        return toResponse(realization);
    }

    private Realization findForWrite(String indicatorCode, String regionCode, String period, String ifMatch) {
        RealizationKey key = new RealizationKey(indicatorCode, regionCode, period);
        Realization realization = realizations.findByIdOptional(key, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Problems.notFound("Realization", key.toString()));
        Preconditions.checkIfMatch(ifMatch, EntityTags.of(realization.version, realization.updatedAt));
        return realization;
    }

    private static void requireEditable(Realization realization) {
        Refusal.throwIfPresent(RealizationRules.editable(realization.status, true));
    }

    private RealizationRules.Writer writer() {
        return new RealizationRules.Writer(caller.role(), caller.regionCode().orElse(null));
    }

    private static void requireStatus(Realization realization, RealizationStatus expected, String detail) {
        if (realization.status != expected) {
            throw WorkflowProblems.wrongState(detail + " (this one is " + realization.status + ")");
        }
    }

    private static Period optionalPeriod(String text, String parameter) {
        String value = FilterValues.text(text);
        if (value == null) {
            return null;
        }
        return Period.parse(value).orElseThrow(() ->
                Problems.validation(parameter, "must look like 2025, 2025S1, 2025Q3 or 2025-07"));
    }

    private static Realization newRealization(RealizationKey key, Period period) {
        Realization realization = new Realization();
        realization.indicatorCode = key.indicatorCode();
        realization.regionCode = key.regionCode();
        realization.period = key.period();
        realization.year = period.year();
        realization.periodStart = period.firstDay();
        return realization;
    }

    private RealizationResponse toResponse(Realization realization) {
        Period period = Period.parse(realization.period).orElseThrow();
        return RealizationResponse.from(realization, calendar.deadline(period));
    }
}
