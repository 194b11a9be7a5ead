package id.kalbar.monev.evaluation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "meeting")
public class Meeting {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Column(name = "meeting_date", nullable = false)
    public LocalDate date;

    @Column(nullable = false)
    public String place;

    @Column(nullable = false)
    public int year;

    /** The periods evaluated, comma-separated (2022Q2,2022S1). */
    @Column(nullable = false)
    public String periods = "";

    public String minutes;

    @OneToMany(mappedBy = "meetingId", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("regionCode")
    public List<MeetingRegion> regions = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

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
