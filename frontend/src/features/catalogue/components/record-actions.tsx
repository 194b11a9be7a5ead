import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorBanner } from '@/components/error-banner';
import { ApiError } from '@/lib/errors';
import { errorMessage } from '@/lib/error-message';
import { StaleBanner } from '@/components/form/stale-banner';

interface RecordActionsProps {
  code: string;
  active: boolean;
  editTo: string;
  retire: UseMutationResult<unknown, Error, string | null>;
  remove: UseMutationResult<unknown, Error, string | null>;
  /** The ETag the page was read with. */
  etag: string | null;
  onReload: () => void;
  reloading: boolean;
  onDeleted: () => void;
}

type Pending = 'retire' | 'delete' | null;

/** Edit, retire and delete, for the administrator; the last two ask once more first. */
export function RecordActions(props: RecordActionsProps) {
  const { code, active, editTo, retire, remove, etag, onReload, reloading, onDeleted } = props;
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<Pending>(null);
  const error = retire.error ?? remove.error;
  const status = error instanceof ApiError ? error.status : undefined;

  const run = (action: 'retire' | 'delete') => {
    setConfirming(null);
    retire.reset();
    remove.reset();
    if (action === 'retire') retire.mutate(etag);
    else remove.mutate(etag, { onSuccess: onDeleted });
  };

  const reload = () => {
    retire.reset();
    remove.reset();
    onReload();
  };

  return (
    <div className="record-actions">
      {status === 412 && <StaleBanner onReload={reload} reloading={reloading} />}
      {status === 409 && (
        <div className="banner banner-error banner-stacked" role="alert">
          <span>{t('catalogue.messages.inUse')}</span>
          <span className="muted">{errorMessage(error, t)}</span>
        </div>
      )}
      {error && status !== 412 && status !== 409 && <ErrorBanner error={error} />}

      {confirming ? (
        <div
          className="confirm"
          role="group"
          aria-label={confirming === 'retire' ? t('catalogue.actions.retire') : t('catalogue.actions.delete')}
        >
          <p>
            {confirming === 'retire'
              ? t('catalogue.actions.confirmRetire', { code })
              : t('catalogue.actions.confirmDelete', { code })}
          </p>
          <button
            type="button"
            className={confirming === 'delete' ? 'button button-danger' : 'button button-primary'}
            onClick={() => run(confirming)}
          >
            {confirming === 'retire'
              ? t('catalogue.actions.confirmRetireButton')
              : t('catalogue.actions.confirmDeleteButton')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setConfirming(null)}>
            {t('catalogue.actions.cancel')}
          </button>
        </div>
      ) : (
        <div className="button-row">
          <Link to={editTo} className="button button-primary">
            {t('catalogue.actions.edit')}
          </Link>
          {active && (
            <button
              type="button"
              className="button button-secondary"
              disabled={retire.isPending}
              onClick={() => setConfirming('retire')}
            >
              {t('catalogue.actions.retire')}
            </button>
          )}
          <button
            type="button"
            className="button button-secondary button-danger-outline"
            disabled={remove.isPending}
            onClick={() => setConfirming('delete')}
          >
            {t('catalogue.actions.delete')}
          </button>
        </div>
      )}
    </div>
  );
}
