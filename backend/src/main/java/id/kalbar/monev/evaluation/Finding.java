package id.kalbar.monev.evaluation;

import id.kalbar.monev.common.persistence.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A problem found (temuan), in a meeting or between meetings. */
@Entity
@Table(name = "finding")
public class Finding extends IdentifiedEntity {

    @Column(name = "meeting_id")
    public UUID meetingId;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "program_code")
    public String programCode;

    @Column(name = "indicator_code")
    public String indicatorCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FindingCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description;

    @Column(name = "found_on", nullable = false)
    public LocalDate foundOn;

    /** Kept by the service from the recommendations' statuses, never set by hand. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FindingStatus status = FindingStatus.OPEN;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
