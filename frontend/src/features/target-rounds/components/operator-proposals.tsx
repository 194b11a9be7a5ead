import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/error-banner';
import { Loading } from '@/components/loading';
import { CommentsButton, useCommentCounts } from '@/features/comments';
import { errorMessage } from '@/lib/error-message';
import { formatDate, formatDecimal, formatPercent } from '@/lib/number-format';
import {
  useActiveIndicators,
  useOpenFindings,
  usePastAchievements,
  useSaveProposal,
  useTargetProposals,
} from '../api/target-rounds';
import type { Indicator, ProposalKey, TargetProposal, TargetRound } from '../api/types';
import { FlagList, ProposalStatusBadge } from './badges';
import { historyYears, isProposalEditable, regionIndicators } from './proposal-rules';
import { PROPOSAL_THREAD_ID, ProposalThread, sameProposal } from './proposal-thread';
import { formatNumberInput, numberExample, parseNumberOrNaN } from '@/lib/numbers';

interface OperatorProposalsProps {
  round: TargetRound;
  regionCode: string;
  regionName: string;
  today: string;
  /** A proposal whose discussion opens with the page (a link from a notification names it). */
  initialThread?: ProposalKey | null;
}

interface RowDraft {
  value: string;
  justification: string;
}

/** A region's proposals for a round: context, the system's suggestion, and a save per row. */
export function OperatorProposals({ round, regionCode, regionName, today, initialThread = null }: OperatorProposalsProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const year = round.year;
  const years = historyYears(year);
  const indicators = useActiveIndicators();
  const proposals = useTargetProposals(year, { region: regionCode });
  const findings = useOpenFindings(regionCode);
  const history = usePastAchievements(regionCode, years);
  const save = useSaveProposal();
  const commentCount = useCommentCounts([{ kind: 'proposal', regionCode, year }]);
  const [thread, setThread] = useState<ProposalKey | null>(
    initialThread?.regionCode === regionCode && initialThread.year === year ? initialThread : null,
  );

  const [drafts, setDrafts] = useState<Record<string, RowDraft>>({});
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const [savedRow, setSavedRow] = useState<string | null>(null);
  const [savingRow, setSavingRow] = useState<string | null>(null);

  const rows = useMemo(() => regionIndicators(indicators.data?.items ?? []), [indicators.data]);
  const proposalOf = useMemo(
    () => new Map((proposals.data?.items ?? []).map((proposal) => [proposal.indicatorCode, proposal])),
    [proposals.data],
  );
  const findingCount = useMemo(() => {
    const counts = new Map<string, number>();
    for (const finding of findings.data?.items ?? []) {
      if (finding.indicatorCode) counts.set(finding.indicatorCode, (counts.get(finding.indicatorCode) ?? 0) + 1);
    }
    return counts;
  }, [findings.data]);

  const pending = [indicators, proposals].find((query) => query.isPending);
  const failed = [indicators, proposals].find((query) => query.isError);
  if (pending) return <Loading />;
  if (failed) return <ErrorBanner error={failed.error} onRetry={() => void failed.refetch()} />;

  const draftFor = (code: string, proposal: TargetProposal | undefined): RowDraft =>
    drafts[code] ?? {
      value: formatNumberInput(proposal?.value, language),
      justification: proposal?.justification ?? '',
    };
  const edit = (code: string, proposal: TargetProposal | undefined, field: keyof RowDraft, text: string) => {
    setDrafts((current) => ({ ...current, [code]: { ...draftFor(code, proposal), [field]: text } }));
    setSavedRow(null);
  };

  function saveRow(indicator: Indicator, proposal: TargetProposal | undefined) {
    const code = indicator.code;
    const draft = draftFor(code, proposal);
    const value = parseNumberOrNaN(draft.value, language);
    if (value === null || Number.isNaN(value)) {
      setRowErrors((current) => ({ ...current, [code]: t('form.invalidNumber', { example: numberExample(language) }) }));
      return;
    }
    setSavingRow(code);
    setSavedRow(null);
    save.mutate(
      {
        key: { year, indicatorCode: code, regionCode },
        input: { value, justification: draft.justification.trim() || null },
      },
      {
        onSuccess: () => {
          setRowErrors(({ [code]: _gone, ...rest }) => rest);
          setDrafts(({ [code]: _saved, ...rest }) => rest);
          setSavedRow(code);
        },
        onError: (error) => setRowErrors((current) => ({ ...current, [code]: errorMessage(error, t) })),
        onSettled: () => setSavingRow(null),
      },
    );
  }

  const pastDeadline = today > round.deadline;
  const reportOf = (index: number) => history[index]?.data;

  return (
    <div className="proposal-grid">
      <p className="muted">{t('targetRounds.operator.intro')}</p>
      {round.status === 'APPROVED' ? (
        <div className="banner banner-notice">{t('targetRounds.operator.approved')}</div>
      ) : round.status === 'UNDER_REVIEW' ? (
        <div className="banner banner-locked">{t('targetRounds.operator.underReview')}</div>
      ) : pastDeadline ? (
        <div className="banner banner-locked" role="alert">
          {t('targetRounds.operator.deadlinePassed', { date: formatDate(round.deadline, language) })}
        </div>
      ) : (
        <p className="muted">{t('targetRounds.operator.openUntil', { date: formatDate(round.deadline, language) })}</p>
      )}

      {rows.length === 0 ? (
        <p className="muted">{t('targetRounds.operator.empty')}</p>
      ) : (
        <div className="table-wrapper">
          <table className="data-table grid-table proposal-table">
            <caption className="visually-hidden">
              {t('targetRounds.operator.caption', { year, region: regionName })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('targetRounds.operator.column.indicator')}</th>
                <th scope="col">{t('targetRounds.operator.column.history')}</th>
                <th scope="col" className="numeric">
                  {t('targetRounds.operator.column.findings')}
                </th>
                <th scope="col">{t('targetRounds.operator.column.suggestion')}</th>
                <th scope="col">{t('targetRounds.operator.column.proposal')}</th>
                <th scope="col">{t('targetRounds.operator.column.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((indicator) => {
                const code = indicator.code;
                const name = indicator.name;
                const proposal = proposalOf.get(code);
                const draft = draftFor(code, proposal);
                const editable = isProposalEditable(round, proposal, today);
                const error = rowErrors[code];
                const returned = proposal?.status === 'RETURNED';
                const past = years.map((pastYear, index) => ({
                  year: pastYear,
                  row: reportOf(index)?.items.find((item) => item.indicatorCode === code && item.regionCode === regionCode),
                }));
                const findingsOpen = findingCount.get(code) ?? 0;
                const key = { year, indicatorCode: code, regionCode };
                return (
                  <tr key={code} className={returned ? 'row-returned' : undefined}>
                    <td>
                      <span className="code muted small">{code}</span>
                      <div>{name}</div>
                      <div className="muted small">{indicator.unit}</div>
                      {proposal && (
                        <CommentsButton
                          count={commentCount({ kind: 'proposal', ...key })}
                          subject={t('targetRounds.thread.subject', { indicator: name, region: regionName })}
                          open={sameProposal(thread, key)}
                          controls={PROPOSAL_THREAD_ID}
                          onClick={() => setThread(sameProposal(thread, key) ? null : key)}
                        />
                      )}
                      {returned && proposal?.reviewReason && (
                        <p className="return-reason" role="note">
                          {t('targetRounds.operator.returnedReason', { reason: proposal.reviewReason })}
                        </p>
                      )}
                    </td>
                    <td className="small">
                      {past.every((entry) => !entry.row || entry.row.realization == null) ? (
                        <span className="muted">{t('targetRounds.operator.historyEmpty')}</span>
                      ) : (
                        <ul className="history-list">
                          {past.map((entry) => (
                            <li key={entry.year}>
                              {t('targetRounds.operator.historyLine', {
                                year: entry.year,
                                realization: formatDecimal(entry.row?.realization, language) ?? t('targetRounds.none'),
                                achievement: formatPercent(entry.row?.achievement, language) ?? t('targetRounds.none'),
                              })}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td className="numeric">
                      {findingsOpen > 0 ? <strong className="finding-count">{findingsOpen}</strong> : findingsOpen}
                    </td>
                    <td>
                      {proposal ? (
                        <Suggestion value={proposal.suggestedValue} basis={proposal.suggestionBasis} />
                      ) : (
                        <span className="muted small">{t('targetRounds.operator.noSuggestion')}</span>
                      )}
                    </td>
                    <td>
                      <input
                        className="grid-input grid-value"
                        type="text"
                        inputMode="decimal"
                        aria-label={t('targetRounds.operator.valueLabel', { indicator: name })}
                        aria-invalid={error ? true : undefined}
                        value={draft.value}
                        readOnly={!editable}
                        title={editable ? undefined : t('targetRounds.operator.readOnly')}
                        onChange={(event) => edit(code, proposal, 'value', event.target.value)}
                      />
                      <textarea
                        className="grid-input"
                        rows={2}
                        aria-label={t('targetRounds.operator.justificationLabel', { indicator: name })}
                        placeholder={t('targetRounds.operator.justificationPlaceholder')}
                        value={draft.justification}
                        readOnly={!editable}
                        onChange={(event) => edit(code, proposal, 'justification', event.target.value)}
                      />
                      {editable && (
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          aria-label={t('targetRounds.operator.saveLabel', { indicator: name })}
                          disabled={savingRow !== null || !drafts[code]}
                          onClick={() => saveRow(indicator, proposal)}
                        >
                          {savingRow === code ? t('targetRounds.operator.saving') : t('targetRounds.operator.save')}
                        </button>
                      )}
                      {error && (
                        <p className="field-error" role="alert">
                          {error}
                        </p>
                      )}
                      {savedRow === code && (
                        <p className="small saved-note" role="status">
                          {t('targetRounds.operator.saved', { indicator: name })}
                        </p>
                      )}
                    </td>
                    <td>
                      <ProposalStatusBadge status={proposal?.status} />
                      {proposal?.agreedValue != null && proposal.status !== 'PROPOSED' && (
                        <div className="muted small">
                          {t('targetRounds.operator.agreed', { value: formatDecimal(proposal.agreedValue, language) })}
                        </div>
                      )}
                      <FlagList flags={proposal?.flags} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {thread && proposalOf.has(thread.indicatorCode) && (
        <ProposalThread
          proposal={thread}
          indicatorName={rows.find((indicator) => indicator.code === thread.indicatorCode)?.name ?? thread.indicatorCode}
          regionName={regionName}
        />
      )}
    </div>
  );
}

/** The suggested value, with how it was computed behind a disclosure. */
export function Suggestion({ value, basis }: { value: number | null | undefined; basis: string | undefined }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  return (
    <div className="suggestion">
      <strong>{formatDecimal(value, language) ?? t('targetRounds.none')}</strong>
      {basis && (
        <details className="suggestion-basis">
          <summary className="small">{t('targetRounds.operator.basis')}</summary>
          <p className="small">{basis}</p>
        </details>
      )}
    </div>
  );
}
