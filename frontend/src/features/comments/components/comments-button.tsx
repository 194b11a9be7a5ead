import { useTranslation } from 'react-i18next';
import '../comments.css';

interface CommentsButtonProps {
  /** Comments in the thread (deleted ones not counted); no badge at 0. */
  count: number;
  /** What the thread is about, read out with the button: an indicator, a region. */
  subject: string;
  open: boolean;
  /** The id of the thread's section, while it is shown. */
  controls?: string;
  onClick: () => void;
}

/** Opens a record's discussion from its row; the badge tells how many comments wait there. */
export function CommentsButton({ count, subject, open, controls, onClick }: CommentsButtonProps) {
  const { t, i18n } = useTranslation();
  const label =
    count > 0 ? t('comments.openLabelCounted', { subject, count }) : t('comments.openLabel', { subject });
  return (
    <button
      type="button"
      className="button button-secondary button-small comments-button"
      aria-label={label}
      aria-expanded={open}
      aria-controls={open ? controls : undefined}
      title={label}
      onClick={onClick}
    >
      {t('comments.open')}
      {count > 0 && (
        <span className="comment-badge" aria-hidden="true">
          {new Intl.NumberFormat(i18n.resolvedLanguage ?? 'id').format(count)}
        </span>
      )}
    </button>
  );
}
