package id.kalbar.monev.changes;

import id.kalbar.monev.auth.Caller;
import id.kalbar.monev.auth.RegionScope;
import jakarta.enterprise.context.ApplicationScoped;


/** Which changes a caller reads: those of the regions in its scope, and the region-less ones. */
@ApplicationScoped
class ChangeScope {

    private final Caller caller;

    ChangeScope(Caller caller) {
        this.caller = caller;
    }

    /**
     * The caller's scope: the nation reads every change; an account bound to a region reads the changes of
     * the regions in its scope plus the region-less ones (catalogue, meetings, agreements), which it reads
     * through the API too.
     */
    RegionScope regions() {
        return caller.scope();
    }
}
