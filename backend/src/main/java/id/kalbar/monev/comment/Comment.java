package id.kalbar.monev.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** One comment in the thread of a record; a deleted one keeps its place with its body cleared. */
@Entity
@Table(name = "comment")
public class Comment {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "thread_type", nullable = false)
    public ThreadType threadType;

    @Column(name = "thread_key", nullable = false)
    public String threadKey;

    @Column(nullable = false)
    public String author;

    /** Null once deleted. */
    public String body;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "edited_at")
    public Instant editedAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    @Version
    public long version;

    public Instant changedAt() {
        return deletedAt != null ? deletedAt : editedAt != null ? editedAt : createdAt;
    }
}
