package id.kalbar.monev.auth;

import id.kalbar.monev.audit.AuditReaders;
import id.kalbar.monev.common.paging.Filter;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.Map;

/**
 * An administrator or verifier bound to a province reads the actions of the people of its province only:
 * the trail's entries carry no region, but their actors do.
 */
@ApplicationScoped
public class AuditReadersInScope implements AuditReaders {

    private final Caller caller;

    public AuditReadersInScope(Caller caller) {
        this.caller = caller;
    }

    @Override
    public Filter restrictActors(Filter filter, String actorAttribute) {
        RegionScope scope = caller.scope();
        if (scope.isNation()) {
            return filter;
        }
        RegionScope.Predicate people = scope.predicate("u.regionCode", ":auditScope", ":auditScopePrefix");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("auditScope", people.values().get(0));
        parameters.put("auditScopePrefix", people.values().get(1));
        return filter.where(actorAttribute + " in (select u.username from UserAccount u where " + people.condition() + ")",
                parameters);
    }
}
