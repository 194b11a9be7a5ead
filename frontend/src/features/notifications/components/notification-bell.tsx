import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUnreadCount } from '../api/notifications';
// With the bell, which every signed-in page shows: not only with the inbox's own chunk.
import '../notifications.css';

/** The header's bell: the unread count, one click from the inbox. */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const unread = useUnreadCount().data?.unread ?? 0;
  const label = t('notifications.bell', { count: unread });
  return (
    <Link to="/notifications" className="notification-bell" aria-label={label} title={label}>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 && (
        <span className="notification-count" data-testid="unread-count">
          {new Intl.NumberFormat(i18n.resolvedLanguage ?? 'id').format(unread)}
        </span>
      )}
    </Link>
  );
}
