package id.kalbar.monev.program;

import id.kalbar.monev.catalogue.CatalogueEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "program")
public class Program extends CatalogueEntity {

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProgramField field;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProgramAuthority authority;

    public String description;

    @Column(name = "mission_alignment")
    public String missionAlignment;

    @Column(name = "ministry_alignment")
    public String ministryAlignment;

    @Column(name = "start_year", nullable = false)
    public int startYear;

    @Column(name = "end_year")
    public Integer endYear;
}
