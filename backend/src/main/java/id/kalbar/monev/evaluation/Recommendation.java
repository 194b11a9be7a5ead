package id.kalbar.monev.evaluation;

import id.kalbar.monev.common.persistence.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A solution (rekomendasi) agreed for a finding, and its follow-up status. */
@Entity
@Table(name = "recommendation")
public class Recommendation extends IdentifiedEntity {

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

    /** Past due and not settled. Computed, never stored. */
    public boolean overdue(LocalDate today) {
        return !status.settled() && dueDate.isBefore(today);
    }
}
