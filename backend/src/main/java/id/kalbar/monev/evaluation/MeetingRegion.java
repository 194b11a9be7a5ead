package id.kalbar.monev.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

/** A region invited to a meeting, and whether it attended. */
@Entity
@Table(name = "meeting_region")
@IdClass(MeetingRegion.Key.class)
public class MeetingRegion {

    public record Key(UUID meetingId, String regionCode) implements Serializable {
    }

    @Id
    @Column(name = "meeting_id")
    public UUID meetingId;

    @Id
    @Column(name = "region_code")
    public String regionCode;

    @Column(nullable = false)
    public boolean attended;
}
