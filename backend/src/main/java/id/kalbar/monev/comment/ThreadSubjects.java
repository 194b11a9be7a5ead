package id.kalbar.monev.comment;

import id.kalbar.monev.common.paging.ListParams;
import id.kalbar.monev.common.problem.Problems;
import id.kalbar.monev.evaluation.FindingResponse;
import id.kalbar.monev.evaluation.FindingService;
import id.kalbar.monev.evaluation.RecommendationResponse;
import id.kalbar.monev.evaluation.RecommendationService;
import id.kalbar.monev.realization.RealizationResponse;
import id.kalbar.monev.realization.RealizationService;
import id.kalbar.monev.targetround.TargetRoundService;
import id.kalbar.monev.work.DashboardLinks;
import id.kalbar.monev.work.IndonesianFormat;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Finds the record of a thread through its feature's own read, so that whoever may not read the record
 * (another regency's value: 403; a record that does not exist: 404) may not read or write its thread either.
 */
@ApplicationScoped
public class ThreadSubjects {

    private final RealizationService realizations;
    private final FindingService findings;
    private final RecommendationService recommendations;
    private final TargetRoundService rounds;

    public ThreadSubjects(RealizationService realizations, FindingService findings, RecommendationService recommendations,
                          TargetRoundService rounds) {
        this.realizations = realizations;
        this.findings = findings;
        this.recommendations = recommendations;
        this.rounds = rounds;
    }

    public ThreadSubject realization(String indicatorCode, String regionCode, String period) {
        RealizationResponse r = realizations.get(indicatorCode, regionCode, period);
        return new ThreadSubject(ThreadType.REALIZATION, r.indicatorCode() + "/" + r.regionCode() + "/" + r.period(),
                r.regionCode(), false, "nilai " + r.indicatorCode() + " " + IndonesianFormat.period(r.period()),
                DashboardLinks.reporting(r.regionCode(), r.period(), r.indicatorCode()),
                DashboardLinks.verification(r.regionCode(), r.period(), r.indicatorCode()));
    }

    public ThreadSubject finding(UUID id) {
        FindingResponse f = findings.get(id);
        return new ThreadSubject(ThreadType.FINDING, f.id().toString(), f.regionCode(), true, "temuan " + f.title(),
                DashboardLinks.finding(f.id()));
    }

    public ThreadSubject recommendation(UUID id) {
        RecommendationResponse r = recommendations.get(id);
        FindingResponse f = findings.get(r.findingId());
        return new ThreadSubject(ThreadType.RECOMMENDATION, r.id().toString(), f.regionCode(), true,
                "rekomendasi pada temuan " + f.title(), DashboardLinks.recommendation(f.id(), r.id()));
    }

    public ThreadSubject proposal(int year, String indicatorCode, String regionCode) {
        ListParams one = new ListParams();
        one.size = "1";
        if (rounds.proposals(year, one, indicatorCode, null, regionCode, null, null).total() == 0) {
            throw Problems.notFound("Proposal", year + "/" + indicatorCode + "/" + regionCode);
        }
        return new ThreadSubject(ThreadType.PROPOSAL, year + "/" + indicatorCode + "/" + regionCode, regionCode, false,
                "usulan target " + indicatorCode + " " + year, DashboardLinks.proposal(year, indicatorCode, regionCode));
    }

    /** The record of a stored thread, read again as the caller. */
    public ThreadSubject of(ThreadType type, String key) {
        String[] parts = key.split("/");
        return switch (type) {
            case REALIZATION -> realization(parts[0], parts[1], parts[2]);
            case FINDING -> finding(UUID.fromString(key));
            case RECOMMENDATION -> recommendation(UUID.fromString(key));
            case PROPOSAL -> proposal(Integer.parseInt(parts[0]), parts[1], parts[2]);
        };
    }
}
