import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/error-banner';
import { CommentsButton, useCommentCounts } from '@/features/comments';
import { Loading } from '@/components/loading';
import { NoticeBanner } from '@/components/notice-banner';
import { errorMessage } from '@/lib/error-message';
import { can, type Role } from '@/lib/authorization';
import { formatDate, formatDecimal } from '@/lib/number-format';
import { numberExample, parseNumberOrNaN } from '@/lib/numbers';
import { type PeriodType, periodLabel, samePeriodLastYear, todayIso } from '@/lib/periods';
import { etagOf } from '@/lib/versioned';
import { useIndicatorList } from '../api/get-reference-data';
import { useRealizations } from '../api/get-realizations';
import { useReportingExceptions } from '../api/get-reporting-exceptions';
import { useTargets } from '../api/get-targets';
import { reportingKeys } from '../api/types';
import { saveRealization, useSubmitPeriod } from '../api/write-realizations';
import {
  buildRows,
  canSubmit,
  dirtyRows,
  draftOf,
  filledCount,
  type GridRow,
  gridIndicators,
  isEditableStatus,
  lockedMessage,
  lockState,
  type RowDraft,
} from './grid-rows';
import { DeleteDraftButton } from './delete-draft-button';
import { StatusBadge } from './status-badge';

interface ReportingGridProps {
  regionCode: string;
  regionName: string;
  year: number;
  periodType: PeriodType;
  period: string;
  role: Role | undefined;
  /** Fixes "today" for tests; the browser's date otherwise. */
  today?: string;
  /** Told whether typed values are still unsaved, so that the page can warn before leaving. */
  onUnsavedChange?: (unsaved: boolean) => void;
  /** The indicator whose discussion is open beside the grid. */
  openThread?: string | null;
  /** Opens an indicator's discussion, or closes the open one; without it rows offer no discussion. */
  onToggleThread?: (indicatorCode: string) => void;
  /** The id of the discussion's section, for the buttons that open it. */
  threadId?: string;
}

/** The administrator is never held to a deadline, so needs no exceptions. */
const lockExempt = (role: Role | undefined) => role === undefined || can({ role }, 'reportAfterDeadline');

/** The values of one region for one period: enter, save as draft, submit all. */
export function ReportingGrid({
  regionCode,
  regionName,
  year,
  periodType,
  period,
  role,
  today,
  onUnsavedChange,
  openThread = null,
  onToggleThread,
  threadId,
}: ReportingGridProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const queryClient = useQueryClient();
  const day = today ?? todayIso();
  const lastYearPeriod = samePeriodLastYear(period);

  const indicators = useIndicatorList();
  const realizations = useRealizations({ region: regionCode, period });
  const lastYear = useRealizations({ region: regionCode, period: lastYearPeriod });
  const targets = useTargets({ region: regionCode, year });
  const exceptions = useReportingExceptions(regionCode, period, { enabled: !lockExempt(role) });
  const submitAll = useSubmitPeriod();
  const commentCount = useCommentCounts([{ kind: 'realization', regionCode, period }], { enabled: !!onToggleThread });

  const [drafts, setDrafts] = useState<Record<string, RowDraft>>({});
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const [lockedDetail, setLockedDetail] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const rows = useMemo(
    () =>
      buildRows(
        gridIndicators(indicators.data?.items ?? [], periodType, regionCode),
        period,
        realizations.data ?? [],
        targets.data ?? [],
        lastYear.data ?? [],
      ),
    [indicators.data, periodType, regionCode, period, realizations.data, targets.data, lastYear.data],
  );
  const lock = lockState({
    role,
    today: day,
    realizations: realizations.data ?? [],
    exceptions: exceptions.data?.items ?? [],
    lockedDetail,
  });
  const changed = dirtyRows(rows, drafts, language);
  const unsaved = changed.length > 0;
  useEffect(() => onUnsavedChange?.(unsaved), [onUnsavedChange, unsaved]);
  const pending = [indicators, realizations, lastYear, targets].find((query) => query.isPending);
  const failed = [indicators, realizations, lastYear, targets].find((query) => query.isError);

  const draftFor = (row: GridRow) => drafts[row.indicator.code] ?? draftOf(row.realization, language);
  const edit = (row: GridRow, field: keyof RowDraft, value: string) => {
    setDrafts((current) => ({ ...current, [row.indicator.code]: { ...draftFor(row), [field]: value } }));
    setNotice(null);
  };

  async function save() {
    setSaving(true);
    setNotice(null);
    setFailure(null);
    const errors: Record<string, string> = {};
    let saved = 0;
    for (const row of changed) {
      const code = row.indicator.code;
      const draft = draftFor(row);
      const value = parseNumberOrNaN(draft.value, language);
      if (value === null || Number.isNaN(value)) {
        errors[code] = t('form.invalidNumber', { example: numberExample(language) });
        continue;
      }
      try {
        await saveRealization(
          { indicatorCode: code, regionCode, period },
          { value, note: draft.note.trim() || null, evidenceUrl: draft.evidenceUrl.trim() || null },
          etagOf(row.realization),
        );
        saved += 1;
        setDrafts((current) => {
          const { [code]: _saved, ...rest } = current;
          return rest;
        });
      } catch (error) {
        const locked = lockedMessage(error);
        if (locked) {
          setLockedDetail(locked);
          break;
        }
        errors[code] = errorMessage(error, t);
      }
    }
    setRowErrors(errors);
    await queryClient.invalidateQueries({ queryKey: reportingKeys.realizations() });
    setSaving(false);
    if (Object.keys(errors).length > 0) {
      setFailure(t('reporting.grid.saveFailed'));
    } else if (saved > 0) {
      setNotice(t('reporting.grid.saved', { count: saved }));
    }
  }

  function submit() {
    setNotice(null);
    setFailure(null);
    submitAll.mutate(
      { regionCode, period },
      {
        onSuccess: (result) => setNotice(t('reporting.grid.submitted', { count: result.submitted.length })),
        onError: (error) => {
          const locked = lockedMessage(error);
          if (locked) setLockedDetail(locked);
          else setFailure(error);
        },
      },
    );
  }

  if (pending) return <Loading />;
  if (failed) return <ErrorBanner error={failed.error} onRetry={() => void failed.refetch()} />;

  const periodName = periodLabel(period, t, language);
  const busy = saving || submitAll.isPending;

  return (
    <div className="reporting-grid">
      {lock.locked ? (
        <div className="banner banner-locked" role="alert">
          {lock.detail
            ? t('reporting.grid.locked', { detail: lock.detail })
            : t('reporting.grid.deadlinePassed', {
                period: periodName,
                deadline: lock.deadline ? formatDate(lock.deadline, language) : '',
              })}
        </div>
      ) : (
        lock.deadline && (
          <p className="muted">
            {t('reporting.grid.openUntil', { deadline: formatDate(lock.deadline, language) })}{' '}
            {lock.exceptionUntil && t('reporting.grid.exceptionUntil', { date: formatDate(lock.exceptionUntil, language) })}
          </p>
        )
      )}
      {notice && <NoticeBanner>{notice}</NoticeBanner>}
      {typeof failure === 'string' ? (
        <div className="banner banner-error" role="alert">
          {failure}
        </div>
      ) : (
        failure !== null && <ErrorBanner error={failure} />
      )}

      {rows.length === 0 ? (
        <p className="muted">{t('reporting.grid.empty', { type: t(`reporting.period.${periodType}`).toLowerCase() })}</p>
      ) : (
        <div className="table-wrapper">
          <table className="data-table grid-table">
            <caption className="visually-hidden">
              {t('reporting.grid.caption', { period: periodName, region: regionName })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('reporting.grid.column.indicator')}</th>
                <th scope="col">{t('reporting.grid.column.unit')}</th>
                <th scope="col" className="numeric">
                  {t('reporting.grid.column.target', { year })}
                </th>
                <th scope="col" className="numeric">
                  {t('reporting.grid.column.lastYear', { period: periodLabel(lastYearPeriod, t, language) })}
                </th>
                <th scope="col">{t('reporting.grid.column.value', { period: periodName })}</th>
                <th scope="col">{t('reporting.grid.column.note')}</th>
                <th scope="col">{t('reporting.grid.column.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const code = row.indicator.code;
                const draft = draftFor(row);
                const status = row.realization?.status;
                const editable = !lock.locked && isEditableStatus(row.realization);
                const dirty = changed.includes(row);
                const error = rowErrors[code];
                const name = row.indicator.name;
                return (
                  <tr
                    key={code}
                    className={[status === 'RETURNED' ? 'row-returned' : '', dirty ? 'row-dirty' : '']
                      .filter(Boolean)
                      .join(' ')}
                  >
                    <td>
                      <span className="code muted small">{code}</span>
                      <div>{name}</div>
                      {onToggleThread && (
                        <CommentsButton
                          count={commentCount({ kind: 'realization', indicatorCode: code, regionCode, period })}
                          subject={name}
                          open={openThread === code}
                          controls={threadId}
                          onClick={() => onToggleThread(code)}
                        />
                      )}
                      {status === 'RETURNED' && row.realization?.returnReason && (
                        <p className="return-reason" role="note">
                          {t('reporting.grid.returnedReason', { reason: row.realization.returnReason })}
                        </p>
                      )}
                      {error && (
                        <p className="field-error" role="alert">
                          {error}
                        </p>
                      )}
                    </td>
                    <td data-label={t('reporting.grid.column.unit')}>{row.indicator.unit}</td>
                    <td className="numeric" data-label={t('reporting.grid.column.target', { year })}>
                      {formatDecimal(row.target?.value, language) ?? t('reporting.none')}
                      {row.periodTarget !== undefined && (
                        <div className="muted small">
                          {t('reporting.grid.periodTarget', {
                            period,
                            value: formatDecimal(row.periodTarget, language),
                          })}
                        </div>
                      )}
                    </td>
                    <td className="numeric" data-label={t('reporting.grid.column.lastYear', { period: periodLabel(lastYearPeriod, t, language) })}>
                      {formatDecimal(row.lastYear?.value, language) ?? t('reporting.none')}</td>
                    <td data-label={t('reporting.grid.column.value', { period: periodName })}>
                      <input
                        className="grid-input grid-value"
                        type="text"
                        inputMode="decimal"
                        aria-label={t('reporting.grid.valueLabel', { indicator: name })}
                        aria-invalid={error ? true : undefined}
                        value={draft.value}
                        readOnly={!editable}
                        title={editable ? undefined : t('reporting.grid.readOnly')}
                        onChange={(event) => edit(row, 'value', event.target.value)}
                      />
                    </td>
                    <td>
                      <input
                        className="grid-input"
                        type="text"
                        aria-label={t('reporting.grid.noteLabel', { indicator: name })}
                        placeholder={t('reporting.grid.notePlaceholder')}
                        value={draft.note}
                        readOnly={!editable}
                        onChange={(event) => edit(row, 'note', event.target.value)}
                      />
                      <input
                        className="grid-input"
                        type="url"
                        aria-label={t('reporting.grid.evidenceLabel', { indicator: name })}
                        placeholder={t('reporting.grid.evidencePlaceholder')}
                        value={draft.evidenceUrl}
                        readOnly={!editable}
                        onChange={(event) => edit(row, 'evidenceUrl', event.target.value)}
                      />
                    </td>
                    <td>
                      <StatusBadge status={status} />
                      {status === 'SUBMITTED' && <div className="muted small">{t('reporting.grid.submittedHint')}</div>}
                      {status === 'VERIFIED' && <div className="muted small">{t('reporting.grid.verifiedHint')}</div>}
                      <DeleteDraftButton realization={row.realization} indicatorName={name} enabled={!lock.locked} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      {rows.length > 0 && !lock.locked && (
        <div className="grid-actions" role="region" aria-label={t('reporting.grid.actionsLabel')}>
          <span className="grid-progress" aria-live="polite">
            {t('reporting.grid.filled', { filled: filledCount(rows), total: rows.length })}
          </span>
          <button
            type="button"
            className="button button-primary"
            disabled={busy || changed.length === 0}
            onClick={() => void save()}
          >
            {saving ? t('reporting.grid.saving') : t('reporting.grid.saveDraft')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={busy || changed.length > 0 || !canSubmit(rows)}
            onClick={submit}
          >
            {submitAll.isPending ? t('reporting.grid.submitting') : t('reporting.grid.submitAll')}
          </button>
          <span className="muted" aria-live="polite">
            {changed.length > 0
              ? `${t('reporting.grid.unsaved', { count: changed.length })} ${t('reporting.grid.saveFirst')}`
              : !canSubmit(rows) && t('reporting.grid.nothingToSubmit')}
          </span>
        </div>
      )}
    </div>
  );
}
