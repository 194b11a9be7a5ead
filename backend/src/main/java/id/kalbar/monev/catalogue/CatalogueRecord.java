package id.kalbar.monev.catalogue;

import id.kalbar.monev.common.http.EntityTags;
import jakarta.ws.rs.core.EntityTag;

import java.time.Instant;

/** A catalogue record as the API returns it, able to turn back into the input that would store it again. */
public interface CatalogueRecord<I extends CatalogueInput> {

    String code();

    boolean active();

    Instant updatedAt();

    long version();

    /** The record as an input, with {@code active} as given: what a merge patch or a retirement starts from. */
    I toInput(boolean active);

    default EntityTag entityTag() {
        return EntityTags.of(version(), updatedAt());
    }
}
