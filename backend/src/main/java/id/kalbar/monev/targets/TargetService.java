package id.kalbar.monev.targets;

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
import id.kalbar.monev.common.period.PeriodType;
import id.kalbar.monev.common.problem.FieldError;
import id.kalbar.monev.common.problem.Problems;
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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class TargetService implements IndicatorReferences {

    public static final String ENTITY_TYPE = "target";
    static final SortableFields SORTABLE = SortableFields.of(
            "indicatorCode", "indicatorCode", "regionCode", "regionCode", "year", "year",
            "value", "value", "status", "status", "updatedAt", "updatedAt");

    private final TargetRepository targets;
    private final IndicatorQueries indicators;
    private final RegionQueries regions;
    private final ApprovedTargetYears approvals;
    private final AuditLog audit;
    private final Caller caller;

    public TargetService(TargetRepository targets, IndicatorQueries indicators, RegionQueries regions,
                         ApprovedTargetYears approvals, AuditLog audit, Caller caller) {
        this.targets = targets;
        this.indicators = indicators;
        this.regions = regions;
        this.approvals = approvals;
        this.audit = audit;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<TargetResponse> list(ListParams params, TargetFilters filters) {
        PageRequest request = ListQuery.parse(params, SORTABLE, "indicatorCode,regionCode,year", "year");
        Filter filter = caller.listScope(filters.region).restrict(new Filter(), "regionCode")
                .equal("indicatorCode", FilterValues.text(filters.indicator))
                .equal("year", YearParam.parse(filters.year, "year"))
                .equal("status", FilterValues.enumValue(TargetStatus.class, filters.status, "status"))
                .where("indicatorCode in (select i.code from Indicator i where i.programCode = :program)", "program",
                        FilterValues.text(filters.program))
                .updatedSince(request.updatedSince());
        PanacheQuery<Target> query = targets.find(filter.query(), request.sort(), filter.parameters());
        return PageResponse.of(query.page(request.panachePage()).list(), request, query.count(), TargetResponse::from);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TargetResponse get(String indicatorCode, String regionCode, String yearText) {
        caller.requireRegion(regionCode);
        TargetKey key = new TargetKey(indicatorCode, regionCode, YearParam.require(yearText, "year"));
        return targets.findByIdOptional(key).map(TargetResponse::from)
                .orElseThrow(() -> Problems.notFound("Target", key.toString()));
    }

    /** Sets (creates or replaces) a target; ADMIN and VERIFIER only, enforced by the resource. */
    @Transactional
    public SetResult set(String indicatorCode, String regionCode, String yearText, TargetInput input, String ifMatch) {
        // The rules of TargetRules, in the order the bulk load asks them too.
        Indicator indicator = indicators.find(indicatorCode).orElse(null);
        Refusal.throwIfPresent(TargetRules.indicator(indicatorCode, indicator));
        Region region = regions.find(regionCode).orElse(null);
        Refusal.throwIfPresent(TargetRules.region(regionCode, region, caller.writeScope()));
        Refusal.throwIfPresent(TargetRules.reporting(indicator, region));
        int year = TargetRules.year(yearText).orElseThrow(() -> TargetRules.badYear(yearText).toProblem());
        Refusal.throwIfPresent(TargetRules.approvedRound(caller.role(), year, approvals.isApproved(year)));
        List<TargetPeriod> breakdown = checkBreakdown(indicator, regionCode, year, input.breakdown());
        TargetKey key = new TargetKey(indicatorCode, regionCode, year);
        Optional<Target> existing = targets.findByIdOptional(key, LockModeType.PESSIMISTIC_WRITE);
        Refusal.throwIfPresent(TargetRules.retired(indicator, existing.isPresent()));
        Target target = existing.orElseGet(() -> newTarget(key));
        TargetResponse before = existing.map(TargetResponse::from).orElse(null);
        if (before != null) {
            Preconditions.checkIfMatch(ifMatch, EntityTags.of(before.version(), before.updatedAt()));
        }
        target.value = input.value();
        target.status = input.status() == null ? TargetStatus.AGREED : input.status();
        targets.storeWithBreakdown(target, before != null, breakdown);
        TargetResponse after = TargetResponse.from(target);
        if (before == null) {
            audit.created(ENTITY_TYPE, key.toString(), after);
        } else {
            audit.changed(ENTITY_TYPE, key.toString(), AuditAction.UPDATE, before, after);
        }
        return new SetResult(after, before == null);
    }

    /**
     * The target a target round agreed, written when the round is approved: under the same rules as any
     * other write of a target (the round is not approved yet while it is written).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void setAgreed(String indicatorCode, String regionCode, int year, BigDecimal value) {
        Indicator indicator = indicators.find(indicatorCode).orElse(null);
        Refusal.throwIfPresent(TargetRules.indicator(indicatorCode, indicator));
        Region region = regions.find(regionCode).orElse(null);
        Refusal.throwIfPresent(TargetRules.region(regionCode, region, caller.writeScope()));
        Refusal.throwIfPresent(TargetRules.reporting(indicator, region));
        TargetKey key = new TargetKey(indicatorCode, regionCode, year);
        Optional<Target> existing = targets.findByIdOptional(key, LockModeType.PESSIMISTIC_WRITE);
        Refusal.throwIfPresent(TargetRules.retired(indicator, existing.isPresent()));
        TargetResponse before = existing.map(TargetResponse::from).orElse(null);
        Target target = existing.orElseGet(() -> newTarget(key));
        target.value = value;
        target.status = TargetStatus.AGREED;
        if (before == null) {
            targets.persist(target);
        }
        targets.flush();
        TargetResponse after = TargetResponse.from(target);
        if (before == null) {
            audit.created(ENTITY_TYPE, key.toString(), after);
        } else {
            audit.changed(ENTITY_TYPE, key.toString(), AuditAction.UPDATE, before, after);
        }
    }

    public record SetResult(TargetResponse target, boolean created) {
    }

    @Override
    public long countReferencesTo(String indicatorCode) {
        return targets.count("indicatorCode", indicatorCode);
    }

    private static Target newTarget(TargetKey key) {
        Target target = new Target();
        target.indicatorCode = key.indicatorCode();
        target.regionCode = key.regionCode();
        target.year = key.year();
        return target;
    }

    static List<TargetPeriod> checkBreakdown(Indicator indicator, String regionCode, int year,
                                                     List<TargetInput.PeriodValue> parts) {
        if (parts == null || parts.isEmpty()) {
            return List.of();
        }
        List<FieldError> errors = new ArrayList<>();
        if (indicator.periodType == PeriodType.ANNUAL) {
            errors.add(new FieldError("breakdown", "an annual indicator has no breakdown"));
        }
        Set<String> seen = new HashSet<>();
        List<TargetPeriod> result = new ArrayList<>();
        for (int i = 0; i < parts.size() && errors.isEmpty(); i++) {
            String field = "breakdown[" + i + "].period";
            Optional<Period> period = Period.parse(parts.get(i).period());
            if (period.isEmpty() || period.get().type() != indicator.periodType || period.get().year() != year) {
                errors.add(new FieldError(field, "must be a " + indicator.periodType.name().toLowerCase()
                        + " period of " + year + ", e.g. " + Period.allOf(indicator.periodType, year).get(0)));
            } else if (!seen.add(period.get().toString())) {
                errors.add(new FieldError(field, "appears twice"));
            } else {
                TargetPeriod part = new TargetPeriod();
                part.indicatorCode = indicator.code;
                part.regionCode = regionCode;
                part.period = period.get().toString();
                part.year = year;
                part.value = parts.get(i).value();
                result.add(part);
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
        return result;
    }
}
