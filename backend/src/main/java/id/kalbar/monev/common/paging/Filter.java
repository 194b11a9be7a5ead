package id.kalbar.monev.common.paging;

import io.quarkus.panache.common.Parameters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds the HQL condition of a list from the filters the client actually gave. */
public final class Filter {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    public Filter equal(String attribute, Object value) {
        if (value != null) {
            String name = parameterName(attribute);
            conditions.add(attribute + " = :" + name);
            parameters.and(name, value);
        }
        return this;
    }

    public Filter updatedSince(Instant since) {
        if (since != null) {
            conditions.add("updatedAt >= :updatedSince");
            parameters.and("updatedSince", since);
        }
        return this;
    }

    public String query() {
        return String.join(" and ", conditions);
    }

    public Parameters parameters() {
        return parameters;
    }

    private String parameterName(String attribute) {
        return attribute.replace('.', '_') + conditions.size();
    }
}
