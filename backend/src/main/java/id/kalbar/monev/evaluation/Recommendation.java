package id.kalbar.monev.evaluation;

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
import java.time.LocalDate;
import java.util.UUID;

/** A solution (rekomendasi) agreed for a finding, and its follow-up status. */
@Entity
@Table(name = "recommendation")
public class Recommendation {

    @Id
    public UUID id;

    @Column(name = "finding_id", nullable = false)
    public UUID findingId;

    @Column(nullable = false)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "responsible_level", nullable = false)
    public ResponsibleLevel responsibleLevel;

    @Column(name = "responsible_region_code")
    public String responsibleRegionCode;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RecommendationStatus status = RecommendationStatus.NOT_ACTED;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** Past due and not settled. Computed, never stored. */
    public boolean overdue(LocalDate today) {
        return !status.settled() && dueDate.isBefore(today);
    }

    @PrePersist
    void onCreate() {
        if (id == null) {
            id = UUID.randomUUID();
        }
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }
}
