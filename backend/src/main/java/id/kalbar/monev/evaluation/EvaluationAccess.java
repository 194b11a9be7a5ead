package id.kalbar.monev.evaluation;

import id.kalbar.monev.auth.Caller;
import id.kalbar.monev.common.problem.Problems;
import id.kalbar.monev.region.RegionQueries;
import jakarta.enterprise.context.RequestScoped;

import java.util.List;

/**
 * Who sees and touches which evaluation records: an operator sees its own region's findings and the
 * province-wide ones, records findings for its own region, and follows up recommendations of its
 * region's findings or addressed to its region. Province officers manage everything.
 */
@RequestScoped
public class EvaluationAccess {

    private final Caller caller;
    private final RegionQueries regions;

    public EvaluationAccess(Caller caller, RegionQueries regions) {
        this.caller = caller;
        this.regions = regions;
    }

    public boolean restricted() {
        return caller.isOperator();
    }

    /** The regions whose findings an operator sees: its own and its province's. */
    public List<String> visibleRegions() {
        String own = caller.regionCode().orElseThrow();
        String province = regions.require(own).parentCode;
        return province == null ? List.of(own) : List.of(own, province);
    }

    public void requireVisible(Finding finding) {
        if (restricted() && !visibleRegions().contains(finding.regionCode)) {
            throw Problems.forbidden("finding-scope", "Operators see only their own region's and province-wide findings");
        }
    }

    public void requireFindingWrite(String regionCode) {
        caller.requireRegion(regionCode);
    }

    public void requireFollowUp(Finding finding, Recommendation recommendation) {
        if (!restricted()) {
            return;
        }
        String own = caller.regionCode().orElseThrow();
        if (!own.equals(finding.regionCode) && !own.equals(recommendation.responsibleRegionCode)) {
            throw Problems.forbidden("follow-up-scope", "Operators follow up only their own region's recommendations");
        }
    }
}
