import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/error-banner';
import { Loading } from '@/components/loading';
import { formatInstant } from '@/lib/number-format';
import { type Comment, type ThreadRef, useAddComment, useDeleteComment, useThread } from '../api/comments';
import '../comments.css';

const EDIT_WINDOW_MS = 15 * 60 * 1000;
const MAX_LENGTH = 2000;

interface CommentThreadProps {
  thread: ThreadRef;
  /** Who is reading: their own recent comments can be deleted. */
  username: string | undefined;
  /** The ministry reads threads but does not write in them. */
  canWrite: boolean;
  title?: string;
  id?: string;
  /** Scrolls the thread into view when it appears, for threads opened from a row far above. */
  reveal?: boolean;
}

/** The server sends threads oldest first; kept so here whatever the order, as a conversation reads. */
const oldestFirst = (comments: Comment[]) =>
  [...comments].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));

/** A record's discussion: the comments, oldest first, and a box to add one (with @mentions). */
export function CommentThread({ thread, username, canWrite, title, id, reveal = false }: CommentThreadProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const comments = useThread(thread);
  const add = useAddComment(thread);
  const remove = useDeleteComment(thread);
  const [draft, setDraft] = useState('');
  const section = useRef<HTMLElement>(null);
  const ordered = useMemo(() => comments.data && oldestFirst(comments.data), [comments.data]);

  useEffect(() => {
    if (reveal) section.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [reveal]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim() === '') return;
    add.mutate(draft.trim(), { onSuccess: () => setDraft('') });
  };

  return (
    <section ref={section} id={id} className="comment-thread" aria-label={title ?? t('comments.title')}>
      <h3>{title ?? t('comments.title')}</h3>
      {comments.isPending && <Loading />}
      {comments.isError && <ErrorBanner error={comments.error} onRetry={() => void comments.refetch()} />}
      {ordered &&
        (ordered.length === 0 ? (
          <p className="muted">{t('comments.empty')}</p>
        ) : (
          <ol className="comment-list">
            {ordered.map((comment) => (
              <li key={comment.id} className="comment">
                <p className="comment-meta muted">
                  <strong>{comment.author}</strong> · {formatInstant(comment.createdAt, language)}
                  {comment.editedAt && ` · ${t('comments.edited')}`}
                </p>
                {comment.deleted ? (
                  <p className="comment-body muted">{t('comments.deleted')}</p>
                ) : (
                  <p className="comment-body">{comment.body}</p>
                )}
                {!comment.deleted &&
                  comment.author === username &&
                  Date.now() - new Date(comment.createdAt).getTime() < EDIT_WINDOW_MS && (
                    <button type="button" className="link-button" onClick={() => remove.mutate(comment.id)}>
                      {t('comments.delete')}
                    </button>
                  )}
              </li>
            ))}
          </ol>
        ))}
      {remove.isError && <ErrorBanner error={remove.error} />}
      {canWrite && (
        <form className="comment-form" onSubmit={submit}>
          <label className="field">
            <span>{t('comments.add')}</span>
            <textarea
              value={draft}
              maxLength={MAX_LENGTH}
              rows={3}
              placeholder={t('comments.placeholder')}
              onChange={(event) => setDraft(event.target.value)}
            />
          </label>
          {add.isError && <ErrorBanner error={add.error} />}
          <button type="submit" className="button" disabled={add.isPending || draft.trim() === ''}>
            {t('comments.send')}
          </button>
        </form>
      )}
    </section>
  );
}
