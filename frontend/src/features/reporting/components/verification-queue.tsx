import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/error-banner';
import { NoticeBanner } from '@/components/notice-banner';
import { CommentsButton, useCommentCounts } from '@/features/comments';
import { formatDecimal, formatInstant } from '@/lib/number-format';
import { periodInWords } from '@/lib/periods';
import type { Indicator } from '../api/types';
import { etagOf, type RealizationKey, useReturnRealization, useVerifyRealization } from '../api/write-realizations';
import { daysWaiting, type QueueGroup, type QueueRow } from './queue-rows';
import { ReturnDialog } from './return-dialog';
import { VerifyAllDialog } from './verify-all-dialog';
import './verification-queue.css';

interface VerificationQueueProps {
  groups: QueueGroup[];
  indicators: ReadonlyMap<string, Pick<Indicator, 'name' | 'unit'>>;
  regionNames: ReadonlyMap<string, string>;
  /** The value whose discussion is open beside the queue. */
  openThread?: RealizationKey | null;
  /** Opens a value's discussion, or closes the open one; without it rows offer no discussion. */
  onToggleThread?: (key: RealizationKey) => void;
  /** The id of the discussion's section, for the buttons that open it. */
  threadId?: string;
}

const keyOf = (row: QueueRow): RealizationKey => ({
  indicatorCode: row.realization.indicatorCode,
  regionCode: row.realization.regionCode,
  period: row.realization.period,
});

/**
 * Submitted values by region (and period, when grouped so), each to verify or to return with a
 * reason, sending the ETag of the value as seen; a region's period can be verified at once.
 */
export function VerificationQueue({
  groups,
  indicators,
  regionNames,
  openThread = null,
  onToggleThread,
  threadId,
}: VerificationQueueProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const verify = useVerifyRealization();
  const giveBack = useReturnRealization();
  const [returning, setReturning] = useState<QueueRow | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [verifyingAll, setVerifyingAll] = useState<QueueGroup | null>(null);
  const commentCount = useCommentCounts(
    groups.flatMap((group) =>
      group.rows.map((row) => ({
        kind: 'realization' as const,
        regionCode: row.realization.regionCode,
        period: row.realization.period,
      })),
    ),
    { enabled: !!onToggleThread },
  );
  const isOpen = (key: RealizationKey) =>
    openThread?.indicatorCode === key.indicatorCode &&
    openThread.regionCode === key.regionCode &&
    openThread.period === key.period;

  const describe = (row: QueueRow) => ({
    indicator: indicators.get(row.realization.indicatorCode)?.name ?? row.realization.indicatorCode,
    region: regionNames.get(row.realization.regionCode) ?? row.realization.regionCode,
    period: periodInWords(row.realization.period, language),
  });
  const number = (value: number | null | undefined) => formatDecimal(value, language) ?? t('reporting.none');
  const waiting = (submittedAt: string) => {
    const days = daysWaiting(submittedAt);
    return days ? t('reporting.verification.waiting', { days }) : t('reporting.verification.waitingToday');
  };

  function onVerify(row: QueueRow) {
    setNotice(null);
    setFailure(null);
    verify.mutate({ key: keyOf(row), etag: etagOf(row.realization) }, {
      onSuccess: () => setNotice(t('reporting.verification.verified', describe(row))),
      onError: setFailure,
    });
  }

  function onReturn(row: QueueRow, reason: string) {
    setNotice(null);
    setFailure(null);
    giveBack.mutate(
      { key: keyOf(row), reason, etag: etagOf(row.realization) },
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
        const groupKey = group.period ? `${group.regionCode}-${group.period}` : group.regionCode;
        const headingId = `queue-${groupKey}`;
        const periodWords = group.period ? periodInWords(group.period, language) : null;
        return (
          <section key={groupKey} className="queue-group" aria-labelledby={headingId}>
            <div className="queue-group-header">
              <h2 id={headingId}>
                {regionName}
                {periodWords && ` — ${periodWords}`}{' '}
                <span className="muted small">
                  {group.regionCode} · {t('reporting.verification.groupCount', { count: group.rows.length })}
                </span>
              </h2>
              {group.period && (
                <button
                  type="button"
                  className="button button-primary button-small"
                  aria-label={t('reporting.verification.verifyAllLabel', { region: regionName, period: periodWords })}
                  onClick={() => {
                    setNotice(null);
                    setFailure(null);
                    setVerifyingAll(group);
                  }}
                >
                  {t('reporting.verification.verifyAll')}
                </button>
              )}
            </div>
            <div className="table-wrapper">
              <table className="data-table queue-table">
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
                      (verify.isPending && verify.variables?.key.indicatorCode === realization.indicatorCode) ||
                      (giveBack.isPending && giveBack.variables?.key.indicatorCode === realization.indicatorCode);
                    return (
                      <tr key={`${realization.indicatorCode}|${realization.period}`}>
                        <td data-label={t('reporting.verification.column.indicator')}>
                          <span className="code muted small">{realization.indicatorCode}</span>
                          <div>{words.indicator}</div>
                          {realization.note && <div className="muted small">{realization.note}</div>}
                          {onToggleThread && (
                            <CommentsButton
                              count={commentCount({ kind: 'realization', ...keyOf(row) })}
                              subject={t('reporting.verification.threadSubject', words)}
                              open={isOpen(keyOf(row))}
                              controls={threadId}
                              onClick={() => onToggleThread(keyOf(row))}
                            />
                          )}
                        </td>
                        <td data-label={t('reporting.verification.column.period')}>{words.period}</td>
                        <td className="numeric" data-label={t('reporting.verification.column.value')}>
                          <strong>{number(realization.value)}</strong>{' '}
                          <span className="muted small">{indicator?.unit}</span>
                        </td>
                        <td className="numeric" data-label={t('reporting.verification.column.target')}>
                          {row.targetIsAnnual
                            ? t('reporting.verification.annualTarget', { value: number(row.target) })
                            : number(row.target)}
                        </td>
                        <td className="numeric" data-label={t('reporting.verification.column.previous')}>
                          {number(row.previous?.value)}
                          <div className="muted small">{periodInWords(row.previousPeriod, language)}</div>
                        </td>
                        <td data-label={t('reporting.verification.column.evidence')}>
                          {realization.evidenceUrl ? (
                            <a href={realization.evidenceUrl} target="_blank" rel="noopener noreferrer">
                              {t('reporting.verification.evidenceLink')}
                            </a>
                          ) : (
                            <span className="muted">{t('reporting.verification.noEvidence')}</span>
                          )}
                        </td>
                        <td className="small" data-label={t('reporting.verification.column.submitted')}>
                          {realization.submittedBy}
                          {realization.submittedAt && (
                            <div className="muted">
                              {formatInstant(realization.submittedAt, language)} · {waiting(realization.submittedAt)}
                            </div>
                          )}
                        </td>
                        <td className="queue-actions">
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
      {verifyingAll?.period && (
        <VerifyAllDialog
          regionCode={verifyingAll.regionCode}
          regionName={regionNames.get(verifyingAll.regionCode) ?? verifyingAll.regionCode}
          period={verifyingAll.period}
          indicators={indicators}
          onCancel={() => setVerifyingAll(null)}
          onDone={(count) => {
            const group = verifyingAll;
            setVerifyingAll(null);
            setNotice(
              t('reporting.verification.verifiedAll', {
                count,
                region: regionNames.get(group.regionCode) ?? group.regionCode,
                period: periodInWords(group.period ?? '', language),
              }),
            );
          }}
        />
      )}
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
