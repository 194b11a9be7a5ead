package id.kalbar.monev.importing;

import id.kalbar.monev.auth.Caller;
import id.kalbar.monev.auth.RegionScope;
import id.kalbar.monev.auth.Role;

/** Who a bulk load runs for: taken from the request, kept for a load that finishes in the background. */
public record ImportActor(String username, Role role, String regionCode) {

    public static ImportActor of(Caller caller) {
        return new ImportActor(caller.username(), caller.role(), caller.regionCode().orElse(null));
    }

    public boolean operator() {
        return role == Role.OPERATOR;
    }

    /** The regions the load's actor reads and manages. */
    public RegionScope scope() {
        return RegionScope.of(regionCode);
    }

    /** The regions the load's actor writes values for (an operator: its own region alone). */
    public RegionScope writeScope() {
        return RegionScope.forWriting(role, regionCode);
    }
}
