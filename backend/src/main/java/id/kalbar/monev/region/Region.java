package id.kalbar.monev.region;

import id.kalbar.monev.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;


@Entity
@Table(name = "region")
public class Region extends VersionedEntity {

    /** Kemendagri code, e.g. 61.71. */
    @Id
    public String code;

    @Column(name = "bps_code", nullable = false, unique = true)
    public String bpsCode;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RegionLevel level;

    @Column(name = "parent_code")
    public String parentCode;
}
