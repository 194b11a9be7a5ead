package id.kalbar.monev.importing;

import id.kalbar.monev.auth.Caller;
import id.kalbar.monev.auth.Role;

/** Who a bulk load runs for: taken from the request, kept for a load that finishes in the background. */
public record ImportActor(String username, Role role, String regionCode) {

    public static ImportActor of(Caller caller) {
        return new ImportActor(caller.username(), caller.role(), caller.regionCode().orElse(null));
    }

    public boolean operator() {
        return role == Role.OPERATOR;
    }
}
