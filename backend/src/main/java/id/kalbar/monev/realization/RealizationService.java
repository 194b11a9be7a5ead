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
import id.kalbar.monev.common.problem.CodedProblem;
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
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

    @Inject
    Event<RealizationReviewed> reviewed;

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
        Filter filter = caller.listScope(filters.region).restrict(new Filter(), "regionCode")
                .equal("indicatorCode", FilterValues.text(filters.indicator))
                .equal("period", exact == null ? null : exact.toString())
                .equal("year", YearParam.parse(filters.year, "year"))
                // The years the periods name, said again as years: the table is partitioned by year, and
                // only a condition on the year itself leaves the other years' partitions unread.
                .equal("year", exact == null ? null : exact.year())
                .where("year >= :fromYear", "fromYear", from == null ? null : from.year())
                .where("year <= :toYear", "toYear", to == null ? null : to.year())
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
        return RealizationKey.of(indicatorCode, regionCode, period).flatMap(realizations::findByIdOptional)
                .map(this::toResponse)
                .orElseThrow(() -> Problems.notFound("Realization", indicatorCode + "/" + regionCode + "/" + period));
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
        RealizationKey key = new RealizationKey(indicatorCode, regionCode, period.toString(), period.year());
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
        caller.requireWritable(regionCode);
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
        return announced(transition(realization, AuditAction.VERIFY, r -> {
            r.status = RealizationStatus.VERIFIED;
            r.verifiedBy = caller.username();
            r.verifiedAt = Instant.now();
        }));
    }

    private RealizationResponse announced(RealizationResponse response) {
        reviewed.fire(new RealizationReviewed(response.indicatorCode(), response.regionCode(), response.period(),
                response.status(), response.returnReason(), caller.username()));
        return response;
    }

    @Transactional
    public RealizationResponse returnToRegion(String indicatorCode, String regionCode, String period, String reason, String ifMatch) {
        Realization realization = findForWrite(indicatorCode, regionCode, period, ifMatch);
        requireStatus(realization, RealizationStatus.SUBMITTED, "Only submitted values can be returned; verified ones are reopened");
        return announced(transition(realization, AuditAction.RETURN, r -> {
            r.status = RealizationStatus.RETURNED;
            r.returnReason = reason.trim();
        }));
    }

    @Transactional
    public RealizationResponse reopen(String indicatorCode, String regionCode, String period, String reason, String ifMatch) {
        Realization realization = findForWrite(indicatorCode, regionCode, period, ifMatch);
        requireStatus(realization, RealizationStatus.VERIFIED, "Only verified values are reopened");
        return announced(transition(realization, AuditAction.REOPEN, r -> {
            r.status = RealizationStatus.RETURNED;
            r.returnReason = reason.trim();
            r.verifiedBy = null;
            r.verifiedAt = null;
        }));
    }

    /** Submits every draft or returned value of a region for a period in one step. */
    @Transactional
    public SubmitPeriodResponse submitPeriod(SubmitPeriodRequest request) {
        Region region = regions.require(request.regionCode());
        caller.requireWritable(region.code);
        Period period = Period.parse(request.period())
                .orElseThrow(() -> Problems.validation("period", "must look like 2025, 2025S1, 2025Q3 or 2025-07"));
        locks.requireOpen(region.code, period);
        List<Realization> pending = realizations.list(
                "regionCode = ?1 and year = ?2 and period = ?3 and status in ?4 order by indicatorCode",
                region.code, period.year(), period.toString(), List.of(RealizationStatus.DRAFT, RealizationStatus.RETURNED));
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

    /**
     * Verifies every submitted value of a region for a period in one transaction, each audited as a single
     * verification. With {@code expected}, the submitted values must be exactly those the verifier saw,
     * each at the version seen; otherwise nothing is verified (412) and the answer names the values that
     * differ, so a value submitted or changed after the look is never verified unseen.
     */
    @Transactional
    public VerifyPeriodResponse verifyPeriod(VerifyPeriodRequest request) {
        Region region = regions.require(request.regionCode());
        caller.requireRegion(region.code);
        Period period = Period.parse(request.period())
                .orElseThrow(() -> Problems.validation("period", "must look like 2025, 2025S1, 2025Q3 or 2025-07"));
        List<Realization> submitted = realizations.list(
                "regionCode = ?1 and year = ?2 and period = ?3 and status = ?4 order by indicatorCode",
                region.code, period.year(), period.toString(), RealizationStatus.SUBMITTED);
        submitted.forEach(r -> realizations.getEntityManager().lock(r, LockModeType.PESSIMISTIC_WRITE));
        if (request.expected() != null) {
            requireAsSeen(region.code, period, submitted, request.expected());
        }
        for (Realization realization : submitted) {
            transition(realization, AuditAction.VERIFY, r -> {
                r.status = RealizationStatus.VERIFIED;
                r.verifiedBy = caller.username();
                r.verifiedAt = Instant.now();
            });
        }
        return new VerifyPeriodResponse(region.code, period.toString(),
                submitted.stream().map(r -> r.indicatorCode).toList());
    }

    private static void requireAsSeen(String regionCode, Period period, List<Realization> submitted,
                                      List<VerifyPeriodRequest.Seen> expected) {
        Map<String, Long> seen = new HashMap<>();
        expected.forEach(s -> seen.put(s.indicatorCode(), s.version()));
        Map<String, Long> now = new HashMap<>();
        submitted.forEach(r -> now.put(r.indicatorCode, r.version));
        Set<String> changed = new TreeSet<>();
        now.forEach((code, version) -> {
            if (!version.equals(seen.get(code))) {
                changed.add(code);
            }
        });
        seen.keySet().stream().filter(code -> !now.containsKey(code)).forEach(changed::add);
        if (!changed.isEmpty()) {
            throw CodedProblem.of(Response.Status.PRECONDITION_FAILED, "verification-stale")
                    .title("The values changed since you looked")
                    .detail(changed.size() + " value(s) of " + regionCode + " " + period
                            + " were submitted, changed or returned since you looked; look again and verify")
                    .arg("count", changed.size())
                    .arg("region", regionCode)
                    .arg("period", period.toString())
                    .with("changed", List.copyOf(changed))
                    .build();
        }
    }

    /**
     * Deletes a draft or returned value, by its region's operator or an administrator, while the period
     * is open to the caller (the same lock the save asks).
     */
    @Transactional
    public void delete(String indicatorCode, String regionCode, String period, String ifMatch) {
        caller.requireWritable(regionCode);
        Realization realization = findForWrite(indicatorCode, regionCode, period, ifMatch);
        locks.requireOpen(regionCode, Period.parse(period).orElseThrow());
        if (!realization.status.editable()) {
            throw CodedProblem.of(Response.Status.CONFLICT, "realization-not-deletable")
                    .title("Not allowed in the current state")
                    .detail("Only draft or returned values can be deleted (this one is " + realization.status + ")")
                    .arg("status", realization.status)
                    .build();
        }
        RealizationResponse before = toResponse(realization);
        realizations.delete(realization);
        audit.deleted(ENTITY_TYPE, realization.key().toString(), before);
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

    /** The value, locked, once the caller may reach its region (verifiers and administrators within their scope). */
    private Realization findForWrite(String indicatorCode, String regionCode, String period, String ifMatch) {
        caller.requireRegion(regionCode);
        Realization realization = RealizationKey.of(indicatorCode, regionCode, period)
                .flatMap(key -> realizations.findByIdOptional(key, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> Problems.notFound("Realization", indicatorCode + "/" + regionCode + "/" + period));
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
