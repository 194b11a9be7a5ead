package id.kalbar.monev.evaluation;

import id.kalbar.monev.audit.AuditAction;
import id.kalbar.monev.audit.AuditLog;
import id.kalbar.monev.common.http.EntityTags;
import id.kalbar.monev.common.http.Preconditions;
import id.kalbar.monev.common.paging.Filter;
import id.kalbar.monev.common.paging.ListParams;
import id.kalbar.monev.common.paging.ListQuery;
import id.kalbar.monev.common.paging.PageRequest;
import id.kalbar.monev.common.paging.PageResponse;
import id.kalbar.monev.common.paging.SortableFields;
import id.kalbar.monev.common.paging.YearParam;
import id.kalbar.monev.common.period.Period;
import id.kalbar.monev.common.period.ReportingCalendar;
import id.kalbar.monev.common.problem.FieldError;
import id.kalbar.monev.common.problem.Problems;
import id.kalbar.monev.region.RegionQueries;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class MeetingService {

    public static final String ENTITY_TYPE = "meeting";
    public static final String AGREEMENT_TYPE = "agreement";
    static final SortableFields SORTABLE = SortableFields.of("date", "date", "title", "title", "year", "year",
            "updatedAt", "updatedAt");

    private final MeetingRepository meetings;
    private final AgreementRepository agreements;
    private final FindingRepository findings;
    private final RegionQueries regions;
    private final ReportingCalendar calendar;
    private final AuditLog audit;
    private final EvaluationAccess access;

    public MeetingService(MeetingRepository meetings, AgreementRepository agreements, FindingRepository findings, RegionQueries regions,
                          ReportingCalendar calendar, AuditLog audit, EvaluationAccess access) {
        this.access = access;
        this.meetings = meetings;
        this.agreements = agreements;
        this.findings = findings;
        this.regions = regions;
        this.calendar = calendar;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<MeetingResponse> list(ListParams params, String year, String text) {
        PageRequest request = ListQuery.parse(params, SORTABLE, "-date", "id");
        Filter filter = access.restrictMeetings(new Filter())
                .equal("year", YearParam.parse(year, "year"))
                .matches(text, "title", "place")
                .updatedSince(request.updatedSince());
        PanacheQuery<Meeting> query = meetings.find(filter.query(), request.sort(), filter.parameters());
        return PageResponse.of(query.page(request.panachePage()).list(), request, query.count(), this::toResponse);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MeetingResponse get(UUID id) {
        Meeting meeting = meetings.require(id);
        access.requireVisible(meeting);
        return toResponse(meeting);
    }

    @Transactional
    public MeetingResponse create(MeetingInput input) {
        Meeting meeting = new Meeting();
        apply(input, meeting);
        meetings.persistAndFlush(meeting);
        MeetingResponse created = toResponse(meeting);
        audit.created(ENTITY_TYPE, meeting.id.toString(), withoutAgreements(created));
        return created;
    }

    @Transactional
    public MeetingResponse replace(UUID id, MeetingInput input, String ifMatch) {
        Meeting meeting = meetings.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Problems.notFound("Meeting", id.toString()));
        access.requireMeetingWrite(meeting);
        Preconditions.checkIfMatch(ifMatch, EntityTags.of(meeting.version, meeting.updatedAt));
        MeetingResponse before = toResponse(meeting);
        meeting.regions.clear();
        meetings.flush();
        apply(input, meeting);
        meetings.flush();
        MeetingResponse after = toResponse(meeting);
        audit.changed(ENTITY_TYPE, id.toString(), AuditAction.UPDATE, withoutAgreements(before), withoutAgreements(after));
        return after;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Meeting meeting = meetings.require(id);
        access.requireMeetingWrite(meeting);
        Preconditions.checkIfMatch(ifMatch, EntityTags.of(meeting.version, meeting.updatedAt));
        long raised = findings.count("meetingId", id);
        if (raised > 0) {
            throw Problems.conflict("meeting-has-findings", "The meeting has " + raised + " finding(s) and cannot be deleted",
                    "count", raised);
        }
        MeetingResponse before = toResponse(meeting);
        agreements.delete("meetingId", id);
        meetings.delete(meeting);
        audit.deleted(ENTITY_TYPE, id.toString(), withoutAgreements(before));
    }

    @Transactional
    public AgreementResponse addAgreement(UUID meetingId, AgreementInput input) {
        access.requireMeetingWrite(meetings.require(meetingId));
        Agreement agreement = new Agreement();
        agreement.meetingId = meetingId;
        apply(input, agreement);
        agreements.persistAndFlush(agreement);
        AgreementResponse created = AgreementResponse.from(agreement, calendar.today());
        audit.created(AGREEMENT_TYPE, agreement.id.toString(), created);
        return created;
    }

    @Transactional
    public AgreementResponse replaceAgreement(UUID id, AgreementInput input, String ifMatch) {
        Agreement agreement = agreements.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Problems.notFound("Agreement", id.toString()));
        access.requireMeetingWrite(meetings.require(agreement.meetingId));
        Preconditions.checkIfMatch(ifMatch, EntityTags.of(agreement.version, agreement.updatedAt));
        AgreementResponse before = AgreementResponse.from(agreement, calendar.today());
        apply(input, agreement);
        agreements.flush();
        AgreementResponse after = AgreementResponse.from(agreement, calendar.today());
        audit.changed(AGREEMENT_TYPE, id.toString(), AuditAction.UPDATE, before, after);
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AgreementResponse getAgreement(UUID id) {
        Agreement agreement = agreements.require(id);
        access.requireVisible(meetings.require(agreement.meetingId));
        return AgreementResponse.from(agreement, calendar.today());
    }

    @Transactional
    public void deleteAgreement(UUID id, String ifMatch) {
        Agreement agreement = agreements.require(id);
        access.requireMeetingWrite(meetings.require(agreement.meetingId));
        Preconditions.checkIfMatch(ifMatch, EntityTags.of(agreement.version, agreement.updatedAt));
        AgreementResponse before = AgreementResponse.from(agreement, calendar.today());
        agreements.delete(agreement);
        audit.deleted(AGREEMENT_TYPE, id.toString(), before);
    }

    private void apply(MeetingInput input, Meeting meeting) {
        List<FieldError> errors = new ArrayList<>();
        List<String> periods = input.periods() == null ? List.of() : input.periods();
        for (int i = 0; i < periods.size(); i++) {
            if (Period.parse(periods.get(i)).isEmpty()) {
                errors.add(new FieldError("periods[" + i + "]", "must look like 2025, 2025S1, 2025Q3 or 2025-07"));
            }
        }
        Set<String> invited = new LinkedHashSet<>(input.invitedRegionCodes() == null ? List.of() : input.invitedRegionCodes());
        Set<String> attended = new LinkedHashSet<>(input.attendedRegionCodes() == null ? List.of() : input.attendedRegionCodes());
        checkRegions("invitedRegionCodes", invited, errors);
        checkRegions("attendedRegionCodes", attended, errors);
        if (!invited.containsAll(attended)) {
            errors.add(new FieldError("attendedRegionCodes", "every region that attended must also be invited"));
        }
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
        access.requireMeetingWrite(invited);
        meeting.title = input.title().trim();
        meeting.date = input.date();
        meeting.place = input.place().trim();
        meeting.year = input.year();
        meeting.periods = String.join(",", periods.stream().map(p -> Period.parse(p).orElseThrow().toString()).toList());
        meeting.minutes = input.minutes();
        for (String code : invited) {
            MeetingRegion region = new MeetingRegion();
            region.meetingId = meeting.id;
            region.regionCode = code;
            region.attended = attended.contains(code);
            meeting.regions.add(region);
        }
    }

    private void apply(AgreementInput input, Agreement agreement) {
        String region = EvaluationRules.responsibleRegion(regions, input.ownerLevel(), input.ownerRegionCode(), "ownerRegionCode",
                access.boundRegion());
        if (region != null) {
            access.requireMeetingWrite(List.of(region));
        }
        agreement.text = input.text().trim();
        agreement.ownerLevel = input.ownerLevel();
        agreement.ownerRegionCode = region;
        agreement.dueDate = input.dueDate();
        agreement.status = input.status() == null ? AgreementStatus.OPEN : input.status();
    }

    private void checkRegions(String field, Set<String> codes, List<FieldError> errors) {
        for (String code : codes) {
            if (regions.find(code).isEmpty()) {
                errors.add(new FieldError(field, "no region has code '" + code + "'"));
            }
        }
    }

    private MeetingResponse toResponse(Meeting meeting) {
        List<AgreementResponse> list = agreements.list("meetingId = ?1 order by createdAt", meeting.id).stream()
                .map(a -> AgreementResponse.from(a, calendar.today())).toList();
        return MeetingResponse.from(meeting, list, findings.count("meetingId", meeting.id));
    }

    /** The audit trail records a meeting's own fields; agreements have their own events. */
    private static MeetingResponse withoutAgreements(MeetingResponse m) {
        return new MeetingResponse(m.id(), m.title(), m.date(), m.place(), m.year(), m.periods(), m.invitedRegionCodes(),
                m.attendedRegionCodes(), m.minutes(), List.of(), 0, m.createdAt(), m.updatedAt(), m.version());
    }
}
