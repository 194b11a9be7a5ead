package id.kalbar.monev.evaluation;

import id.kalbar.monev.common.persistence.IdentifiedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "meeting")
public class Meeting extends IdentifiedEntity {

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
}
