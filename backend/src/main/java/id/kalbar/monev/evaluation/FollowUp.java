package id.kalbar.monev.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A dated action (tindak lanjut) on a recommendation; never edited, so the history stays as it was. */
@Entity
@Table(name = "follow_up")
public class FollowUp {

    @Id
    public UUID id;

    @Column(name = "recommendation_id", nullable = false)
    public UUID recommendationId;

    @Column(name = "action_date", nullable = false)
    public LocalDate date;

    @Column(nullable = false)
    public String description;

    @Column(name = "evidence_url")
    public String evidenceUrl;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_status")
    public RecommendationStatus newStatus;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @PrePersist
    void onCreate() {
        if (id == null) {
            id = UUID.randomUUID();
        }
        createdAt = Instant.now();
    }
}
