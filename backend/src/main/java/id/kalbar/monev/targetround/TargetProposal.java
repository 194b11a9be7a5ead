package id.kalbar.monev.targetround;

import id.kalbar.monev.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;

@Entity
@Table(name = "target_proposal")
@IdClass(TargetProposal.Key.class)
public class TargetProposal extends VersionedEntity {

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

    public Key key() {
        return new Key(year, indicatorCode, regionCode);
    }
}
