import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorBanner } from '@/components/error-banner';
import { Loading } from '@/components/loading';
import { formatInstant } from '@/lib/number-format';
import { type Notification, useMarkAllRead, useMarkRead, useNotifications } from '../api/notifications';
import '../notifications.css';

export function InboxRoute() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useNotifications(unreadOnly);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const navigate = useNavigate();

  const open = (notification: Notification) => {
    if (!notification.readAt) markRead.mutate(notification.id);
    void navigate(notification.link);
  };

  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('notifications.title')}</h1>
        <div className="inbox-tools">
          <label className="checkbox">
            <input type="checkbox" checked={unreadOnly} onChange={(event) => setUnreadOnly(event.target.checked)} />
            {t('notifications.unreadOnly')}
          </label>
          <button type="button" className="button button-secondary" onClick={() => markAll.mutate()}>
            {t('notifications.markAllRead')}
          </button>
          <Link to="/notifications/settings">{t('notifications.settingsLink')}</Link>
        </div>
      </header>
      {list.isPending && <Loading />}
      {list.isError && <ErrorBanner error={list.error} onRetry={() => void list.refetch()} />}
      {list.data &&
        (list.data.items.length === 0 ? (
          <p className="muted">{t('notifications.empty')}</p>
        ) : (
          <ul className="inbox" aria-label={t('notifications.title')}>
            {list.data.items.map((notification) => (
              <li key={notification.id} className={notification.readAt ? 'inbox-item' : 'inbox-item inbox-item-unread'}>
                <button type="button" className="inbox-open" onClick={() => open(notification)}>
                  <span className="inbox-title">{notification.title}</span>
                  <span className="inbox-body">{notification.body}</span>
                  <span className="muted inbox-time">
                    {formatInstant(notification.createdAt, language)}
                    {!notification.readAt && ` · ${t('notifications.unread')}`}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
