import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/error-banner';
import type { Realization } from '../api/types';
import { useDeleteRealization } from '../api/write-realizations';

interface DeleteDraftButtonProps {
  /** The saved value; the action shows only for drafts and returned values. */
  realization: Realization | undefined;
  indicatorName: string;
  /** False while the period is locked to the user. */
  enabled: boolean;
}

/**
 * "Hapus draf": deletes a saved draft or returned value after a confirmation, so that it does not go
 * out with "submit all". The server refuses it if the value changed since it was read.
 */
export function DeleteDraftButton({ realization, indicatorName, enabled }: DeleteDraftButtonProps) {
  const { t } = useTranslation();
  const remove = useDeleteRealization();
  const [confirming, setConfirming] = useState(false);
  if (!realization || !enabled || (realization.status !== 'DRAFT' && realization.status !== 'RETURNED')) return null;

  if (!confirming) {
    return (
      <button
        type="button"
        className="button button-secondary button-small button-danger-outline"
        aria-label={t('reporting.deleteDraft.label', { indicator: indicatorName })}
        onClick={() => {
          remove.reset();
          setConfirming(true);
        }}
      >
        {t('reporting.deleteDraft.action')}
      </button>
    );
  }
  return (
    <div className="delete-draft" role="group" aria-label={t('reporting.deleteDraft.label', { indicator: indicatorName })}>
      <span className="small">{t('reporting.deleteDraft.confirm')}</span>
      <span className="button-row">
        <button
          type="button"
          className="button button-danger button-small"
          disabled={remove.isPending}
          onClick={() => remove.mutate(realization, { onSuccess: () => setConfirming(false) })}
        >
          {t('reporting.deleteDraft.yes')}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={() => setConfirming(false)}>
          {t('reporting.deleteDraft.no')}
        </button>
      </span>
      {remove.error && <ErrorBanner error={remove.error} />}
    </div>
  );
}
