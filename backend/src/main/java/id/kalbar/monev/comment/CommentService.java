package id.kalbar.monev.comment;

import id.kalbar.monev.auth.Caller;
import id.kalbar.monev.auth.RegionScope;
import id.kalbar.monev.common.http.EntityTags;
import id.kalbar.monev.common.http.Preconditions;
import id.kalbar.monev.common.problem.Problems;
import id.kalbar.monev.common.problem.WorkflowProblems;
import id.kalbar.monev.notification.NotificationKind;
import id.kalbar.monev.notification.NotificationService;
import id.kalbar.monev.notification.Recipients;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Threads of comments on records. Reading a thread is reading its record (the record's feature decides);
 * writing needs a role that writes (the ministry reads only); only the author changes a comment, and only
 * for a short while after writing it, keeping each earlier wording.
 */
@ApplicationScoped
public class CommentService {

    static final Pattern MENTION = Pattern.compile("(?<![\\w@])@([A-Za-z0-9][A-Za-z0-9._-]{0,63})");

    @ApplicationScoped
    public static class Comments implements PanacheRepositoryBase<Comment, UUID> {
    }

    @ApplicationScoped
    public static class Revisions implements PanacheRepositoryBase<CommentRevision, UUID> {
    }

    private final Comments comments;
    private final Revisions revisions;
    private final ThreadSubjects subjects;
    private final NotificationService notifications;
    private final Recipients recipients;
    private final Caller caller;
    private final Duration editWindow;

    public CommentService(Comments comments, Revisions revisions, ThreadSubjects subjects, NotificationService notifications,
                          Recipients recipients, Caller caller,
                          @ConfigProperty(name = "monev.comments.edit-window", defaultValue = "PT15M") Duration editWindow) {
        this.comments = comments;
        this.revisions = revisions;
        this.subjects = subjects;
        this.notifications = notifications;
        this.recipients = recipients;
        this.caller = caller;
        this.editWindow = editWindow;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CommentResponse> thread(ThreadSubject subject) {
        List<Comment> found = comments.list("threadType = ?1 and threadKey = ?2 order by createdAt, id", subject.type(),
                subject.key());
        Map<UUID, List<CommentRevision>> history = found.isEmpty() ? Map.of()
                : revisions.list("commentId in ?1 order by replacedAt", found.stream().map(c -> c.id).toList()).stream()
                .collect(Collectors.groupingBy(r -> r.commentId));
        return found.stream().map(c -> toResponse(c, history.getOrDefault(c.id, List.of()), subject)).toList();
    }

    @Transactional
    public CommentResponse add(ThreadSubject subject, CommentInput input) {
        String body = cleaned(input);
        Comment comment = new Comment();
        comment.id = UUID.randomUUID();
        comment.threadType = subject.type();
        comment.threadKey = subject.key();
        comment.author = caller.username();
        comment.body = body;
        comment.createdAt = Instant.now();
        List<String> participants = comments.list("threadType = ?1 and threadKey = ?2", subject.type(), subject.key())
                .stream().map(c -> c.author).distinct().toList();
        comments.persistAndFlush(comment);

        List<String> mentioned = mentionsInScope(body, subject);
        String excerpt = body.length() > 280 ? body.substring(0, 279) + "…" : body;
        tell(mentioned, comment.author, NotificationKind.MENTION,
                comment.author + " menyebut Anda pada " + subject.title(), excerpt, subject);
        Set<String> told = new LinkedHashSet<>(participants);
        told.addAll(recipients.operatorsOf(subject.regionCode()));
        mentioned.forEach(told::remove);
        tell(told, comment.author, NotificationKind.COMMENT,
                "Komentar baru dari " + comment.author + " pada " + subject.title(), excerpt, subject);
        return toResponse(comment, List.of(), subject);
    }

    /** Operators are sent to the record where their region works on it, province officers to where they do. */
    private void tell(java.util.Collection<String> users, String author, NotificationKind kind, String title, String body,
                      ThreadSubject subject) {
        Map<Boolean, List<String>> byOperator = users.stream().collect(Collectors.partitioningBy(
                u -> recipients.account(u).map(Recipients.Account::operator).orElse(true)));
        notifications.notify(byOperator.get(true), author, kind, title, body, subject.link());
        notifications.notify(byOperator.get(false), author, kind, title, body, subject.provinceLink());
    }

    @Transactional
    public CommentResponse edit(UUID id, CommentInput input, String ifMatch) {
        String body = cleaned(input);
        Comment comment = ownForChange(id, ifMatch);
        keepRevision(comment);
        comment.body = body;
        comment.editedAt = Instant.now();
        comments.flush();
        ThreadSubject subject = subjects.of(comment.threadType, comment.threadKey);
        return toResponse(comment, revisions.list("commentId = ?1 order by replacedAt", id), subject);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Comment comment = ownForChange(id, ifMatch);
        keepRevision(comment);
        comment.body = null;
        comment.deletedAt = Instant.now();
        comments.flush();
    }

    /** A comment the caller may change: one it may read, wrote itself, not deleted, within the edit window. */
    private Comment ownForChange(UUID id, String ifMatch) {
        Comment comment = comments.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Problems.notFound("Comment", id.toString()));
        subjects.of(comment.threadType, comment.threadKey);
        if (!comment.author.equals(caller.username())) {
            throw Problems.forbidden("Only the author changes a comment");
        }
        if (comment.deletedAt != null) {
            throw WorkflowProblems.wrongState("The comment is deleted");
        }
        if (Instant.now().isAfter(comment.createdAt.plus(editWindow))) {
            throw WorkflowProblems.wrongState("A comment can be changed only within " + editWindow.toMinutes()
                    + " minutes of writing it");
        }
        Preconditions.checkIfMatch(ifMatch, EntityTags.of(comment.version, comment.changedAt()));
        return comment;
    }

    private void keepRevision(Comment comment) {
        CommentRevision revision = new CommentRevision();
        revision.id = UUID.randomUUID();
        revision.commentId = comment.id;
        revision.body = comment.body;
        revision.replacedAt = Instant.now();
        revisions.persist(revision);
    }

    /** The users mentioned who may read the record: province accounts, and operators of the record's region. */
    List<String> mentionsInScope(String body, ThreadSubject subject) {
        List<String> result = new ArrayList<>();
        for (String username : mentionedNames(body)) {
            recipients.account(username).filter(a -> inScope(a, subject)).ifPresent(a -> result.add(a.username()));
        }
        return result;
    }

    /** Whether the account reads the record: within its scope, or a province-wide record of its own province. */
    private boolean inScope(Recipients.Account account, ThreadSubject subject) {
        if (RegionScope.of(account.regionCode()).contains(subject.regionCode())) {
            return true;
        }
        return subject.provinceWide() && account.regionCode() != null
                && recipients.parentOf(account.regionCode()).map(subject.regionCode()::equals).orElse(false);
    }

    static Set<String> mentionedNames(String body) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(body);
        while (m.find()) {
            String name = m.group(1);
            while (name.endsWith(".") || name.endsWith("-")) {
                name = name.substring(0, name.length() - 1);
            }
            names.add(name);
        }
        return names;
    }

    /** Trimmed plain text; control characters other than line breaks and tabs are refused. */
    private static String cleaned(CommentInput input) {
        String body = input.body() == null ? "" : input.body().strip();
        if (body.isEmpty()) {
            throw Problems.validation("body", "must not be blank");
        }
        if (body.length() > CommentInput.MAX_LENGTH) {
            throw Problems.validation("body", "must be at most " + CommentInput.MAX_LENGTH + " characters");
        }
        boolean control = body.codePoints().anyMatch(c -> (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')
                || Character.getType(c) == Character.FORMAT && c != 0x200D);
        if (control) {
            throw Problems.validation("body", "must not contain control characters");
        }
        return body.replace("\r\n", "\n");
    }

    private CommentResponse toResponse(Comment c, List<CommentRevision> history, ThreadSubject subject) {
        boolean deleted = c.deletedAt != null;
        return new CommentResponse(c.id, c.threadType, c.threadKey, c.author, c.body,
                deleted ? List.of() : mentionsInScope(c.body, subject), deleted, c.createdAt, c.editedAt,
                deleted ? List.of() : history.stream().map(r -> new CommentResponse.Revision(r.body, r.replacedAt)).toList(),
                c.version);
    }

    public static jakarta.ws.rs.core.EntityTag tag(CommentResponse comment) {
        return EntityTags.of(comment.version(), comment.editedAt() != null ? comment.editedAt() : comment.createdAt());
    }
}
