package id.kalbar.monev.evaluation;

import id.kalbar.monev.common.persistence.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A kesepakatan of a meeting: what was agreed, who owns it, by when. */
@Entity
@Table(name = "agreement")
public class Agreement extends IdentifiedEntity {

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(nullable = false)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_level", nullable = false)
    public ResponsibleLevel ownerLevel;

    @Column(name = "owner_region_code")
    public String ownerRegionCode;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgreementStatus status;
}
