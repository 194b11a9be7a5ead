import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/error-banner';
import { ApiError } from '@/lib/errors';
import { formatDecimal } from '@/lib/number-format';
import { periodInWords } from '@/lib/periods';
import { getRealizations } from '../api/get-realizations';
import { type Indicator, reportingKeys } from '../api/types';
import { useVerifyPeriod } from '../api/write-realizations';

interface VerifyAllDialogProps {
  regionCode: string;
  regionName: string;
  period: string;
  indicators: ReadonlyMap<string, Pick<Indicator, 'name' | 'unit'>>;
  onDone: (count: number) => void;
  onCancel: () => void;
}

/**
 * Verifies one region's period at once, after a look: the dialog loads every value of it that
 * waits, lists them with their count, and sends exactly those (with their versions). If one was
 * submitted, changed or returned meanwhile, the server refuses and the list is loaded again.
 */
export function VerifyAllDialog({ regionCode, regionName, period, indicators, onDone, onCancel }: VerifyAllDialogProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const titleId = useId();
  const cancelButton = useRef<HTMLButtonElement>(null);
  const [stale, setStale] = useState(false);
  const look = useQuery({
    queryKey: reportingKeys.realizationList({ region: regionCode, period, status: 'SUBMITTED', look: true }),
    queryFn: () => getRealizations({ region: regionCode, period, status: 'SUBMITTED', sort: 'indicatorCode' }),
    staleTime: 0,
  });
  const verifyAll = useVerifyPeriod();
  const seen = look.data ?? [];
  const periodWords = periodInWords(period, language);

  useEffect(() => cancelButton.current?.focus(), []);

  function confirm() {
    setStale(false);
    verifyAll.mutate(
      { regionCode, period, seen },
      {
        onSuccess: (result) => onDone(result.verified.length),
        onError: (error) => {
          if (error instanceof ApiError && error.status === 412) {
            setStale(true);
            verifyAll.reset();
            void look.refetch();
          }
        },
      },
    );
  }

  return (
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(event) => event.key === 'Escape' && onCancel()}
      >
        <h2 id={titleId}>{t('reporting.verification.verifyAllDialog.title', { region: regionName, period: periodWords })}</h2>
        {stale && <p className="banner banner-notice">{t('reporting.verification.verifyAllDialog.stale')}</p>}
        {verifyAll.error && <ErrorBanner error={verifyAll.error} />}
        {look.isError && <ErrorBanner error={look.error} onRetry={() => void look.refetch()} />}
        {look.isPending || look.isFetching ? (
          <p className="muted">{t('reporting.verification.verifyAllDialog.loading')}</p>
        ) : seen.length === 0 ? (
          <p>{t('reporting.verification.verifyAllDialog.nothing')}</p>
        ) : (
          <>
            <p>{t('reporting.verification.verifyAllDialog.intro', { count: seen.length })}</p>
            <ul className="verify-all-list">
              {seen.map((value) => (
                <li key={value.indicatorCode}>
                  <span>{indicators.get(value.indicatorCode)?.name ?? value.indicatorCode}</span>{' '}
                  <strong>{formatDecimal(value.value, language)}</strong>{' '}
                  <span className="muted small">{indicators.get(value.indicatorCode)?.unit}</span>
                </li>
              ))}
            </ul>
          </>
        )}
        <div className="button-row">
          <button
            type="button"
            className="button button-primary"
            disabled={look.isPending || look.isFetching || seen.length === 0 || verifyAll.isPending}
            onClick={confirm}
          >
            {t('reporting.verification.verifyAllDialog.confirm', { count: seen.length })}
          </button>
          <button ref={cancelButton} type="button" className="button button-secondary" onClick={onCancel}>
            {t('reporting.verification.verifyAllDialog.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
