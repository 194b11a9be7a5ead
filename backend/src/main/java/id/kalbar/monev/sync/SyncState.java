package id.kalbar.monev.sync;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** How far this deployment has mirrored one source, and how its last runs went. */
@Entity
@Table(name = "sync_source_state")
public class SyncState extends PanacheEntityBase {

    /** The cursor of the source's change feed before anything was read. */
    static final String START = "0-0";

    @Id
    public String name;

    /** The source's change-feed cursor behind the last change applied here. */
    @Column(nullable = false)
    public String cursor = START;

    @Column(name = "last_run_at")
    public Instant lastRunAt;

    @Column(name = "last_success_at")
    public Instant lastSuccessAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "last_error_at")
    public Instant lastErrorAt;

    @Column(name = "changes_read", nullable = false)
    public long changesRead;

    @Column(name = "records_written", nullable = false)
    public long recordsWritten;

    @Column(name = "last_change_at")
    public Instant lastChangeAt;

    /** A source nothing was read from yet. */
    static SyncState unread(String name) {
        SyncState state = new SyncState();
        state.name = name;
        return state;
    }
}
