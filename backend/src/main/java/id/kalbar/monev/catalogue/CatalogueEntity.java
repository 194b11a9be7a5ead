package id.kalbar.monev.catalogue;

import id.kalbar.monev.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;


/** What every catalogue record has: a stable code, an active flag for retiring, and its change stamps. */
@MappedSuperclass
public abstract class CatalogueEntity extends VersionedEntity {

    @Id
    public String code;

    @Column(nullable = false)
    public boolean active = true;
}
