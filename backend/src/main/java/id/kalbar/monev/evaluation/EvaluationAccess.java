package id.kalbar.monev.evaluation;

import id.kalbar.monev.auth.Caller;
import id.kalbar.monev.auth.RegionScope;
import id.kalbar.monev.common.paging.Filter;
import id.kalbar.monev.common.problem.Problems;
import id.kalbar.monev.region.Region;
import id.kalbar.monev.region.RegionQueries;
import jakarta.enterprise.context.RequestScoped;

import java.util.HashMap;
import java.util.Map;

/**
 * Who sees and touches which evaluation records. An account sees the findings within its scope and, when
 * bound to a regency or city, also its province's province-wide ones; it records findings where it writes
 * (an operator: its own region) and follows up recommendations of its region's findings or addressed to
 * its region. An account of the whole deployment sees and manages everything.
 */
@RequestScoped
public class EvaluationAccess {

    private static final String FINDING_SCOPE_DETAIL = "This account sees only the findings of its region and of its province";

    private final Caller caller;
    private final RegionQueries regions;

    public EvaluationAccess(Caller caller, RegionQueries regions) {
        this.caller = caller;
        this.regions = regions;
    }

    /** The region the caller is bound to; null for the whole deployment. */
    public String boundRegion() {
        return caller.scope().code();
    }

    /** Whether the caller sees findings of this region. */
    public boolean visible(String regionCode) {
        RegionScope scope = caller.scope();
        return scope.contains(regionCode) || (regionCode != null && regionCode.equals(provinceAbove(scope)));
    }

    /** Narrows a list of findings (on {@code regionCode}) to those the caller sees. */
    public Filter restrict(Filter filter) {
        RegionScope scope = caller.scope();
        if (scope.isNation()) {
            return filter;
        }
        RegionScope.Predicate own = scope.predicate("regionCode", ":visibleScope", ":visiblePrefix");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("visibleScope", own.values().get(0));
        if (own.values().size() > 1) {
            parameters.put("visiblePrefix", own.values().get(1));
        }
        String province = provinceAbove(scope);
        if (province == null) {
            return filter.where(own.condition(), parameters);
        }
        parameters.put("visibleProvince", province);
        return filter.where("(" + own.condition() + " or regionCode = :visibleProvince)", parameters);
    }

    /** A regency's or city's province (whose province-wide findings it sees); none for a province or the nation. */
    private String provinceAbove(RegionScope scope) {
        if (scope.isNation()) {
            return null;
        }
        return regions.find(scope.code()).map((Region r) -> r.parentCode).orElse(null);
    }

    // ---- meetings: a meeting concerns the regions it invited ----

    /**
     * The province whose meetings the caller reads (a regency's or city's province, so that its operators
     * see their province's meetings as before); the nation for an account of the whole deployment.
     */
    private RegionScope meetingScope() {
        RegionScope scope = caller.scope();
        if (scope.isNation()) {
            return scope;
        }
        String province = provinceAbove(scope);
        return province == null ? scope : RegionScope.of(province);
    }

    /** Narrows a list of meetings to those inviting a region of the caller's province, or inviting none. */
    public Filter restrictMeetings(Filter filter) {
        RegionScope scope = meetingScope();
        if (scope.isNation()) {
            return filter;
        }
        RegionScope.Predicate invited = scope.predicate("mr.regionCode", ":meetingScope", ":meetingPrefix");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("meetingScope", invited.values().get(0));
        parameters.put("meetingPrefix", invited.values().get(1));
        return filter.where("(id in (select mr.meetingId from MeetingRegion mr where " + invited.condition() + ")"
                + " or id not in (select ar.meetingId from MeetingRegion ar))", parameters);
    }

    public void requireVisible(Meeting meeting) {
        RegionScope scope = meetingScope();
        if (!meeting.regions.isEmpty() && meeting.regions.stream().noneMatch(r -> scope.contains(r.regionCode))) {
            throw caller.regionRefusal();
        }
    }

    /** A scoped officer changes only meetings all of whose invited regions lie within its scope. */
    public void requireMeetingWrite(Iterable<String> invitedRegions) {
        for (String region : invitedRegions) {
            caller.requireRegion(region);
        }
    }

    public void requireMeetingWrite(Meeting meeting) {
        requireMeetingWrite(meeting.regions.stream().map(r -> r.regionCode).toList());
    }

    public void requireVisible(Finding finding) {
        requireVisible(finding.regionCode);
    }

    public void requireVisible(String regionCode) {
        if (!visible(regionCode)) {
            throw Problems.forbidden("finding-scope", FINDING_SCOPE_DETAIL);
        }
    }

    public void requireFindingWrite(String regionCode) {
        caller.requireWritable(regionCode);
    }

    /** Province and national officers follow up within their scope; an operator its own region's only. */
    public void requireFollowUp(Finding finding, Recommendation recommendation) {
        if (!caller.isOperator()) {
            caller.requireRegion(finding.regionCode);
            return;
        }
        RegionScope writes = caller.writeScope();
        if (!writes.contains(finding.regionCode) && !writes.contains(recommendation.responsibleRegionCode)) {
            throw Problems.forbidden("follow-up-scope", "This account follows up only the recommendations of its own region");
        }
    }
}
