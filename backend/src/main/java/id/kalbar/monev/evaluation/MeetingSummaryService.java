package id.kalbar.monev.evaluation;

import id.kalbar.monev.region.Region;
import id.kalbar.monev.region.RegionQueries;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The printed summary of a meeting: what the PDF holds, read with the caller's view of the findings
 * (an operator sees its own region's and the province-wide findings, as in the findings list).
 */
@ApplicationScoped
public class MeetingSummaryService {

    private final MeetingRepository meetings;
    private final AgreementRepository agreements;
    private final FindingRepository findings;
    private final RecommendationRepository recommendations;
    private final RegionQueries regions;
    private final EvaluationAccess access;
    private final MeetingSummaryPdf pdf;

    public MeetingSummaryService(MeetingRepository meetings, AgreementRepository agreements, FindingRepository findings,
                                 RecommendationRepository recommendations, RegionQueries regions, EvaluationAccess access, MeetingSummaryPdf pdf) {
        this.meetings = meetings;
        this.agreements = agreements;
        this.findings = findings;
        this.recommendations = recommendations;
        this.regions = regions;
        this.access = access;
        this.pdf = pdf;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] renderPdf(UUID meetingId) {
        return pdf.render(contents(meetingId));
    }

    MeetingSummaryPdf.Contents contents(UUID meetingId) {
        Meeting meeting = meetings.require(meetingId);
        access.requireVisible(meeting);
        Map<String, String> regionNames = regions.all().stream()
                .collect(Collectors.toMap(r -> r.code, (Region r) -> r.name));
        List<Agreement> agreed = agreements.list("meetingId = ?1 order by createdAt", meetingId);
        List<Finding> raised = findings.list("meetingId", Sort.by("regionCode").and("foundOn").and("title"), meetingId).stream()
                .filter(f -> access.visible(f.regionCode))
                .toList();
        Map<UUID, List<Recommendation>> byFinding = raised.isEmpty() ? Map.of()
                : recommendations.list("findingId in ?1 order by dueDate, createdAt", raised.stream().map(f -> f.id).toList())
                        .stream().collect(Collectors.groupingBy(r -> r.findingId));
        Function<String, String> name = code -> code == null ? null : regionNames.getOrDefault(code, code);
        return new MeetingSummaryPdf.Contents(meeting, meeting.regions, agreed, raised, byFinding, name);
    }
}
