package id.kalbar.monev.realization;

import id.kalbar.monev.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "realization")
@IdClass(RealizationKey.class)
public class Realization extends VersionedEntity {

    @Id
    @Column(name = "indicator_code")
    public String indicatorCode;

    @Id
    @Column(name = "region_code")
    public String regionCode;

    /** As the API writes it: 2025, 2025S1, 2025Q3, 2025-07. */
    @Id
    public String period;

    /** The period's year: part of the key only because the table is partitioned by it. */
    @Id
    @Column(nullable = false)
    public int year;

    /** First day of the period, so that periods sort and compare in SQL. */
    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(nullable = false)
    public BigDecimal value;

    public String note;

    @Column(name = "evidence_url")
    public String evidenceUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RealizationStatus status;

    @Column(name = "return_reason")
    public String returnReason;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "verified_by")
    public String verifiedBy;

    @Column(name = "verified_at")
    public Instant verifiedAt;

    public RealizationKey key() {
        return new RealizationKey(indicatorCode, regionCode, period, year);
    }
}
