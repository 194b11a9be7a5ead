package id.kalbar.monev.changes;

import id.kalbar.monev.auth.Caller;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * Which changes a caller reads. Kept in this one place so that wider scopes (a province and its regencies)
 * change only here.
 */
@ApplicationScoped
class ChangeScope {

    private final Caller caller;

    ChangeScope(Caller caller) {
        this.caller = caller;
    }

    /**
     * The region an operator is limited to: its own region's changes plus the region-less ones (catalogue,
     * meetings, agreements), which every operator reads through the API too. Empty for the province and the
     * ministry, who read every change.
     */
    Optional<String> region() {
        return caller.isOperator() ? Optional.of(caller.regionCode().orElseThrow()) : Optional.empty();
    }
}
