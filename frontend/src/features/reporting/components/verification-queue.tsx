import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/error-banner';
import { NoticeBanner } from '@/components/notice-banner';
import { formatDecimal, formatInstant } from '@/lib/number-format';
import type { Indicator } from '../api/types';
import { type RealizationKey, useReturnRealization, useVerifyRealization } from '../api/write-realizations';
import type { QueueGroup, QueueRow } from './queue-rows';
import { ReturnDialog } from './return-dialog';

interface VerificationQueueProps {
  groups: QueueGroup[];
  indicators: ReadonlyMap<string, Pick<Indicator, 'name' | 'unit'>>;
  regionNames: ReadonlyMap<string, string>;
}

const keyOf = (row: QueueRow): RealizationKey => ({
  indicatorCode: row.realization.indicatorCode,
  regionCode: row.realization.regionCode,
  period: row.realization.period,
});

/** Submitted values by region, each to verify or to return with a reason. */
export function VerificationQueue({ groups, indicators, regionNames }: VerificationQueueProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const verify = useVerifyRealization();
  const giveBack = useReturnRealization();
  const [returning, setReturning] = useState<QueueRow | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const describe = (row: QueueRow) => ({
    indicator: indicators.get(row.realization.indicatorCode)?.name ?? row.realization.indicatorCode,
    region: regionNames.get(row.realization.regionCode) ?? row.realization.regionCode,
    period: row.realization.period,
  });
  const number = (value: number | null | undefined) => formatDecimal(value, language) ?? t('reporting.none');

  function onVerify(row: QueueRow) {
    setNotice(null);
    setFailure(null);
    verify.mutate(keyOf(row), {
      onSuccess: () => setNotice(t('reporting.verification.verified', describe(row))),
      onError: setFailure,
    });
  }

  function onReturn(row: QueueRow, reason: string) {
    setNotice(null);
    setFailure(null);
    giveBack.mutate(
      { key: keyOf(row), reason },
      {
        onSuccess: () => {
          setReturning(null);
          setNotice(t('reporting.verification.returned', describe(row)));
        },
        onError: (error) => {
          setReturning(null);
          setFailure(error);
        },
      },
    );
  }

  return (
    <div className="verification-queue">
      {notice && <NoticeBanner>{notice}</NoticeBanner>}
      {failure !== null && <ErrorBanner error={failure} />}
      {groups.length === 0 && <p className="muted">{t('reporting.verification.empty')}</p>}
      {groups.map((group) => {
        const regionName = regionNames.get(group.regionCode) ?? group.regionCode;
        const headingId = `queue-${group.regionCode}`;
        return (
          <section key={group.regionCode} className="queue-group" aria-labelledby={headingId}>
            <h2 id={headingId}>
              {regionName}{' '}
              <span className="muted small">
                {group.regionCode} · {t('reporting.verification.groupCount', { count: group.rows.length })}
              </span>
            </h2>
            <div className="table-wrapper">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('reporting.verification.column.indicator')}</th>
                    <th scope="col">{t('reporting.verification.column.period')}</th>
                    <th scope="col" className="numeric">
                      {t('reporting.verification.column.value')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('reporting.verification.column.target')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('reporting.verification.column.previous')}
                    </th>
                    <th scope="col">{t('reporting.verification.column.evidence')}</th>
                    <th scope="col">{t('reporting.verification.column.submitted')}</th>
                    <th scope="col">{t('reporting.verification.column.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {group.rows.map((row) => {
                    const { realization } = row;
                    const words = describe(row);
                    const indicator = indicators.get(realization.indicatorCode);
                    const busy =
                      (verify.isPending && verify.variables?.indicatorCode === realization.indicatorCode) ||
                      (giveBack.isPending && giveBack.variables?.key.indicatorCode === realization.indicatorCode);
                    return (
                      <tr key={`${realization.indicatorCode}|${realization.period}`}>
                        <td>
                          <span className="code muted small">{realization.indicatorCode}</span>
                          <div>{words.indicator}</div>
                          {realization.note && <div className="muted small">{realization.note}</div>}
                        </td>
                        <td className="code">{realization.period}</td>
                        <td className="numeric">
                          <strong>{number(realization.value)}</strong>{' '}
                          <span className="muted small">{indicator?.unit}</span>
                        </td>
                        <td className="numeric">
                          {row.targetIsAnnual
                            ? t('reporting.verification.annualTarget', { value: number(row.target) })
                            : number(row.target)}
                        </td>
                        <td className="numeric">
                          {number(row.previous?.value)}
                          <div className="muted small code">{row.previousPeriod}</div>
                        </td>
                        <td>
                          {realization.evidenceUrl ? (
                            <a href={realization.evidenceUrl} target="_blank" rel="noopener noreferrer">
                              {t('reporting.verification.evidenceLink')}
                            </a>
                          ) : (
                            <span className="muted">{t('reporting.verification.noEvidence')}</span>
                          )}
                        </td>
                        <td className="small">
                          {realization.submittedBy}
                          {realization.submittedAt && (
                            <div className="muted">{formatInstant(realization.submittedAt, language)}</div>
                          )}
                        </td>
                        <td>
                          <div className="button-row nowrap">
                            <button
                              type="button"
                              className="button button-primary button-small"
                              disabled={busy}
                              aria-label={t('reporting.verification.verifyLabel', words)}
                              onClick={() => onVerify(row)}
                            >
                              {t('reporting.verification.verify')}
                            </button>
                            <button
                              type="button"
                              className="button button-secondary button-small"
                              disabled={busy}
                              aria-label={t('reporting.verification.returnLabel', words)}
                              onClick={() => setReturning(row)}
                            >
                              {t('reporting.verification.return')}
                            </button>
                          </div>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
      {returning && (
        <ReturnDialog
          summary={t('reporting.verification.dialog.intro', {
            ...describe(returning),
            value: number(returning.realization.value),
          })}
          busy={giveBack.isPending}
          onCancel={() => setReturning(null)}
          onConfirm={(reason) => onReturn(returning, reason)}
        />
      )}
    </div>
  );
}
