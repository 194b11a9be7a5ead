package id.kalbar.monev.common.persistence;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.util.UUID;

/**
 * A changeable record known by a random id from the moment it is made, so that the rows that belong
 * to it (a meeting's regions) can name it before it is stored. A stored record's own id replaces it.
 */
@MappedSuperclass
public abstract class IdentifiedEntity extends VersionedEntity {

    @Id
    public UUID id = UUID.randomUUID();
}
