package id.kalbar.monev.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Copies a validated input onto its entity: each component of the record onto the entity field of the
 * same name, as it stands (an input normalizes its own values, such as trimming a name). The code and
 * the active flag are left to the shared write path.
 * <p>
 * Jackson writes through the accessors Quarkus generates for an entity's public fields, the same ones a
 * plain {@code entity.name = ...} compiles to, so Hibernate's change tracking sees every change.
 */
final class CatalogueValues {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addMixIn(CatalogueInput.class, SetByTheSharedPath.class)
            .build();

    @JsonIgnoreProperties({"code", "active"})
    private interface SetByTheSharedPath {
    }

    private CatalogueValues() {
    }

    static void copy(CatalogueInput input, CatalogueEntity entity) {
        try {
            MAPPER.updateValue(entity, input);
        } catch (JsonMappingException e) {
            throw new IllegalStateException(input.getClass().getSimpleName() + " does not fit "
                    + entity.getClass().getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
