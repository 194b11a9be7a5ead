package id.kalbar.monev.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

@Entity
@Table(name = "program")
public class Program {

    @Id
    public String code;

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

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }
}
