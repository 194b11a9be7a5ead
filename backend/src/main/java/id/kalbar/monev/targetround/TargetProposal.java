package id.kalbar.monev.targetround;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "target_proposal")
@IdClass(TargetProposal.Key.class)
public class TargetProposal {

    public record Key(int year, String indicatorCode, String regionCode) implements Serializable {
        @Override
        public String toString() {
            return year + "/" + indicatorCode + "/" + regionCode;
        }
    }

    @Id
    public int year;

    @Id
    @Column(name = "indicator_code")
    public String indicatorCode;

    @Id
    @Column(name = "region_code")
    public String regionCode;

    @Column(nullable = false)
    public BigDecimal value;

    public String justification;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProposalStatus status;

    /** The value that becomes the target: the proposal, or the province's adjustment. */
    @Column(name = "agreed_value")
    public BigDecimal agreedValue;

    @Column(name = "review_reason")
    public String reviewReason;

    @Column(name = "proposed_by", nullable = false)
    public String proposedBy;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "suggested_value")
    public BigDecimal suggestedValue;

    @Column(name = "suggestion_basis", nullable = false)
    public String suggestionBasis;

    /** Comma-separated {@link ProposalFlag}s. */
    @Column(nullable = false)
    public String flags = "";

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public Key key() {
        return new Key(year, indicatorCode, regionCode);
    }

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
