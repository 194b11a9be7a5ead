package id.kalbar.monev.evaluation;

import id.kalbar.monev.common.paging.Filter;
import id.kalbar.monev.common.paging.FilterValues;
import id.kalbar.monev.common.paging.YearParam;
import id.kalbar.monev.common.period.ReportingCalendar;
import id.kalbar.monev.common.problem.Problems;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class EvaluationSummaryService {

    private final FindingRepository findings;
    private final RecommendationRepository recommendations;
    private final MeetingRepository meetings;
    private final EvaluationAccess access;
    private final ReportingCalendar calendar;

    public EvaluationSummaryService(FindingRepository findings, RecommendationRepository recommendations, MeetingRepository meetings,
                                    EvaluationAccess access, ReportingCalendar calendar) {
        this.findings = findings;
        this.recommendations = recommendations;
        this.meetings = meetings;
        this.access = access;
        this.calendar = calendar;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EvaluationSummary summarize(String yearText, String meetingText) {
        Integer year = YearParam.parse(yearText, "year");
        UUID meetingId = meetingId(meetingText);
        if (meetingId != null) {
            meetings.require(meetingId);
        }
        Filter filter = access.restrict(new Filter())
                .equal("meetingId", meetingId)
                .where("foundOn >= :yearStart", "yearStart", year == null ? null : LocalDate.of(year, 1, 1))
                .where("foundOn <= :yearEnd", "yearEnd", year == null ? null : LocalDate.of(year, 12, 31));
        List<Finding> selected = findings.list(filter.query(), Sort.by("regionCode"), filter.parameters());
        Map<UUID, List<Recommendation>> recs = selected.isEmpty() ? Map.of()
                : recommendations.list("findingId in ?1", selected.stream().map(f -> f.id).toList()).stream()
                        .collect(Collectors.groupingBy(r -> r.findingId));
        LocalDate today = calendar.today();

        List<EvaluationSummary.StatusCount> byStatus = Arrays.stream(RecommendationStatus.values())
                .map(s -> new EvaluationSummary.StatusCount(s, recs.values().stream().flatMap(List::stream)
                        .filter(r -> r.status == s).count()))
                .toList();
        List<EvaluationSummary.RegionCounts> byRegion = group(selected, f -> f.regionCode).entrySet().stream()
                .map(e -> new EvaluationSummary.RegionCounts(e.getKey(), counts(e.getValue(), recs, today))).toList();
        List<EvaluationSummary.CategoryCounts> byCategory = group(selected, f -> f.category).entrySet().stream()
                .map(e -> new EvaluationSummary.CategoryCounts(e.getKey(), counts(e.getValue(), recs, today))).toList();
        return new EvaluationSummary(year, meetingId, counts(selected, recs, today), byStatus, byRegion, byCategory);
    }

    private static <K> Map<K, List<Finding>> group(List<Finding> list, Function<Finding, K> key) {
        return list.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
    }

    private static EvaluationSummary.Counts counts(List<Finding> list, Map<UUID, List<Recommendation>> recs, LocalDate today) {
        long open = list.stream().filter(f -> f.status == FindingStatus.OPEN).count();
        long overdueFindings = list.stream()
                .filter(f -> recs.getOrDefault(f.id, List.of()).stream().anyMatch(r -> r.overdue(today))).count();
        List<Recommendation> all = list.stream().flatMap(f -> recs.getOrDefault(f.id, List.of()).stream()).toList();
        long overdueRecs = all.stream().filter(r -> r.overdue(today)).count();
        return new EvaluationSummary.Counts(list.size(), open, list.size() - open, overdueFindings, all.size(), overdueRecs);
    }

    private static UUID meetingId(String raw) {
        String value = FilterValues.text(raw);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw Problems.validation("meeting", "must be an id (UUID)");
        }
    }
}
