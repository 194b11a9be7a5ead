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

    /** Case-insensitive substring match of free text on any of the attributes. */
    public Filter matches(String text, String... attributes) {
        if (text != null && !text.isBlank()) {
            String name = "text" + conditions.size();
            List<String> alternatives = new ArrayList<>();
            for (String attribute : attributes) {
                alternatives.add("lower(" + attribute + ") like :" + name + " escape '\\'");
            }
            conditions.add("(" + String.join(" or ", alternatives) + ")");
            parameters.and(name, "%" + escapeLike(text.trim().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        return this;
    }

    /** Any HQL condition with one named parameter, when the value is given. */
    public Filter where(String condition, String parameter, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.and(parameter, value);
        }
        return this;
    }

    /** Any HQL condition with several named parameters, always applied. */
    public Filter where(String condition, java.util.Map<String, Object> named) {
        conditions.add(condition);
        named.forEach(parameters::and);
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

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private String parameterName(String attribute) {
        return attribute.replace('.', '_') + conditions.size();
    }
}
