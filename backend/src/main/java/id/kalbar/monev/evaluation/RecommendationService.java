package id.kalbar.monev.evaluation;

import id.kalbar.monev.audit.AuditAction;
import id.kalbar.monev.audit.AuditLog;
import id.kalbar.monev.auth.Caller;
import id.kalbar.monev.common.http.EntityTags;
import id.kalbar.monev.common.http.Preconditions;
import id.kalbar.monev.common.period.ReportingCalendar;
import id.kalbar.monev.common.problem.FieldError;
import id.kalbar.monev.common.problem.InputValidation;
import id.kalbar.monev.common.problem.Problems;
import id.kalbar.monev.region.RegionQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Recommendations of findings and their follow-ups; every status change keeps the finding's status true. */
@ApplicationScoped
public class RecommendationService {

    public static final String ENTITY_TYPE = "recommendation";
    public static final String FOLLOW_UP_TYPE = "follow-up";
    static final String CANNOT_ACT_NEEDS_REASON = "is required when a recommendation cannot be acted on";

    private final RecommendationRepository recommendations;
    private final FollowUpRepository followUps;
    private final FindingRepository findings;
    private final FindingService findingService;
    private final RegionQueries regions;
    private final EvaluationAccess access;
    private final ReportingCalendar calendar;
    private final AuditLog audit;
    private final Caller caller;
    private final int defaultDueDays;
    private final InputValidation validation;

    @Inject
    Event<EvaluationEvents.RecommendationAssigned> assigned;

    @Inject
    Event<EvaluationEvents.FollowUpAdded> followedUp;

    public RecommendationService(RecommendationRepository recommendations, FollowUpRepository followUps, FindingRepository findings,
                                 FindingService findingService, RegionQueries regions, EvaluationAccess access,
                                 ReportingCalendar calendar, AuditLog audit, Caller caller,
                                 @ConfigProperty(name = "monev.evaluation.default-due-days", defaultValue = "60") int defaultDueDays,
                                 InputValidation validation) {
        this.recommendations = recommendations;
        this.followUps = followUps;
        this.findings = findings;
        this.findingService = findingService;
        this.regions = regions;
        this.access = access;
        this.calendar = calendar;
        this.audit = audit;
        this.caller = caller;
        this.defaultDueDays = defaultDueDays;
        this.validation = validation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RecommendationResponse> listForFinding(UUID findingId) {
        Finding finding = findings.require(findingId);
        access.requireVisible(finding);
        return recommendations.list("findingId = ?1 order by createdAt", findingId).stream().map(this::toResponse).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RecommendationResponse get(UUID id) {
        Recommendation recommendation = recommendations.require(id);
        access.requireVisible(findings.require(recommendation.findingId));
        return toResponse(recommendation);
    }

    @Transactional
    public RecommendationResponse create(UUID findingId, RecommendationInput input) {
        Finding finding = findings.findByIdOptional(findingId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Problems.notFound("Finding", findingId.toString()));
        Recommendation recommendation = new Recommendation();
        recommendation.findingId = findingId;
        apply(input, recommendation, finding);
        recommendations.persistAndFlush(recommendation);
        RecommendationResponse created = toResponse(recommendation);
        audit.created(ENTITY_TYPE, recommendation.id.toString(), created);
        findingService.refreshStatus(finding);
        announceAssignment(recommendation, null);
        return created;
    }

    @Transactional
    public RecommendationResponse replace(UUID id, RecommendationInput input, String ifMatch) {
        Recommendation recommendation = lockForWrite(id, ifMatch);
        Finding finding = findings.findByIdOptional(recommendation.findingId, LockModeType.PESSIMISTIC_WRITE).orElseThrow();
        RecommendationResponse before = toResponse(recommendation);
        apply(input, recommendation, finding);
        recommendations.flush();
        RecommendationResponse after = toResponse(recommendation);
        audit.changed(ENTITY_TYPE, id.toString(), AuditAction.UPDATE, before, after);
        findingService.refreshStatus(finding);
        announceAssignment(recommendation, before.responsibleRegionCode());
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FollowUpResponse> followUps(UUID recommendationId) {
        get(recommendationId);
        return followUps.list("recommendationId = ?1 order by date, createdAt", recommendationId).stream()
                .map(FollowUpResponse::from).toList();
    }

    /** Records an action; when it names a status, the recommendation moves to it (and the finding follows). */
    @Transactional
    public FollowUpResponse addFollowUp(UUID recommendationId, FollowUpInput input) {
        Recommendation recommendation = recommendations.findByIdOptional(recommendationId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Problems.notFound("Recommendation", recommendationId.toString()));
        Finding finding = findings.findByIdOptional(recommendation.findingId, LockModeType.PESSIMISTIC_WRITE).orElseThrow();
        access.requireVisible(finding);
        access.requireFollowUp(finding, recommendation);
        List<FieldError> errors = new ArrayList<>();
        if (input.date() != null && input.date().isAfter(calendar.today())) {
            errors.add(new FieldError("date", "must not be in the future"));
        }
        if (input.status() == RecommendationStatus.CANNOT_ACT && (input.statusReason() == null || input.statusReason().isBlank())) {
            errors.add(new FieldError("statusReason", CANNOT_ACT_NEEDS_REASON));
        }
        validation.check(input, errors);

        FollowUp followUp = new FollowUp();
        followUp.id = UUID.randomUUID();
        followUp.recommendationId = recommendationId;
        followUp.date = input.date();
        followUp.description = input.description().trim();
        followUp.evidenceUrl = input.evidenceUrl();
        followUp.newStatus = input.status();
        followUp.statusReason = input.statusReason();
        followUp.createdBy = caller.username();
        followUps.persist(followUp);
        FollowUpResponse created = FollowUpResponse.from(followUp);
        audit.created(FOLLOW_UP_TYPE, followUp.id.toString(), created);
        followedUp.fire(new EvaluationEvents.FollowUpAdded(recommendationId, finding.id, finding.regionCode,
                recommendation.responsibleRegionCode, followUp.description, caller.username()));

        if (input.status() != null && input.status() != recommendation.status) {
            RecommendationResponse before = toResponse(recommendation);
            recommendation.status = input.status();
            recommendation.statusReason = input.statusReason();
            recommendations.flush();
            audit.changed(ENTITY_TYPE, recommendationId.toString(), AuditAction.UPDATE, before, toResponse(recommendation));
            findingService.refreshStatus(finding);
        }
        return created;
    }

    private void announceAssignment(Recommendation recommendation, String previousRegion) {
        if (recommendation.responsibleRegionCode != null && !recommendation.responsibleRegionCode.equals(previousRegion)) {
            assigned.fire(new EvaluationEvents.RecommendationAssigned(recommendation.id, recommendation.findingId,
                    recommendation.responsibleRegionCode, recommendation.text, recommendation.dueDate, caller.username()));
        }
    }

    private void apply(RecommendationInput input, Recommendation recommendation, Finding finding) {
        RecommendationStatus status = input.status() == null ? RecommendationStatus.NOT_ACTED : input.status();
        requireReasonForCannotAct(status, input.statusReason(), "statusReason");
        caller.requireRegion(finding.regionCode);
        recommendation.responsibleRegionCode = EvaluationRules.responsibleRegion(regions, input.responsibleLevel(),
                input.responsibleRegionCode(), "responsibleRegionCode", finding.regionCode);
        if (recommendation.responsibleRegionCode != null) {
            caller.requireRegion(recommendation.responsibleRegionCode);
        }
        recommendation.text = input.text().trim();
        recommendation.responsibleLevel = input.responsibleLevel();
        recommendation.dueDate = input.dueDate() != null ? input.dueDate() : finding.foundOn.plusDays(defaultDueDays);
        recommendation.status = status;
        recommendation.statusReason = input.statusReason();
    }

    private static void requireReasonForCannotAct(RecommendationStatus status, String reason, String field) {
        if (status == RecommendationStatus.CANNOT_ACT && (reason == null || reason.isBlank())) {
            throw Problems.validation(field, CANNOT_ACT_NEEDS_REASON);
        }
    }

    private Recommendation lockForWrite(UUID id, String ifMatch) {
        Recommendation recommendation = recommendations.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Problems.notFound("Recommendation", id.toString()));
        Preconditions.checkIfMatch(ifMatch, EntityTags.of(recommendation.version, recommendation.updatedAt));
        return recommendation;
    }

    private RecommendationResponse toResponse(Recommendation recommendation) {
        return RecommendationResponse.from(recommendation, calendar.today());
    }
}
