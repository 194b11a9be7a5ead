package id.kalbar.monev.common.paging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The API field names a list can be sorted by, and the entity attribute each one stands for. */
public final class SortableFields {

    private final Map<String, String> attributes = new LinkedHashMap<>();

    private SortableFields() {
    }

    public static SortableFields of(String... apiFieldThenAttribute) {
        SortableFields fields = new SortableFields();
        for (int i = 0; i < apiFieldThenAttribute.length; i += 2) {
            fields.attributes.put(apiFieldThenAttribute[i], apiFieldThenAttribute[i + 1]);
        }
        return fields;
    }

    Optional<String> attribute(String apiField) {
        return Optional.ofNullable(attributes.get(apiField));
    }

    String names() {
        return String.join(", ", attributes.keySet());
    }
}
