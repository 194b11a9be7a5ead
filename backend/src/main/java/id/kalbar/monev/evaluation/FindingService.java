package id.kalbar.monev.evaluation;

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
import id.kalbar.monev.common.period.ReportingCalendar;
import id.kalbar.monev.common.problem.FieldError;
import id.kalbar.monev.common.problem.InputValidation;
import id.kalbar.monev.common.problem.Problems;
import id.kalbar.monev.indicator.Indicator;
import id.kalbar.monev.indicator.IndicatorReferences;
import id.kalbar.monev.indicator.IndicatorQueries;
import id.kalbar.monev.program.ProgramQueries;
import id.kalbar.monev.region.RegionQueries;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class FindingService implements IndicatorReferences {

    public static final String ENTITY_TYPE = "finding";
    static final SortableFields SORTABLE = SortableFields.of("foundOn", "foundOn", "severity", "severity",
            "category", "category", "regionCode", "regionCode", "status", "status", "title", "title", "updatedAt", "updatedAt");
    static final List<RecommendationStatus> UNSETTLED = List.of(RecommendationStatus.IN_PROGRESS, RecommendationStatus.NOT_ACTED);

    private final FindingRepository findings;
    private final RecommendationRepository recommendations;
    private final MeetingRepository meetings;
    private final RegionQueries regions;
    private final ProgramQueries programs;
    private final IndicatorQueries indicators;
    private final EvaluationAccess access;
    private final ReportingCalendar calendar;
    private final AuditLog audit;
    private final Caller caller;
    private final InputValidation validation;

    public FindingService(FindingRepository findings, RecommendationRepository recommendations, MeetingRepository meetings, RegionQueries regions,
                          ProgramQueries programs, IndicatorQueries indicators, EvaluationAccess access,
                          ReportingCalendar calendar, AuditLog audit, Caller caller, InputValidation validation) {
        this.findings = findings;
        this.recommendations = recommendations;
        this.meetings = meetings;
        this.regions = regions;
        this.programs = programs;
        this.indicators = indicators;
        this.access = access;
        this.calendar = calendar;
        this.audit = audit;
        this.caller = caller;
        this.validation = validation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<FindingResponse> list(ListParams params, FindingFilters filters) {
        PageRequest request = ListQuery.parse(params, SORTABLE, "-foundOn", "id");
        String region = FilterValues.text(filters.region);
        if (region != null) {
            access.requireVisible(region);
        }
        Integer year = YearParam.parse(filters.year, "year");
        Boolean overdue = FilterValues.bool(filters.overdue, "overdue");
        Filter filter = access.restrict(new Filter())
                .equal("regionCode", region)
                .equal("programCode", FilterValues.text(filters.program))
                .equal("indicatorCode", FilterValues.text(filters.indicator))
                .equal("category", FilterValues.enumValue(FindingCategory.class, filters.category, "category"))
                .equal("severity", FilterValues.enumValue(Severity.class, filters.severity, "severity"))
                .equal("status", FilterValues.enumValue(FindingStatus.class, filters.status, "status"))
                .equal("meetingId", uuid(filters.meeting, "meeting"))
                .where("foundOn >= :yearStart", "yearStart", year == null ? null : LocalDate.of(year, 1, 1))
                .where("foundOn <= :yearEnd", "yearEnd", year == null ? null : LocalDate.of(year, 12, 31))
                .matches(filters.text, "title", "description")
                .updatedSince(request.updatedSince());
        if (overdue != null) {
            filter.where("id " + (overdue ? "in" : "not in") + " (select r.findingId from Recommendation r "
                    + "where r.status in :unsettled and r.dueDate < :today)", "unsettled", UNSETTLED);
            filter.parameters().and("today", calendar.today());
        }
        PanacheQuery<Finding> query = findings.find(filter.query(), request.sort(), filter.parameters());
        List<Finding> page = query.page(request.panachePage()).list();
        Map<UUID, long[]> stats = recommendationStats(page.stream().map(f -> f.id).toList());
        return PageResponse.of(page, request, query.count(), f -> {
            long[] s = stats.getOrDefault(f.id, new long[2]);
            return FindingResponse.from(f, s[1] > 0, s[0]);
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FindingResponse get(UUID id) {
        Finding finding = findings.require(id);
        access.requireVisible(finding);
        return toResponse(finding);
    }

    @Transactional
    public FindingResponse create(FindingInput input) {
        if (input.regionCode() != null) {
            access.requireFindingWrite(input.regionCode());
        }
        Finding finding = new Finding();
        finding.createdBy = caller.username();
        apply(input, finding);
        findings.persistAndFlush(finding);
        FindingResponse created = toResponse(finding);
        audit.created(ENTITY_TYPE, finding.id.toString(), created);
        return created;
    }

    @Transactional
    public FindingResponse replace(UUID id, FindingInput input, String ifMatch) {
        Finding finding = lockForWrite(id, ifMatch);
        access.requireFindingWrite(finding.regionCode);
        if (input.regionCode() != null) {
            access.requireFindingWrite(input.regionCode());
        }
        FindingResponse before = toResponse(finding);
        apply(input, finding);
        findings.flush();
        FindingResponse after = toResponse(finding);
        audit.changed(ENTITY_TYPE, id.toString(), AuditAction.UPDATE, before, after);
        return after;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Finding finding = lockForWrite(id, ifMatch);
        long count = recommendations.count("findingId", id);
        if (count > 0) {
            throw Problems.conflict("finding-has-recommendations",
                    "The finding has " + count + " recommendation(s) and cannot be deleted", "count", count);
        }
        FindingResponse before = toResponse(finding);
        findings.delete(finding);
        audit.deleted(ENTITY_TYPE, id.toString(), before);
    }

    /** Closes a finding once all its recommendations are settled, and reopens it otherwise. */
    void refreshStatus(Finding finding) {
        List<Recommendation> recs = recommendations.list("findingId", finding.id);
        FindingStatus status = !recs.isEmpty() && recs.stream().allMatch(r -> r.status.settled())
                ? FindingStatus.CLOSED : FindingStatus.OPEN;
        if (status != finding.status) {
            FindingResponse before = toResponse(finding);
            finding.status = status;
            findings.flush();
            audit.changed(ENTITY_TYPE, finding.id.toString(), AuditAction.UPDATE, before, toResponse(finding));
        }
    }

    @Override
    public long countReferencesTo(String indicatorCode) {
        return findings.count("indicatorCode", indicatorCode);
    }

    FindingResponse toResponse(Finding finding) {
        long[] stats = recommendationStats(List.of(finding.id)).getOrDefault(finding.id, new long[2]);
        return FindingResponse.from(finding, stats[1] > 0, stats[0]);
    }

    private Finding lockForWrite(UUID id, String ifMatch) {
        Finding finding = findings.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Problems.notFound("Finding", id.toString()));
        access.requireVisible(finding);
        Preconditions.checkIfMatch(ifMatch, EntityTags.of(finding.version, finding.updatedAt));
        return finding;
    }

    /** Per finding: {number of recommendations, number overdue}, in one query. */
    private Map<UUID, long[]> recommendationStats(List<UUID> ids) {
        Map<UUID, long[]> stats = new HashMap<>();
        if (ids.isEmpty()) {
            return stats;
        }
        LocalDate today = calendar.today();
        for (Recommendation r : recommendations.list("findingId in ?1", ids)) {
            long[] s = stats.computeIfAbsent(r.findingId, k -> new long[2]);
            s[0]++;
            if (r.overdue(today)) {
                s[1]++;
            }
        }
        return stats;
    }

    private void apply(FindingInput input, Finding finding) {
        List<FieldError> errors = new ArrayList<>();
        String regionCode = FilterValues.text(input.regionCode());
        if (regionCode != null && regions.find(regionCode).isEmpty()) {
            errors.add(new FieldError("regionCode", "no region has code '" + regionCode + "'"));
        }
        LocalDate meetingDate = null;
        if (input.meetingId() != null) {
            var meeting = meetings.findByIdOptional(input.meetingId());
            if (meeting.isEmpty()) {
                errors.add(new FieldError("meetingId", "no meeting has this id"));
            } else {
                meetingDate = meeting.get().date;
            }
        }
        String programCode = FilterValues.text(input.programCode());
        String indicatorCode = FilterValues.text(input.indicatorCode());
        if (programCode != null && programs.find(programCode).isEmpty()) {
            errors.add(new FieldError("programCode", "no program has code '" + programCode + "'"));
        }
        if (indicatorCode != null) {
            Indicator indicator = indicators.find(indicatorCode).orElse(null);
            if (indicator == null) {
                errors.add(new FieldError("indicatorCode", "no indicator has code '" + indicatorCode + "'"));
            } else if (programCode == null) {
                programCode = indicator.programCode;
            } else if (!indicator.programCode.equals(programCode)) {
                errors.add(new FieldError("indicatorCode", "belongs to program " + indicator.programCode));
            }
        }
        LocalDate foundOn = input.foundOn() != null ? input.foundOn() : meetingDate != null ? meetingDate : calendar.today();
        if (foundOn.isAfter(calendar.today())) {
            errors.add(new FieldError("foundOn", "must not be in the future"));
        }
        // Every problem of the form at once: the body's constraints and these rules.
        validation.check(input, errors);
        finding.meetingId = input.meetingId();
        finding.regionCode = input.regionCode();
        finding.programCode = programCode;
        finding.indicatorCode = indicatorCode;
        finding.category = input.category();
        finding.severity = input.severity();
        finding.title = input.title().trim();
        finding.description = input.description().trim();
        finding.foundOn = foundOn;
    }

    private static UUID uuid(String raw, String parameter) {
        String value = FilterValues.text(raw);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw Problems.validation(parameter, "must be an id (UUID)");
        }
    }

}
