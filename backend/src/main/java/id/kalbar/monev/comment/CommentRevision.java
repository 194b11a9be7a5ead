package id.kalbar.monev.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An earlier wording of a comment, kept when its author edits or deletes it. */
@Entity
@Table(name = "comment_revision")
public class CommentRevision {

    @Id
    public UUID id;

    @Column(name = "comment_id", nullable = false)
    public UUID commentId;

    @Column(nullable = false)
    public String body;

    @Column(name = "replaced_at", nullable = false)
    public Instant replacedAt;
}
